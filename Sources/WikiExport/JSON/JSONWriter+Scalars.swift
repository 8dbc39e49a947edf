/// String escaping and number formatting for `JSONWriter`, written straight into the buffer.
extension JSONWriter {
    /// Appends `"value"` with `"`, `\` and every control character escaped
    /// (`\n \r \t \b \f` by name, the rest as `\u00XX`), and also U+0085, U+2028 and U+2029:
    /// they are legal in JSON, but line splitters such as Python's `str.splitlines()` break
    /// JSON Lines on them. All other text is copied as UTF-8.
    mutating func appendQuoted(_ value: String) {
        if let small = Self.smallUTF8(value), !Self.mayNeedEscape(small.lo), !Self.mayNeedEscape(small.hi) {
            putSmallQuoted(small)
            return
        }
        if value.utf8.withContiguousStorageIfAvailable({ appendQuoted(utf8: $0) }) == nil {
            var copy = value  // a bridged string: make it native and contiguous first
            copy.withUTF8 { appendQuoted(utf8: $0) }
        }
    }

    /// Appends `"value"` for a string known to need no escaping (an enum's raw value, an
    /// identifier): copied without looking at its bytes.
    mutating func appendQuotedPlain(_ value: String) {
        if let small = Self.smallUTF8(value) {
            assert(!Self.mayNeedEscape(small.lo) && !Self.mayNeedEscape(small.hi))
            putSmallQuoted(small)
            return
        }
        value.withUTF8Bytes { utf8 in
            assert(!utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 >= 0x80 })
            reserve(utf8.count + 2)
            put(UInt8(ascii: "\""))
            put(utf8)
            put(UInt8(ascii: "\""))
        }
    }

    /// The bytes of a small string (at most 15 bytes, stored in the `String` value itself:
    /// bytes 0–7 in its first word, 8–14 in the second, whose top byte holds the count and
    /// flags, bit 61 marking a small string), with every byte past the end set to `A` (which
    /// needs no escaping); nil for a string kept in storage. Reading the two words directly
    /// saves a closure call and a copy per string; on other platforms this is always nil.
    @inline(__always)
    static func smallUTF8(_ value: String) -> (lo: UInt64, hi: UInt64, count: Int)? {
        #if (arch(x86_64) || arch(arm64)) && _endian(little)
        let raw = unsafeBitCast(value, to: (UInt64, UInt64).self)
        guard raw.1 & 0x2000_0000_0000_0000 != 0 else { return nil }
        let n = Int((raw.1 >> 56) & 0xF)
        let fill: UInt64 = 0x4141_4141_4141_4141
        let lo = n >= 8 ? raw.0 : raw.0 | fill << UInt64(8 * n)
        let hi = n <= 8 ? fill : (raw.1 & 0x00FF_FFFF_FFFF_FFFF) | fill << UInt64(8 * (n - 8))
        return (lo, hi, n)
        #else
        return nil
        #endif
    }

    /// `"` the small string's bytes `"`, stored as two words.
    @inline(__always)
    private mutating func putSmallQuoted(_ small: (lo: UInt64, hi: UInt64, count: Int)) {
        reserve(18)
        put(UInt8(ascii: "\""))
        let out = UnsafeMutableRawPointer(buffer + count)
        out.storeBytes(of: small.lo.littleEndian, as: UInt64.self)
        out.storeBytes(of: small.hi.littleEndian, toByteOffset: 8, as: UInt64.self)
        count += small.count
        put(UInt8(ascii: "\""))
    }

    /// The quoted string, eight bytes at a time: a word that needs no escaping (nearly all) is
    /// stored whole, without a copy call or a look at each byte; the last few bytes are read as
    /// one word too (overlapping the previous one, or gathered when the string is shorter than
    /// eight bytes). Only a word with a byte that may need escaping goes byte by byte.
    ///
    /// Room: before each word there are at least `(n - i) + 9` free bytes (an 8-byte store may
    /// run past the end of what it keeps; one more for the closing quote).
    mutating func appendQuoted(utf8: UnsafeBufferPointer<UInt8>) {
        let n = utf8.count
        reserve(n + 10)
        put(UInt8(ascii: "\""))
        guard let source = utf8.baseAddress, n > 0 else {
            put(UInt8(ascii: "\""))
            return
        }
        let fill: UInt64 = 0x4141_4141_4141_4141  // "A": needs no escape
        var i = 0
        while i < n {
            let rest = n - i
            var word: UInt64
            let take: Int
            if rest >= 8 {
                word = UInt64(littleEndian: UnsafeRawPointer(source + i).loadUnaligned(as: UInt64.self))
                take = 8
            } else {
                if n >= 8 {  // the last eight bytes, without the ones already written
                    word = UInt64(littleEndian: UnsafeRawPointer(source + n - 8).loadUnaligned(as: UInt64.self))
                    word >>= UInt64(8 * (8 - rest))
                } else {
                    word = 0
                    for k in 0..<rest { word |= UInt64(source[i + k]) << UInt64(8 * k) }
                }
                word |= fill << UInt64(8 * rest)
                take = rest
            }
            if !Self.mayNeedEscape(word) {
                UnsafeMutableRawPointer(buffer + count).storeBytes(of: word.littleEndian, as: UInt64.self)
                count += take
                i += take
            } else {
                i = appendEscapedBytes(source, count: n, from: i, to: i + take)
            }
        }
        put(UInt8(ascii: "\""))
    }

    /// Bytes `from..<to` one at a time (a line break that starts before `to` is taken whole,
    /// even past it); returns where the next word starts. Keeps the room promise above.
    private mutating func appendEscapedBytes(_ source: UnsafePointer<UInt8>, count n: Int,
                                             from start: Int, to end: Int) -> Int {
        var i = start
        while i < end {
            let byte = source[i]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                reserve(n - i + 15)
                appendEscapedASCII(byte)
                i += 1
            } else if byte == 0xC2 && i + 1 < n && source[i + 1] == 0x85 {
                reserve(n - i + 15)
                appendLiteral("\\u0085")
                i += 2
            } else if byte == 0xE2 && i + 2 < n && source[i + 1] == 0x80
                        && (source[i + 2] == 0xA8 || source[i + 2] == 0xA9) {
                reserve(n - i + 15)
                if source[i + 2] == 0xA8 { appendLiteral("\\u2028") } else { appendLiteral("\\u2029") }
                i += 3
            } else {
                put(byte)
                i += 1
            }
        }
        return i
    }

    /// True when one of the eight bytes is below 0x20, `"`, `\\`, 0xC2 or 0xE2 (the bytes the
    /// byte loop must look at), using the classic "has zero byte" bit tricks. `~(word ^ c)` has
    /// the high bit of `~word` for an ASCII `c` and of `word` for a non-ASCII one, so the five
    /// tests share their masks.
    @inline(__always)
    static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let ascii = (word &- ones &* 0x20) | ((word ^ (ones &* 0x22)) &- ones) | ((word ^ (ones &* 0x5C)) &- ones)
        let high = ((word ^ (ones &* 0xC2)) &- ones) | ((word ^ (ones &* 0xE2)) &- ones)
        return (ascii & ~word | high & word) & highs != 0
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
        // Count the digits first, then write them from the last one back, two at a time
        // from a table of "00"…"99": half the divisions, and no reversal pass.
        var digits = 1
        var limit: UInt = 10
        while digits < 19 && magnitude >= limit {  // 10^19 still fits a UInt; |Int.min| < 10^19
            limit &*= 10
            digits += 1
        }
        let pairs = Self.digitPairs.utf8Start
        var out = buffer + count + digits
        while magnitude >= 100 {
            let pair = Int(truncatingIfNeeded: magnitude % 100) &* 2
            magnitude /= 100
            out -= 2
            out[0] = pairs[pair]
            out[1] = pairs[pair &+ 1]
        }
        if magnitude >= 10 {
            let pair = Int(truncatingIfNeeded: magnitude) &* 2
            out -= 2
            out[0] = pairs[pair]
            out[1] = pairs[pair &+ 1]
        } else {
            out -= 1
            out[0] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude)
        }
        count += digits
    }

    /// "00", "01", … "99" back to back: two digits per table read in `appendInteger`.
    private static var digitPairs: StaticString {
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
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
