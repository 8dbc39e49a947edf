/// Members of inline objects written straight into the buffer, for the hot spots of
/// `ArticleJSON` (table cells and their values): the same bytes as `key(_:)` / `nextInlineKey(_:)`
/// followed by a value call, without the per-value bookkeeping (`afterKey`, `beforeValue()`).
extension JSONWriter {
    /// `,"name":` (pretty `, "name": `) for a member after the first of the innermost inline
    /// object; the caller then appends the value itself (`appendInteger`, `appendQuoted` …).
    @inline(__always)
    mutating func inlineMember(_ name: StaticString) {
        assert(depth > 0 && !current.isArray && current.inline && current.count > 0 && !afterKey,
               "JSONWriter: a member key outside an inline object or for its first member")
        current.count += 1
        putMember(name, first: false)
    }

    /// The key of a member written without a container frame (a table cell and its value):
    /// `"name":` for the first, `,"name":` for the others (pretty `, "name": `, as inline).
    /// Written through a local pointer with one count update: with a literal name, inlined,
    /// this is a few stores.
    @inline(__always)
    mutating func putMember(_ name: StaticString, first: Bool) {
        assert(name.hasPointerRepresentation, "JSONWriter: one-character key")
        let n = name.utf8CodeUnitCount
        reserve(n + 6)
        let pretty = style == .pretty
        var out = buffer + count
        if !first {
            out[0] = UInt8(ascii: ",")
            out[1] = UInt8(ascii: " ")
            out += pretty ? 2 : 1
        }
        out[0] = UInt8(ascii: "\"")
        (out + 1).initialize(from: name.utf8Start, count: n)  // a literal: no overlap test
        out += n + 1
        out[0] = UInt8(ascii: "\"")
        out[1] = UInt8(ascii: ":")
        out[2] = UInt8(ascii: " ")
        out += pretty ? 3 : 2
        count = out - buffer
    }

    /// `,` (pretty `, `) between the items of an inline array written without a frame.
    @inline(__always)
    mutating func putInlineComma() { putMark(UInt8(ascii: ",")) }

    /// `mark`, followed by a space in pretty style (both written, the space kept only when pretty).
    @inline(__always)
    mutating func putMark(_ mark: UInt8) {
        reserve(2)
        buffer[count] = mark
        buffer[count + 1] = UInt8(ascii: " ")
        count += style == .pretty ? 2 : 1
    }

    /// `,"header":…,"origin":[row,col]`, then `,"rowspan":n` and `,"colspan":n` when not 1,
    /// then `,"line":n` (pretty `, "header": …`): a table cell's fixed members after `raw`,
    /// the same bytes as a member call each, written through one cursor after one reserve.
    mutating func putCellPlacement(header: Bool, row: Int, col: Int, rowspan: Int, colspan: Int, line: Int) {
        reserve(5 * 20 + 80)  // the literals are below 80 bytes together
        let pretty = style == .pretty
        var out = buffer + count
        if header {
            out += Self.copy(",\"header\":true,\"origin\":[", ", \"header\": true, \"origin\": [", pretty, to: out)
        } else {
            out += Self.copy(",\"header\":false,\"origin\":[", ", \"header\": false, \"origin\": [", pretty, to: out)
        }
        out += Self.writeShortInteger(row, at: out)
        out[0] = UInt8(ascii: ",")
        out[1] = UInt8(ascii: " ")
        out += pretty ? 2 : 1
        out += Self.writeShortInteger(col, at: out)
        out[0] = UInt8(ascii: "]")
        out += 1
        if rowspan != 1 {
            out += Self.copy(",\"rowspan\":", ", \"rowspan\": ", pretty, to: out)
            out += Self.writeShortInteger(rowspan, at: out)
        }
        if colspan != 1 {
            out += Self.copy(",\"colspan\":", ", \"colspan\": ", pretty, to: out)
            out += Self.writeShortInteger(colspan, at: out)
        }
        out += Self.copy(",\"line\":", ", \"line\": ", pretty, to: out)
        out += Self.writeLineNumber(line, at: out)
        count = out - buffer
    }

    /// `,"name":number` (pretty `, "name": number`) for a finite double: the same bytes as
    /// `putMember(name, first: false)` + `appendDouble`. The key is inlined (a literal of known
    /// length: a few moves), the number written by `putDouble`.
    @inline(__always)
    mutating func putDoubleMember(_ name: StaticString, _ value: Double) {
        assert(value.isFinite)
        putMember(name, first: false)
        putDouble(value)
    }

    /// `appendDouble(value)` for a finite double, in one step for the usual numbers.
    mutating func putDouble(_ value: Double) {
        reserve(32)
        if value != 0 || value.sign == .plus, let n = Self.writeShortDouble(value, at: buffer + count) {
            count += n
        } else {
            appendDouble(value)
        }
    }

    /// Copies the `compact` or the `pretty` literal to `out`; returns its length. Each branch
    /// copies a literal of known length (a few moves once inlined, where choosing the literal
    /// first would leave a `memcpy` call).
    @inline(__always)
    static func copy(_ compact: StaticString, _ pretty: StaticString, _ isPretty: Bool,
                     to out: UnsafeMutablePointer<UInt8>) -> Int {
        isPretty ? copy(pretty, to: out) : copy(compact, to: out)
    }

    /// Copies a literal (given with its bytes) to `out`; returns its length.
    @inline(__always)
    static func copy(_ text: StaticString, to out: UnsafeMutablePointer<UInt8>) -> Int {
        let n = text.utf8CodeUnitCount
        out.initialize(from: text.utf8Start, count: n)  // a literal: no overlap test (`update` has one)
        return n
    }

    /// Pushes the frame of an inline object whose `{` and first member the caller has already
    /// written with `putMember(_:first:)` (a table cell whose later members nest containers):
    /// from here on the object is as if opened with `beginObject(inline: true)`.
    @inline(__always)
    mutating func openInlineObject() {
        open(Frame(isArray: false, inline: true, count: 1))
    }

    /// A string literal that needs no escaping, quoted.
    @inline(__always)
    mutating func appendQuotedLiteral(_ text: StaticString) {
        assert(text.hasPointerRepresentation, "JSONWriter: one-character literal")
        let n = text.utf8CodeUnitCount
        reserve(n + 2)
        let out = buffer + count
        out[0] = UInt8(ascii: "\"")
        (out + 1).initialize(from: text.utf8Start, count: n)
        out[n + 1] = UInt8(ascii: "\"")
        count += n + 2
    }

    /// Appends a copy of the output bytes `start..<end` (already written, so already escaped):
    /// the same bytes as writing that value again.
    @inline(__always)
    mutating func appendCopy(from start: Int, to end: Int) {
        assert(0 <= start && start <= end && end <= count)
        reserve(end - start)
        (buffer + count).update(from: buffer + start, count: end - start)
        count += end - start
    }

    /// `true` or `false`, with no separator (the caller wrote the key).
    @inline(__always)
    mutating func appendBool(_ value: Bool) {
        if value { appendLiteral("true") } else { appendLiteral("false") }
    }
}

extension JSONWriter {
    /// Where the object whose value call started at output offset `start` begins: past the
    /// separator and indentation written before its `{` (none of which is a `{`).
    func objectStart(after start: Int) -> Int {
        var i = start
        while i < count && buffer[i] != UInt8(ascii: "{") { i += 1 }
        return i
    }
}
