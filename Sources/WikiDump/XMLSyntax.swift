#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One markup construct starting at a `<`, as far as the dump reader needs to know it.
enum Markup {
    /// `<name attrs>` or `<name attrs/>`; `nameEnd` and `attrs` are absolute offsets.
    case start(name: Range<Int>, attrs: Range<Int>, selfClosing: Bool, end: Int)
    /// `</name>`.
    case end(name: Range<Int>, end: Int)
    /// `<!-- -->`, `<![CDATA[ ]]>`, `<? ?>`, `<!DOCTYPE>`: skipped over; their bytes belong
    /// to the surrounding content and the entity decoder deals with them.
    case other(end: Int)
    /// The construct is not complete in the bytes available.
    case incomplete
    /// `<` followed by something that is no markup (e.g. `< ` or `<1`).
    case invalid
}

/// Byte-level XML helpers over a raw buffer. All offsets are into `bytes`.
struct XMLSyntax {
    let bytes: UnsafeRawBufferPointer

    @inline(__always) subscript(_ i: Int) -> UInt8 { bytes[i] }

    /// The offset of the next `byte` in `from..<to`, or nil.
    @inline(__always)
    func find(_ byte: UInt8, from: Int, to: Int) -> Int? {
        guard from < to, let base = bytes.baseAddress else { return nil }
        guard let p = memchr(base + from, Int32(byte), to - from) else { return nil }
        return base.distance(to: UnsafeRawPointer(p))
    }

    /// The offset of the next occurrence of `needle` in `from..<to`, or nil (memchr + memcmp).
    func find(_ needle: StaticString, from: Int, to: Int) -> Int? {
        let n = needle.utf8CodeUnitCount
        guard let base = bytes.baseAddress else { return nil }
        let first = needle.utf8Start.pointee
        var i = from
        while let p = find(first, from: i, to: to - n + 1) {
            if memcmp(base + p, needle.utf8Start, n) == 0 { return p }
            i = p + 1
        }
        return nil
    }

    /// True when `bytes[at...]` starts with `prefix` within `..<to`.
    @inline(__always)
    func has(_ prefix: StaticString, at: Int, to: Int) -> Bool {
        let n = prefix.utf8CodeUnitCount
        guard at + n <= to, let base = bytes.baseAddress else { return false }
        return memcmp(base + at, prefix.utf8Start, n) == 0
    }

    /// True when the bytes in `range` are exactly `name`.
    @inline(__always)
    func equals(_ range: Range<Int>, _ name: StaticString) -> Bool {
        range.count == name.utf8CodeUnitCount && has(name, at: range.lowerBound, to: range.upperBound)
    }

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }

    @inline(__always) static func isNameByte(_ b: UInt8) -> Bool {
        !(isSpace(b) || b == UInt8(ascii: ">") || b == UInt8(ascii: "/") || b == UInt8(ascii: "=")
          || b == UInt8(ascii: "<") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'"))
    }

    /// Classifies the markup at `lt` (which holds `<`), looking no further than `to`.
    func markup(at lt: Int, to: Int) -> Markup {
        let i = lt + 1
        guard i < to else { return .incomplete }
        let b = bytes[i]
        if b == UInt8(ascii: "!") {
            if has("<!--", at: lt, to: to) {
                guard let e = find("-->", from: lt + 4, to: to) else { return .incomplete }
                return .other(end: e + 3)
            }
            if has("<![CDATA[", at: lt, to: to) {
                guard let e = find("]]>", from: lt + 9, to: to) else { return .incomplete }
                return .other(end: e + 3)
            }
            if lt + 9 > to { return .incomplete }  // could still become a comment or CDATA
            guard let e = find(UInt8(ascii: ">"), from: i, to: to) else { return .incomplete }
            return .other(end: e + 1)
        }
        if b == UInt8(ascii: "?") {
            guard let e = find("?>", from: i + 1, to: to) else { return .incomplete }
            return .other(end: e + 2)
        }
        let closing = b == UInt8(ascii: "/")
        let nameStart = closing ? i + 1 : i
        var j = nameStart
        while j < to && XMLSyntax.isNameByte(bytes[j]) { j += 1 }
        guard j < to else { return .incomplete }
        guard j > nameStart else { return .invalid }
        let name = nameStart..<j
        if closing {
            guard let e = find(UInt8(ascii: ">"), from: j, to: to) else { return .incomplete }
            return .end(name: name, end: e + 1)
        }
        // Find the `>` that ends the tag; attribute values may contain `>`.
        var quote: UInt8 = 0
        var k = j
        while k < to {
            let c = bytes[k]
            if quote != 0 {
                if c == quote { quote = 0 }
            } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                quote = c
            } else if c == UInt8(ascii: ">") {
                let selfClosing = k > j && bytes[k - 1] == UInt8(ascii: "/")
                return .start(name: name, attrs: j..<(selfClosing ? k - 1 : k), selfClosing: selfClosing, end: k + 1)
            } else if c == UInt8(ascii: "<") {
                return .invalid
            }
            k += 1
        }
        return .incomplete
    }

    /// The raw (still escaped) value of attribute `name` within an attribute range.
    func attribute(_ name: StaticString, in attrs: Range<Int>) -> Range<Int>? {
        var i = attrs.lowerBound
        let end = attrs.upperBound
        while i < end {
            while i < end && XMLSyntax.isSpace(bytes[i]) { i += 1 }
            let nameStart = i
            while i < end && XMLSyntax.isNameByte(bytes[i]) { i += 1 }
            let attrName = nameStart..<i
            while i < end && XMLSyntax.isSpace(bytes[i]) { i += 1 }
            guard i < end, bytes[i] == UInt8(ascii: "="), !attrName.isEmpty else { return nil }
            i += 1
            while i < end && XMLSyntax.isSpace(bytes[i]) { i += 1 }
            guard i < end else { return nil }
            let q = bytes[i]
            guard q == UInt8(ascii: "\"") || q == UInt8(ascii: "'") else { return nil }
            guard let close = find(q, from: i + 1, to: end) else { return nil }
            if equals(attrName, name) { return (i + 1)..<close }
            i = close + 1
        }
        return nil
    }
}
