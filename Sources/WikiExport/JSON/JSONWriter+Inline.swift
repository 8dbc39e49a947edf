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

    /// The key of a member written without a container frame (see `beginFramelessObject()`):
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
        (out + 1).update(from: name.utf8Start, count: n)
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

    /// `{` for an inline object of scalars whose members the caller writes with
    /// `putMember(_:first:)`, closed with `endFramelessObject()`. No frame is pushed: with
    /// nothing nested inside, the enclosing frame is all the layout needs, and the bytes are
    /// those of `beginObject(inline: true)` … `endObject()`.
    @inline(__always)
    mutating func beginFramelessObject() {
        beforeValue()
        appendRaw(UInt8(ascii: "{"))
    }

    /// `}` for `beginFramelessObject()`.
    @inline(__always)
    mutating func endFramelessObject() {
        appendRaw(UInt8(ascii: "}"))
    }

    /// A string literal that needs no escaping, quoted.
    @inline(__always)
    mutating func appendQuotedLiteral(_ text: StaticString) {
        assert(text.hasPointerRepresentation, "JSONWriter: one-character literal")
        let n = text.utf8CodeUnitCount
        reserve(n + 2)
        let out = buffer + count
        out[0] = UInt8(ascii: "\"")
        (out + 1).update(from: text.utf8Start, count: n)
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
