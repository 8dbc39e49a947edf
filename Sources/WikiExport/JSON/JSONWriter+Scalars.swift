/// String escaping and number formatting for `JSONWriter`, written straight into the buffer.
extension JSONWriter {
    /// Appends `"value"` with `"`, `\` and every control character escaped
    /// (`\n \r \t \b \f` by name, the rest as `\u00XX`), and also U+0085, U+2028 and U+2029:
    /// they are legal in JSON, but line splitters such as Python's `str.splitlines()` break
    /// JSON Lines on them. All other text is copied as UTF-8.
    mutating func appendQuoted(_ value: String) {
        appendRaw(UInt8(ascii: "\""))
        if value.utf8.withContiguousStorageIfAvailable({ appendEscaped($0) }) == nil {
            var copy = value  // a bridged string: make it native and contiguous first
            copy.withUTF8 { appendEscaped($0) }
        }
        appendRaw(UInt8(ascii: "\""))
    }

    /// Copies runs that need no escaping in one go; escapes are rare in real text.
    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var i = 0
        while true {
            i = Self.skipPlainWords(utf8, from: i)
            guard i < utf8.count else { break }
            let byte = utf8[i]
            let isASCIIEscape = byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
            let lineBreak = isASCIIEscape ? nil : Self.unicodeLineBreak(utf8, at: i)
            guard isASCIIEscape || lineBreak != nil else {
                i += 1
                continue
            }
            if runStart < i { append(UnsafeBufferPointer(rebasing: utf8[runStart..<i])) }
            if let lineBreak {
                appendLiteral(lineBreak.escape)
                i += lineBreak.length
            } else {
                appendEscapedASCII(byte)
                i += 1
            }
            runStart = i
        }
        if runStart < utf8.count { append(UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count])) }
    }

    /// The first position at or after `start` where the eight bytes from there might need
    /// escaping (or the last few bytes begin): the scalar loop takes over from there.
    @inline(__always)
    private static func skipPlainWords(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = utf8.baseAddress else { return start }
        var i = start
        while i + 8 <= utf8.count && !mayNeedEscape(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) {
            i += 8
        }
        return i
    }

    /// True when one of the eight bytes is below 0x20, `"`, `\\`, 0xC2 or 0xE2 (the bytes the
    /// scalar loop must look at), using the classic "has zero byte" bit tricks.
    @inline(__always)
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        let control = (word &- ones &* 0x20) & ~word & highs != 0  // some byte < 0x20
        return control || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
            || hasZeroByte(word ^ (ones &* 0xC2)) || hasZeroByte(word ^ (ones &* 0xE2))
    }

    /// The escape for U+0085 (C2 85), U+2028 (E2 80 A8) or U+2029 (E2 80 A9) starting at `i`;
    /// nil for anything else.
    private static func unicodeLineBreak(_ utf8: UnsafeBufferPointer<UInt8>, at i: Int)
        -> (escape: StaticString, length: Int)? {
        if utf8[i] == 0xC2 {
            return i + 1 < utf8.count && utf8[i + 1] == 0x85 ? ("\\u0085", 2) : nil
        }
        guard i + 2 < utf8.count, utf8[i] == 0xE2, utf8[i + 1] == 0x80 else { return nil }
        switch utf8[i + 2] {
        case 0xA8: return ("\\u2028", 3)
        case 0xA9: return ("\\u2029", 3)
        default: return nil
        }
    }

    /// `\"`, `\\`, a named control escape, or `\u00XX`.
    private mutating func appendEscapedASCII(_ byte: UInt8) {
        reserve(6)
        put(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""): put(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): put(UInt8(ascii: "\\"))
        case 0x0A: put(UInt8(ascii: "n"))
        case 0x0D: put(UInt8(ascii: "r"))
        case 0x09: put(UInt8(ascii: "t"))
        case 0x08: put(UInt8(ascii: "b"))
        case 0x0C: put(UInt8(ascii: "f"))
        default:
            put(UInt8(ascii: "u"))
            put(UInt8(ascii: "0"))
            put(UInt8(ascii: "0"))
            put(Self.hexDigit(byte >> 4))
            put(Self.hexDigit(byte & 0xF))
        }
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }

    /// Appends the decimal digits of `value` without building a String.
    mutating func appendInteger(_ value: Int) {
        reserve(20)  // "-9223372036854775808"
        if value >= 0 && value < 10 {  // spans, grid positions, flags: mostly one digit
            put(UInt8(ascii: "0") + UInt8(value))
            return
        }
        if value < 0 { put(UInt8(ascii: "-")) }
        var magnitude = value.magnitude  // UInt, so Int.min is fine
        let start = count
        repeat {  // least significant digit first, then turned around
            put(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        var digits = UnsafeMutableBufferPointer(start: buffer + start, count: count - start)
        digits.reverse()
    }

    /// Integral doubles up to 2^53 print as integers (`100`, not `100.0`); others use Swift's
    /// shortest round-trip description (`23.64`, `1e-07`, `1e+20`), which is valid JSON.
    mutating func appendDouble(_ value: Double) {
        guard value.isFinite else {
            appendLiteral("null")
            return
        }
        if value.rounded(.towardZero) == value && value.magnitude <= 9_007_199_254_740_992 {
            if value == 0 && value.sign == .minus {
                appendLiteral("-0.0")  // keep the sign, e.g. a swing written as −0.0
            } else {
                appendInteger(Int(value))
            }
            return
        }
        var text = value.description  // at most 24 bytes
        text.withUTF8 { append($0) }
    }
}
