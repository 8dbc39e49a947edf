/// Two plain numbers joined by a dash, `11–4`, `2010–14`, `1999–00`, `1 - 6`: a range, decided
/// in one short pass where the full grammar tries a date and reads a prefix, suffixes and the
/// range tail (a few thousand instructions, for some hundreds of cells a page of results).
///
/// It answers only for digit runs (at most 15 digits, no grouping, fraction, exponent or
/// leading zero but the two-digit year of `1999–00`) around one dash (`-`, `‒ – — ―`, `−`) with
/// at most ASCII spaces and tabs beside it, filling the whole trimmed text; everything else is
/// the grammar's. The tests pin it against the grammar over real texts.
enum QuickRange {
    /// The range of the trimmed text `lo..<hi`, or nil when the grammar must decide.
    static func value(_ t: ByteText, _ lo: Int, _ hi: Int) -> (low: Double, high: Double)? {
        guard let (a, aDigits, aEnd) = run(t, lo, hi), t[lo] != 0x30 || aDigits == 1 else { return nil }
        var j = blanks(t, aEnd, hi)
        let dash = t.dashLength(at: j)
        guard dash > 0, j < hi else { return nil }
        j = blanks(t, j + dash, hi)
        guard let (b, bDigits, bEnd) = run(t, j, hi), bEnd == hi else { return nil }
        var low = Double(a), high = Double(b)
        // What `NumberValue.isBareYear` says of the first number.
        let bareYear = aDigits == 4 && NumberValue.bareYears.contains(low)
        // A leading zero on the second number is only a two-digit year (`1999–00`).
        if t[j] == 0x30, bDigits > 1, !(bareYear && bDigits == 2) { return nil }
        // `2010–14`, `1999–00`: the second year is written with two digits.
        if bareYear, bDigits == 2 {
            high += Double(Int(low) / 100 * 100)
            if high < low { high += 100 }
        }
        if low == 0 { low = 0 }  // no -0
        return (low, high)
    }

    /// The digit run at `i` (before `hi`): its value, length and end; nil when there is none,
    /// it is longer than 15 digits, or a grouping, fraction, exponent or letter may follow it.
    @inline(__always)
    private static func run(_ t: ByteText, _ i: Int, _ hi: Int) -> (UInt64, Int, Int)? {
        var m: UInt64 = 0
        var j = i
        while j < hi, t.isDigit(j) { m = m &* 10 &+ UInt64(t[j] &- 0x30); j += 1 }
        let n = j - i
        guard n > 0, n <= 15 else { return nil }
        if j < hi {
            let b = t[j]
            // Only a blank or a dash may follow (`,` `.` `e`, a wide space or a letter would
            // make the grammar read a grouping, a fraction, an exponent or a suffix).
            guard b == 0x20 || b == 0x09 || b == 0x2D || (b == 0xE2 && t.dashLength(at: j) > 0) else { return nil }
        }
        return (m, n, j)
    }

    /// The first index at or after `i` that is not an ASCII space or tab (at most `hi`).
    @inline(__always)
    private static func blanks(_ t: ByteText, _ i: Int, _ hi: Int) -> Int {
        var j = i
        while j < hi, t[j] == 0x20 || t[j] == 0x09 { j += 1 }
        return j
    }
}
