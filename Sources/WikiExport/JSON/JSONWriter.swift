#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A streaming JSON writer that appends UTF-8 to a reusable byte buffer.
///
/// Keys come out in the order they are written, so output is deterministic (unlike
/// `JSONEncoder` on Linux, whose key order changes between runs). Call `key(_:)` before each
/// member of an object; values in arrays need nothing. Misuse (a value where a key belongs,
/// an unbalanced `end…`) is a programmer error: it asserts in debug builds and never crashes
/// a release build, but the output may then be invalid.
///
/// The writer owns its buffer and is not copyable, so it can write through a raw pointer
/// without copy-on-write checks (4–5× fewer instructions than appending to an `[UInt8]`).
/// `reset()` keeps the capacity for the next document; `withBytes` reads without copying.
///
/// ```swift
/// var json = JSONWriter(style: .pretty)
/// json.beginObject()
/// json.key("title"); json.string("Doncaster")
/// json.key("seats"); json.int(55)
/// json.endObject()
/// json.bytes   // {\n  "title": "Doncaster",\n  "seats": 55\n}
/// ```
public struct JSONWriter: ~Copyable {
    /// Layout of the output.
    public enum Style: Sendable {
        /// No whitespace at all: one line (JSON Lines).
        case compact
        /// Two-space indentation, one member per line, `"key": value` (like Python's `indent=2`).
        case pretty
    }

    /// Where a container stands while it is being written.
    struct Frame {
        var isArray: Bool
        var inline: Bool
        var count: Int
    }

    /// The layout.
    public let style: Style
    var buffer: UnsafeMutablePointer<UInt8>
    var capacity: Int
    /// Bytes written so far.
    public internal(set) var count = 0
    // The innermost open container is kept out of the stack: it is touched for every value.
    var current = Frame(isArray: false, inline: false, count: 0)
    // The enclosing containers, outermost first: `depth - 1` of them. A raw stack, because
    // an array's uniqueness checks showed up in profiles (one push and pop per container).
    var enclosing: UnsafeMutablePointer<Frame>
    var enclosingCapacity = 16  // doubled when a document nests deeper
    /// The nesting depth: 0 between documents.
    public internal(set) var depth = 0
    var afterKey = false

    /// Creates a writer with an empty buffer of the given capacity (it grows as needed).
    public init(style: Style = .compact, capacity: Int = 1 << 16) {
        self.style = style
        self.capacity = max(capacity, 64)
        buffer = Self.allocateBytes(self.capacity)
        enclosing = .allocate(capacity: enclosingCapacity)
    }

    deinit {
        free(buffer)
        enclosing.deallocate()
    }

    /// A copy of the output so far.
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: buffer, count: count)) }

    /// Calls `body` with the output so far, without copying it.
    public func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(start: buffer, count: count))
    }

    /// Empties the buffer (keeping its capacity) and forgets any open containers.
    public mutating func reset() {
        count = 0
        depth = 0
        afterKey = false
    }

    /// Appends one byte outside the JSON structure, e.g. the `\n` that ends a JSON Lines record.
    @inline(__always)  // two stores and a compare; a call cost more than the work
    public mutating func appendRaw(_ byte: UInt8) {
        reserve(1)
        put(byte)
    }

    /// Opens an object (`{`). An `inline` object stays on one line in pretty output, with
    /// everything inside it: table cells are written so, one line each.
    public mutating func beginObject(inline: Bool = false) {
        let inherited = depth > 0 && current.inline
        beforeValue()
        appendRaw(UInt8(ascii: "{"))
        open(Frame(isArray: false, inline: inline || inherited, count: 0))
    }

    /// Closes the innermost object (`}`).
    public mutating func endObject() {
        end(UInt8(ascii: "}"), array: false)
    }

    /// Opens an array (`[`). An `inline` array stays on one line in pretty output (`[2, 0]`).
    public mutating func beginArray(inline: Bool = false) {
        let inherited = depth > 0 && current.inline
        beforeValue()
        appendRaw(UInt8(ascii: "["))
        open(Frame(isArray: true, inline: inline || inherited, count: 0))
    }

    /// Closes the innermost array (`]`).
    public mutating func endArray() {
        end(UInt8(ascii: "]"), array: true)
    }

    /// Writes an object member's key from data (escaped); the next value written is its value.
    public mutating func key(escaping name: String) {
        beginMember()
        appendQuoted(name)
        appendRaw(UInt8(ascii: ":"))
        if style == .pretty { appendRaw(UInt8(ascii: " ")) }
        afterKey = true
    }

    /// Writes an object member's key given as a literal in the caller's code, copied as is
    /// (so it must need no escaping); the next value written is its value.
    @inline(__always)  // inlined, the key's length is a constant and its copy a few moves
    public mutating func key(_ name: StaticString) {
        beginMember()
        if name.hasPointerRepresentation {
            putKey(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        } else {
            name.withUTF8Buffer { putKey($0) }  // a one-scalar literal is stored as the scalar
        }
        afterKey = true
    }

    @inline(__always)
    private mutating func putKey(_ key: UnsafeBufferPointer<UInt8>) {
        reserve(key.count + 4)
        put(UInt8(ascii: "\""))
        put(key)
        put(UInt8(ascii: "\""))
        put(UInt8(ascii: ":"))
        if style == .pretty { put(UInt8(ascii: " ")) }
    }

    /// Writes `[]`: the same bytes as `beginArray()` then `endArray()`, in one step.
    mutating func emptyArray() {
        beforeValue()
        reserve(2)
        put(UInt8(ascii: "["))
        put(UInt8(ascii: "]"))
    }

    /// Writes `{}`: the same bytes as `beginObject()` then `endObject()`, in one step.
    mutating func emptyObject() {
        beforeValue()
        reserve(2)
        put(UInt8(ascii: "{"))
        put(UInt8(ascii: "}"))
    }

    /// Writes `null`.
    @inline(__always)
    public mutating func null() {
        beforeValue()
        appendLiteral("null")
    }

    /// Writes `true` or `false`.
    public mutating func bool(_ value: Bool) {
        beforeValue()
        if value { appendLiteral("true") } else { appendLiteral("false") }
    }

    /// Writes a string, escaped.
    public mutating func string(_ value: String) {
        beforeValue()
        appendQuoted(value)
    }

    /// Writes a string given as UTF-8 bytes (a cell's text read in place, no string made).
    public mutating func string(utf8 value: UnsafeBufferPointer<UInt8>) {
        beforeValue()
        appendQuoted(utf8: value)
    }

    /// Writes an integer.
    public mutating func int(_ value: Int) {
        beforeValue()
        appendInteger(value)
    }

    /// Writes a double: integral values without `.0`, others in shortest round-trip form,
    /// and `null` for NaN and infinities (JSON has no spelling for them).
    public mutating func double(_ value: Double) {
        beforeValue()
        appendDouble(value)
    }

    /// Writes a string or `null`.
    public mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    /// Writes an integer or `null`.
    public mutating func int(_ value: Int?) {
        if let value { int(value) } else { null() }
    }

    /// Writes a double or `null`.
    public mutating func double(_ value: Double?) {
        if let value { double(value) } else { null() }
    }
}

/// Shortcuts for the hot spots of `ArticleJSON` (table cells and their references): the same
/// bytes as the general calls, with less bookkeeping.
extension JSONWriter {
    /// A key after the first member of an inline object: the same as `key(_:)` there, with
    /// the separator known in advance (`,` compact, `, ` pretty).
    @inline(__always)
    mutating func nextInlineKey(_ name: StaticString) {
        inlineMember(name)  // the key alone; a value call follows
        afterKey = true
    }

    /// A string value that needs no escaping (an enum's raw value): copied as is.
    mutating func plainString(_ value: String) {
        beforeValue()
        appendQuotedPlain(value)
    }

    /// `[a, b, c, d]` on one line (the same bytes as `beginArray(inline: true)`, four `int`s,
    /// `endArray()`) as an item of the innermost open array, which is inline (a row of
    /// `rawRows`): its separator is known (`,`, pretty `, `), so `beforeValue()` is not needed.
    /// Inlined into its one caller (a loop over every written cell) for the usual one-digit
    /// column and spans (any row); other numbers go to `putWideInts`.
    @inline(__always)
    mutating func inlineArrayInts(_ a: Int, _ b: Int, _ c: Int, _ d: Int) {
        assert(depth > 0 && current.isArray && current.inline && !afterKey,
               "JSONWriter: inlineArrayInts outside an inline array")
        reserve(4 * 20 + 10)
        if current.count > 0 { putInlineCommaUnchecked() }
        current.count += 1
        guard UInt(bitPattern: b) < 10 && UInt(bitPattern: c) < 10 && UInt(bitPattern: d) < 10 else {
            return putWideInts(a, b, c, d)
        }
        if UInt(bitPattern: a) < 10 {
            putDigitQuad(UInt64(truncatingIfNeeded: a), UInt64(truncatingIfNeeded: b),
                         UInt64(truncatingIfNeeded: c), UInt64(truncatingIfNeeded: d))
        } else {  // a row of ten or more: `[`, the row, then the rest as words
            let out = buffer + count
            out[0] = UInt8(ascii: "[")
            let n = 1 &+ Self.writeShortInteger(a, at: out + 1)
            putDigitTail(UInt64(truncatingIfNeeded: b), UInt64(truncatingIfNeeded: c), UInt64(truncatingIfNeeded: d),
                         at: UnsafeMutableRawPointer(out + n), written: n)
        }
    }

    /// `[a,b,c,d]` (pretty `[a, b, c, d]`) with room for it already reserved, out of line: the
    /// general form, for `inlineArrayInts` when a span or column has two digits or more.
    @inline(never)
    private mutating func putWideInts(_ a: Int, _ b: Int, _ c: Int, _ d: Int) {
        // Through a local cursor, with one count update (a few stores per number).
        let separator = style == .pretty ? 2 : 1
        var out = buffer + count
        out[0] = UInt8(ascii: "[")
        out += 1
        out += Self.writeShortInteger(a, at: out)
        Self.putSeparatedInteger(b, at: &out, separator: separator)
        Self.putSeparatedInteger(c, at: &out, separator: separator)
        Self.putSeparatedInteger(d, at: &out, separator: separator)
        out[0] = UInt8(ascii: "]")
        count = out + 1 - buffer
    }

    /// `,` (pretty `, `, `separator` bytes) then `value`, moving `out` past them.
    @inline(__always)
    private static func putSeparatedInteger(_ value: Int, at out: inout UnsafeMutablePointer<UInt8>, separator: Int) {
        out[0] = UInt8(ascii: ",")
        out[1] = UInt8(ascii: " ")
        out += separator
        out += writeShortInteger(value, at: out)
    }

    /// `[a,b,c,d]` for four one-digit numbers (nearly every cell reference of `rawRows`): the
    /// bytes assembled in words and stored at once (`[a,b,c,d]` is nine bytes, pretty twelve).
    @inline(__always)
    private mutating func putDigitQuad(_ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64) {
        let out = UnsafeMutableRawPointer(buffer + count)
        let zero: UInt64 = 0x30
        if style == .pretty {  // "[a, b, c, d]"
            let first: UInt64 = 0x5B | (zero + a) << 8 | 0x2C << 16 | 0x20 << 24 | (zero + b) << 32
                | 0x2C << 40 | 0x20 << 48 | (zero + c) << 56
            let last = UInt32(truncatingIfNeeded: 0x2C | 0x20 << 8 | (zero + d) << 16 | 0x5D << 24)
            out.storeBytes(of: first.littleEndian, as: UInt64.self)
            out.storeBytes(of: last.littleEndian, toByteOffset: 8, as: UInt32.self)
            count += 12
        } else {  // "[a,b,c,d]"
            let first: UInt64 = 0x5B | (zero + a) << 8 | 0x2C << 16 | (zero + b) << 24 | 0x2C << 32
                | (zero + c) << 40 | 0x2C << 48 | (zero + d) << 56
            out.storeBytes(of: first.littleEndian, as: UInt64.self)
            out.storeBytes(of: UInt8(ascii: "]"), toByteOffset: 8, as: UInt8.self)
            count += 9
        }
    }

    /// `,b,c,d]` (pretty `, b, c, d]`) for three one-digit numbers at `out`, stored as words,
    /// after `written` bytes of the same item; counts them all.
    @inline(__always)
    private mutating func putDigitTail(_ b: UInt64, _ c: UInt64, _ d: UInt64, at out: UnsafeMutableRawPointer,
                                       written: Int) {
        let zero: UInt64 = 0x30
        if style == .pretty {  // ", b, c, d]": ten bytes
            let first: UInt64 = 0x2C | 0x20 << 8 | (zero + b) << 16 | 0x2C << 24 | 0x20 << 32 | (zero + c) << 40
                | 0x2C << 48 | 0x20 << 56
            let last = UInt16(truncatingIfNeeded: (zero + d) | 0x5D << 8)
            out.storeBytes(of: first.littleEndian, as: UInt64.self)
            out.storeBytes(of: last.littleEndian, toByteOffset: 8, as: UInt16.self)
            count += written + 10
        } else {  // ",b,c,d]": seven bytes, stored as a word (the eighth is past the end)
            let word: UInt64 = 0x2C | (zero + b) << 8 | 0x2C << 16 | (zero + c) << 24 | 0x2C << 32 | (zero + d) << 40
                | 0x5D << 48
            out.storeBytes(of: word.littleEndian, as: UInt64.self)
            count += written + 7
        }
    }

    /// The separator before an item of the innermost open array (or a top-level value): the
    /// same bytes as `beforeValue()`, with the compact array case done in place (a `,` stored
    /// always and kept after the first item), for the table cells.
    @inline(__always)
    mutating func itemSeparator() {
        if style == .compact && depth > 0 && !afterKey {
            assert(current.isArray, "JSONWriter: object member written without key(_:)")
            reserve(1)
            buffer[count] = UInt8(ascii: ",")
            count += current.count > 0 ? 1 : 0
            current.count += 1
        } else {
            beforeValue()
        }
    }

    /// `,` (pretty `, `) with room for two bytes already reserved.
    @inline(__always)
    private mutating func putInlineCommaUnchecked() {
        buffer[count] = UInt8(ascii: ",")
        buffer[count + 1] = UInt8(ascii: " ")
        count += style == .pretty ? 2 : 1
    }
}
