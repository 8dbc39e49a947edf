#if !_endian(little)
#error("JSONWriter+Strings: lane order assumes little-endian (a vector's flags read as two UInt64 words)")
#endif

/// String quoting and escaping for `JSONWriter`, written straight into the buffer (numbers:
/// `JSONWriter+Numbers.swift`).
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

    /// The quoted string. A string of 1–16 bytes that needs no escaping (most of them) is one
    /// or two overlapping words (fewer than eight bytes gathered by `loadShort`), tested as one
    /// vector and stored with its quotes at once. Any other goes to `appendQuotedLong`: 16
    /// bytes a step as one SSE2 vector (stored whole, kept up to its first flagged byte), then
    /// its last 1–15 bytes as the string's last 16 when the bytes before them were copied
    /// as is, or else as words. Only a flagged byte is looked at on its own (the bytes before
    /// the first flagged one are exact).
    ///
    /// Room: before each word or vector there are at least `(n - i) + 9` free bytes (a store may
    /// run past the end of what it keeps; one more for the closing quote).
    mutating func appendQuoted(utf8: UnsafeBufferPointer<UInt8>) {
        let n = utf8.count
        // Most strings (cell texts, short raw wikitext) are 1–16 bytes that need nothing: one
        // or two words, tested together as one vector and stored whole with their quotes. No
        // call is made on this path (growing the buffer is left to the long one), so it
        // needs no registers saved.
        if let source = utf8.baseAddress, UInt(bitPattern: n &- 1) < 16, count &+ n &+ 10 <= capacity {
            let out = UnsafeMutableRawPointer(buffer + count)
            let lo: UInt64, hi: UInt64
            if n >= 8 {
                lo = UInt64(littleEndian: UnsafeRawPointer(source).loadUnaligned(as: UInt64.self))
                hi = UInt64(littleEndian: UnsafeRawPointer(source + n - 8).loadUnaligned(as: UInt64.self))
            } else {
                lo = Self.loadShort(source, n) | 0x4141_4141_4141_4141 &<< UInt64(8 &* n)  // "A": needs no escape
                hi = lo
            }
            let flags = unsafeBitCast(Self.escapeFlags(unsafeBitCast(SIMD2(lo, hi), to: SIMD16<UInt8>.self)),
                                      to: SIMD2<UInt64>.self)
            if flags[0] | flags[1] == 0 {
                out.storeBytes(of: UInt8(ascii: "\""), as: UInt8.self)
                out.storeBytes(of: lo.littleEndian, toByteOffset: 1, as: UInt64.self)
                if n >= 8 { out.storeBytes(of: hi.littleEndian, toByteOffset: n &- 7, as: UInt64.self) }
                out.storeBytes(of: UInt8(ascii: "\""), toByteOffset: n &+ 1, as: UInt8.self)
                count &+= n &+ 2
                return
            }
        }
        appendQuotedLong(utf8)
    }

    /// `appendQuoted(utf8:)` past its short clean case (a longer string, or one with a byte to
    /// look at), out of line: the short case then needs no registers saved.
    @inline(never)
    private mutating func appendQuotedLong(_ utf8: UnsafeBufferPointer<UInt8>) {
        let n = utf8.count
        reserve(n + 10)
        let fill: UInt64 = 0x4141_4141_4141_4141  // "A": needs no escape
        put(UInt8(ascii: "\""))
        guard let source = utf8.baseAddress, n > 0 else {
            put(UInt8(ascii: "\""))
            return
        }
        var i = 0
        var verbatim = 0  // the output from source byte `verbatim` on is a copy of the source
        // 16 bytes a step, tested as one vector (exact per byte, so the first flagged byte is
        // where the clean run ends) and stored whole. The output cursor is a local: `count` is
        // written back only around an escape (which may grow the buffer) and at the end.
        var out = buffer + count
        while n &- i >= 16 {
            let chunk = UnsafeRawPointer(source + i).loadUnaligned(as: SIMD16<UInt8>.self)
            UnsafeMutableRawPointer(out).storeBytes(of: chunk, as: SIMD16<UInt8>.self)
            let flags = unsafeBitCast(Self.escapeFlags(chunk), to: SIMD2<UInt64>.self)
            if flags[0] | flags[1] == 0 {
                out += 16
                i &+= 16
                continue
            }
            let clean = flags[0] != 0 ? flags[0].trailingZeroBitCount >> 3 : 8 + flags[1].trailingZeroBitCount >> 3
            count = out + clean - buffer
            i = appendEscapedByte(source, count: n, at: i + clean)
            verbatim = i
            out = buffer + count
        }
        if i < n && n >= 16 && n &- 16 >= verbatim {
            // The last 1–15 bytes as the string's last 16, when the output of the bytes before
            // them is a plain copy: their flags are masked off, and storing the vector 16 bytes
            // back from the end rewrites those output bytes with the same values.
            let skip = 16 &- (n &- i)
            let chunk = UnsafeRawPointer(source + n - 16).loadUnaligned(as: SIMD16<UInt8>.self)
            let flags = unsafeBitCast(Self.escapeFlags(chunk), to: SIMD2<UInt64>.self)
            let kept = skip >= 8 ? flags[1] & (~0 &<< UInt64(8 &* (skip &- 8))) : flags[1] | flags[0] & (~0 &<< UInt64(8 &* skip))
            if kept == 0 {
                UnsafeMutableRawPointer(out - skip).storeBytes(of: chunk, as: SIMD16<UInt8>.self)
                out += n &- i
                i = n
            }
        }
        while i < n {  // the last 1–15 bytes, a word at a time
            let rest = n &- i
            var word: UInt64
            let take: Int
            if rest >= 8 {
                word = UInt64(littleEndian: UnsafeRawPointer(source + i).loadUnaligned(as: UInt64.self))
                take = 8
            } else {
                if n >= 8 {  // the last eight bytes, without the ones already written
                    word = UInt64(littleEndian: UnsafeRawPointer(source + n - 8).loadUnaligned(as: UInt64.self))
                    word &>>= UInt64(8 &* (8 &- rest))
                } else {
                    word = Self.loadShort(source + i, rest)
                }
                word |= fill &<< UInt64(8 &* rest)
                take = rest
            }
            let flags = Self.escapeFlags(word)
            UnsafeMutableRawPointer(out).storeBytes(of: word.littleEndian, as: UInt64.self)
            if flags == 0 {
                out += take
                i &+= take
            } else {
                let clean = flags.trailingZeroBitCount >> 3  // < take: fill bytes are never flagged first
                count = out + clean - buffer
                i = appendEscapedByte(source, count: n, at: i + clean)
                out = buffer + count
            }
        }
        out[0] = UInt8(ascii: "\"")
        count = out + 1 - buffer
    }

    /// `k` (1–7) bytes as the low bytes of a word, the rest zero, by at most two overlapping loads.
    @inline(__always)
    static func loadShort(_ p: UnsafePointer<UInt8>, _ k: Int) -> UInt64 {
        let raw = UnsafeRawPointer(p)
        if k >= 4 {
            let lo = UInt64(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)))
            let hi = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: k - 4, as: UInt32.self)))
            return lo | hi &<< UInt64(8 &* (k &- 4))
        }
        if k >= 2 {
            let lo = UInt64(UInt16(littleEndian: raw.loadUnaligned(as: UInt16.self)))
            let hi = UInt64(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: k - 2, as: UInt16.self)))
            return lo | hi &<< UInt64(8 &* (k &- 2))
        }
        return UInt64(p[0])
    }

    /// The byte at `i`, escaped when it must be (a line break is taken whole); returns where
    /// the next word starts. Keeps the room promise above.
    private mutating func appendEscapedByte(_ source: UnsafePointer<UInt8>, count n: Int, at i: Int) -> Int {
        let byte = source[i]
        if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
            reserve(n - i + 15)  // at least 16 bytes: room for the word
            let escaped = Self.escapedASCII(byte)
            UnsafeMutableRawPointer(buffer + count).storeBytes(of: escaped.word.littleEndian, as: UInt64.self)
            count &+= escaped.count
            return i + 1
        } else if byte == 0xC2 && i + 1 < n && source[i + 1] == 0x85 {
            reserve(n - i + 15)
            appendLiteral("\\u0085")
            return i + 2
        } else if byte == 0xE2 && i + 2 < n && source[i + 1] == 0x80
                    && (source[i + 2] == 0xA8 || source[i + 2] == 0xA9) {
            reserve(n - i + 15)
            if source[i + 2] == 0xA8 { appendLiteral("\\u2028") } else { appendLiteral("\\u2029") }
            return i + 3
        }
        put(byte)
        return i + 1
    }

    /// `mayNeedEscape(word)` as a mask: the high bit of each byte that may need a look. The
    /// lowest flagged byte is exact (a borrow only runs upward from a real match), so the
    /// bytes below it need no escaping.
    @inline(__always)
    static func escapeFlags(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let ascii = (word &- ones &* 0x20) | ((word ^ (ones &* 0x22)) &- ones) | ((word ^ (ones &* 0x5C)) &- ones)
        // 0xC2 and 0xE2 are the two high bytes that are 0xE2 with bit 5 set: one test for both.
        let high = ((word | (ones &* 0x20)) ^ (ones &* 0xE2)) &- ones
        return (ascii & ~word | high & word) & highs
    }

    /// `escapeFlags` for sixteen bytes at once: the same tests byte by byte (wrapping byte
    /// arithmetic has no borrow between bytes, so every flagged byte is exact, not only the
    /// lowest). Compiles to a dozen SSE2 operations.
    @inline(__always)
    static func escapeFlags(_ v: SIMD16<UInt8>) -> SIMD16<UInt8> {
        let one = SIMD16<UInt8>(repeating: 1)
        let ascii = (v &- SIMD16(repeating: 0x20)) | ((v ^ SIMD16(repeating: 0x22)) &- one)
            | ((v ^ SIMD16(repeating: 0x5C)) &- one)
        let high = ((v | SIMD16(repeating: 0x20)) ^ SIMD16(repeating: 0xE2)) &- one
        return (ascii & ~v | high & v) & SIMD16(repeating: 0x80)
    }

    /// True when one of the eight bytes is below 0x20, `"`, `\\`, 0xC2 or 0xE2 (the bytes the
    /// byte loop must look at): `escapeFlags(word) != 0`, four "has zero byte" tests
    /// (`word - 0x20…`, `(word ^ c) &- ones` for `"` and `\\`, and one for 0xC2/0xE2 together)
    /// masked by the high bit of `~word` (ASCII tests) or of `word` (the high-byte test).
    @inline(__always)
    static func mayNeedEscape(_ word: UInt64) -> Bool { escapeFlags(word) != 0 }

    /// The escape of `"`, `\\` or a control character (`\"`, `\\`, a named control escape or
    /// `\u00XX`) as the low bytes of a word, and its length: stored by the caller at once.
    @inline(__always)
    static func escapedASCII(_ byte: UInt8) -> (word: UInt64, count: Int) {
        let backslash = UInt64(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""): return (backslash | 0x22 << 8, 2)
        case UInt8(ascii: "\\"): return (backslash | 0x5C << 8, 2)
        case 0x0A: return (backslash | UInt64(UInt8(ascii: "n")) << 8, 2)
        case 0x0D: return (backslash | UInt64(UInt8(ascii: "r")) << 8, 2)
        case 0x09: return (backslash | UInt64(UInt8(ascii: "t")) << 8, 2)
        case 0x08: return (backslash | UInt64(UInt8(ascii: "b")) << 8, 2)
        case 0x0C: return (backslash | UInt64(UInt8(ascii: "f")) << 8, 2)
        default:  // \u00XX
            let u: UInt64 = backslash | UInt64(UInt8(ascii: "u")) << 8 | 0x30 << 16 | 0x30 << 24
            return (u | UInt64(hexDigit(byte >> 4)) << 32 | UInt64(hexDigit(byte & 0xF)) << 40, 6)
        }
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }
}
