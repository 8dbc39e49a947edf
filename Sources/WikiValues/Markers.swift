import PCRE2

/// Marks around a value that are not part of it: footnote markers, trailing table symbols,
/// and the spellings of "nothing".
enum Markers {
    /// The bytes of `lo..<hi` without footnote markers (`[1]`, `[a]`, `[note 1]`,
    /// `[citation needed]`), or nil when there are none.
    static func strippingFootnotes(_ t: ByteText, _ lo: Int, _ hi: Int) -> [UInt8]? {
        let slice = UnsafeBufferPointer(rebasing: t.bytes[lo..<hi])
        let found = Patterns.footnote.matches(in: slice)
        guard !found.isEmpty else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(slice.count)
        var i = 0
        for m in found {
            out.append(contentsOf: slice[i..<m.range.lowerBound])
            // Keep words apart: "12[1]est." must not become "12est.".
            if m.range.lowerBound > 0, m.range.upperBound < slice.count { out.append(0x20) }
            i = m.range.upperBound
        }
        out.append(contentsOf: slice[i..<slice.count])
        return out
    }

    /// `hi` moved back over trailing `*`, `†`, `‡` and `§` (table symbols for notes) and spaces.
    /// Returns `hi` unchanged when nothing would be left.
    @inline(__always)
    static func trailingSymbolsEnd(_ t: ByteText, _ lo: Int, _ hi: Int) -> Int {
        // Each symbol ends in `*` (2A), A0 (†), A1 (‡) or A7 (§); most values end otherwise.
        switch t[hi - 1] {
        case 0x2A, 0xA0, 0xA1, 0xA7: return symbolsEnd(t, lo, hi)
        default: return hi
        }
    }

    private static func symbolsEnd(_ t: ByteText, _ lo: Int, _ hi: Int) -> Int {
        var end = hi
        while end > lo {
            if t[end - 1] == 0x2A {
                end -= 1
            } else if end - 3 >= lo, t[end - 3] == 0xE2, t[end - 2] == 0x80, t[end - 1] == 0xA0 || t[end - 1] == 0xA1 {
                end -= 3
            } else if end - 2 >= lo, t[end - 2] == 0xC2, t[end - 1] == 0xA7 {
                end -= 2
            } else {
                break
            }
            end = t.trimmed(lo, end).1
        }
        return end > lo ? end : hi
    }

    /// A lone dash of any kind (`-`, `–`, `—`, `−`, also repeated) or `N/A`, `n/a`, `n.a.`.
    static func isEmptyMarker(_ t: ByteText, _ lo: Int, _ hi: Int) -> Bool {
        var i = lo
        while i < hi { let d = t.dashLength(at: i); if d == 0 { break }; i += d }
        if i == hi { return true }
        // n/a, n.a., n.a (any case)
        let n = hi - lo
        guard n == 3 || n == 4, t[lo] | 0x20 == 0x6E, t[lo + 2] | 0x20 == 0x61 else { return false }
        if n == 3 { return t[lo + 1] == 0x2F || t[lo + 1] == 0x2E }
        return t[lo + 1] == 0x2E && t[lo + 3] == 0x2E
    }

    /// Words or symbols: an ASCII letter, or a non-ASCII character that is not a sign, dash,
    /// arrow or space (so letters of any script and emoji count, `−` and `▲` do not).
    static func hasWordCharacter(_ t: ByteText, _ lo: Int, _ hi: Int) -> Bool {
        var i = lo
        while i < hi {
            if t.isASCIILetter(i) || isWordLead(t, i) { return true }
            i += 1
        }
        return false
    }

    /// True when the character at `i` is a letter or another non-ASCII non-sign character.
    static func isWordLead(_ t: ByteText, _ i: Int) -> Bool {
        let b = t[i]
        if b < 0x80 { return t.isASCIILetter(i) }
        // Only a real lead byte followed by a continuation byte starts a character.
        guard b >= 0xC2, b <= 0xF4, t[i + 1] & 0xC0 == 0x80 else { return false }
        if t.spaceLength(at: i) > 0 || t.dashLength(at: i) > 0 { return false }
        if b == 0xC2, t[i + 1] == 0xB1 { return false }  // ±
        if b == 0xE2, t[i + 1] == 0x96, [0xB2, 0xB4, 0xBC, 0xBE].contains(t[i + 2]) { return false }  // ▲▴▼▾
        return true
    }
}
