/// The bytes of one value with bounds-safe helpers the grammars share.
///
/// Reading past either end gives 0, so scanners never need their own bounds checks and
/// never trap on odd input. Everything works on UTF-8 bytes; no `Character` in sight.
struct ByteText {
    let bytes: UnsafeBufferPointer<UInt8>
    /// True when numbers are written `1.234,5` (``NumberConvention/decimalComma``).
    let decimalComma: Bool
    var count: Int { bytes.count }

    init(_ bytes: UnsafeBufferPointer<UInt8>, decimalComma: Bool = false) {
        self.bytes = bytes
        self.decimalComma = decimalComma
    }

    /// Another stretch of bytes read with the same number convention.
    func text(_ bytes: UnsafeBufferPointer<UInt8>) -> ByteText { ByteText(bytes, decimalComma: decimalComma) }

    @inline(__always) subscript(i: Int) -> UInt8 {
        // One unsigned compare covers both ends (a negative index wraps to a huge one).
        UInt(bitPattern: i) < UInt(bitPattern: bytes.count) ? bytes[i] : 0
    }

    @inline(__always) func isDigit(_ i: Int) -> Bool { self[i] &- 0x30 < 10 }

    /// True for A–Z and a–z.
    @inline(__always) func isASCIILetter(_ i: Int) -> Bool { (self[i] | 0x20) &- 0x61 < 26 }

    /// True when the three bytes at `i` are `a b c`.
    @inline(__always) func has(_ a: UInt8, _ b: UInt8, _ c: UInt8, at i: Int) -> Bool {
        self[i] == a && self[i + 1] == b && self[i + 2] == c
    }

    /// Length of one whitespace character at `i`, 0 if none: ASCII space, tab and line breaks,
    /// no-break and thin spaces (U+00A0, U+2000–U+200B, U+202F, U+205F, U+3000) and a BOM.
    @inline(__always) func spaceLength(at i: Int) -> Int {
        let b = self[i]
        // ASCII above the space, the common case, is never whitespace.
        if b > 0x20, b < 0x80 { return 0 }
        return wideSpaceLength(b, at: i)
    }

    private func wideSpaceLength(_ b: UInt8, at i: Int) -> Int {
        switch b {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C: return 1
        case 0xC2: return self[i + 1] == 0xA0 ? 2 : 0
        case 0xE2:
            if self[i + 1] == 0x80, self[i + 2] &- 0x80 <= 0x0B || self[i + 2] == 0xAF { return 3 }
            if self[i + 1] == 0x81, self[i + 2] == 0x9F { return 3 }
            return 0
        case 0xE3: return self[i + 1] == 0x80 && self[i + 2] == 0x80 ? 3 : 0
        case 0xEF: return self[i + 1] == 0xBB && self[i + 2] == 0xBF ? 3 : 0
        default: return 0
        }
    }

    /// The separators allowed between groups of three digits besides the comma:
    /// U+00A0 no-break space, U+2009 thin space, U+202F narrow no-break space. Never ASCII space.
    func groupSpaceLength(at i: Int) -> Int {
        if self[i] == 0xC2, self[i + 1] == 0xA0 { return 2 }
        if self[i] == 0xE2, self[i + 1] == 0x80, self[i + 2] == 0x89 || self[i + 2] == 0xAF { return 3 }
        return 0
    }

    /// Length of a dash at `i`, 0 if none: `-`, U+2012 ‒, U+2013 –, U+2014 —, U+2015 ―, U+2212 −.
    @inline(__always) func dashLength(at i: Int) -> Int {
        if self[i] == 0x2D { return 1 }
        if self[i] != 0xE2 { return 0 }
        if self[i + 1] == 0x80, self[i + 2] &- 0x92 <= 3 { return 3 }
        if has(0xE2, 0x88, 0x92, at: i) { return 3 }
        return 0
    }

    /// The first index at or after `i` that is not whitespace (at most `end`).
    func skipSpaces(from i: Int, to end: Int) -> Int {
        var j = i
        while j < end { let n = spaceLength(at: j); if n == 0 { break }; j += n }
        return j
    }

    /// `lo..<hi` without whitespace at either end.
    @inline(__always) func trimmed(_ lo: Int, _ hi: Int) -> (Int, Int) {
        // Fast exit, the usual case: ASCII above the space at both ends is no whitespace.
        if lo < hi, self[lo] &- 0x21 < 0x5F, self[hi - 1] &- 0x21 < 0x5F { return (lo, hi) }
        return trimmedSlowly(lo, hi)
    }

    private func trimmedSlowly(_ lo: Int, _ hi: Int) -> (Int, Int) {
        let a = skipSpaces(from: lo, to: hi)
        var b = hi
        while b > a {
            // Step back over one character and see whether it is whitespace.
            var s = b - 1
            while s > a, self[s] & 0xC0 == 0x80 { s -= 1 }
            if spaceLength(at: s) == b - s { b = s } else { break }
        }
        return (a, b)
    }

    /// True when some byte in `lo..<hi` is an ASCII digit.
    func containsDigit(_ lo: Int, _ hi: Int) -> Bool {
        var i = lo
        while i < hi { if isDigit(i) { return true }; i += 1 }
        return false
    }

    /// Whether any byte is an ASCII digit, and whether any is `[`: one pass over all the bytes.
    func digitAndBracket() -> (digit: Bool, bracket: Bool) {
        guard let p = bytes.baseAddress else { return (false, false) }
        var seen: UInt8 = 0  // bit 0: a digit, bit 1: a `[`; no branches, so the loop stays tight
        for i in 0..<bytes.count {
            let b = p[i]
            seen |= (b &- 0x30 < 10 ? 1 : 0) | (b == 0x5B ? 2 : 0)
        }
        return (seen & 1 != 0, seen & 2 != 0)
    }

    /// The bytes `lo..<hi` as a String (for units and currency signs only, never in the hot path).
    func string(_ lo: Int, _ hi: Int) -> String {
        guard lo < hi, lo >= 0, hi <= count else { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[lo..<hi]), as: UTF8.self)
    }
}
