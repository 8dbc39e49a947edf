import PCRE2

/// Dates in the three styles Wikipedia uses: dmy (`8 February 2024`), mdy (`February 8, 2024`)
/// and ISO (`2024-02-08`), plus month–year (`February 2024`) and day–month without a year
/// (`8 February`, iso `--02-08`). A date range gives its first day with status partial.
/// An impossible date (`31 February 2024`) is unparsed.
enum DateGrammar {
    /// The date at the start of `lo..<hi`, or nil when no date pattern matches there.
    static func parse(_ t: ByteText, _ lo: Int, _ hi: Int) -> TypedValue? {
        typealias G = Patterns.Group
        if t.isDigit(lo) {
            if isISOShape(t, lo) {
                let cache = Matchers.current
                if cache.iso.find(in: t.bytes, from: lo) {
                    return make(t, year: cache.iso.range(G.isoYear), month: number(t, cache.iso.range(G.isoMonth)),
                                day: cache.iso.range(G.isoDay), end: cache.iso.range(0)!.upperBound, isRange: false, hi: hi)
                }
            }
            // dmy needs a letter somewhere; most numeric values stop here without a regex call.
            // The byte after the day first (most numbers fail it), then the scans.
            guard mayFollowDay(t, lo), hasASCIILetter(t, lo, hi), containsMonthName(t, lo, hi) else { return nil }
            return dmy(t, lo, hi)
        }
        guard mayOpenWithWord(t, lo), let key = threeLetterKey(t, lo) else { return nil }
        let isWeekday = isWeekday(key)
        // Without a weekday in front, mdy needs a number right after the month name.
        if !isWeekday, !mayBeMDY(t, lo) { return nil }
        let cache = Matchers.current
        guard cache.mdy.find(in: t.bytes, from: lo) else { return isWeekday ? dmy(t, lo, hi) : nil }
        return make(t, year: cache.mdy.range(G.mdyYear) ?? cache.mdy.range(G.mdyMonthYear), month: monthNumber(t, cache.mdy.range(G.mdyMonth)),
                    day: cache.mdy.range(G.mdyDay), end: cache.mdy.range(0)!.upperBound, isRange: cache.mdy.range(G.mdyRange) != nil, hi: hi)
    }

    /// True when the letters at `i` open a month name (mdy) or a weekday (mdy or dmy): only
    /// then can a date that starts with a letter match.
    static func mayOpenWithWord(_ t: ByteText, _ i: Int) -> Bool {
        guard let key = threeLetterKey(t, i) else { return false }
        return month(key) != nil || isWeekday(key)
    }

    /// Gate before the mdy regex for text opening with a month name at `lo`. It only turns away
    /// text the regex cannot match: after the name's letters (and an optional `.`) come spaces,
    /// an optional comma and a digit (`February 8`, `Feb. 2024`, `May, 2024`).
    static func mayBeMDY(_ t: ByteText, _ lo: Int) -> Bool {
        var j = lo
        while t.isASCIILetter(j) { j += 1 }
        if t[j] == 0x2E { j += 1 }  // "."
        j = skipASCIIBlanks(t, j)
        if t[j] == 0x2C { j = skipASCIIBlanks(t, j + 1) }  // ","
        // A non-ASCII character may be a letter or a wide space the regex reads its own way.
        return t.isDigit(j) || t[j] >= 0x80
    }

    /// Gate before the date patterns for text opening with a weekday's letters, `next` being the
    /// byte after all its ASCII letters: the weekday pattern needs `.`, `,` or a space
    /// (`\h`, maybe non-ASCII) right after the letters it reads, which must be all of them.
    @inline(__always)
    static func mayFollowWeekday(_ next: UInt8) -> Bool {
        next == 0x2E || next == 0x2C || next == 0x20 || next == 0x09 || next >= 0x80
    }

    /// The first index at or after `i` that is not an ASCII space or tab.
    private static func skipASCIIBlanks(_ t: ByteText, _ i: Int) -> Int {
        var j = i
        while t[j] == 0x20 || t[j] == 0x09 { j += 1 }
        return j
    }

    /// True when `lo` starts the fixed shape of the ISO pattern, `dddd-dd-dd`; only then can it match.
    private static func isISOShape(_ t: ByteText, _ lo: Int) -> Bool {
        t[lo + 4] == 0x2D && t[lo + 7] == 0x2D && t.isDigit(lo + 1) && t.isDigit(lo + 2) && t.isDigit(lo + 3)
            && t.isDigit(lo + 5) && t.isDigit(lo + 6) && t.isDigit(lo + 8) && t.isDigit(lo + 9)
    }

    /// Gate before the dmy regex at the digit `lo` (with ``containsMonthName(_:_:_:)``). It only
    /// turns away text the regex cannot match: after one or two digits comes ordinal letters
    /// (`st nd rd th`), a space, a dash or `to`, and somewhere a month name follows.
    @inline(__always)
    private static func mayFollowDay(_ t: ByteText, _ lo: Int) -> Bool {
        switch t[t.isDigit(lo + 1) ? lo + 2 : lo + 1] {
        case 0x20, 0x09, 0x2D: return true  // space, tab, hyphen-minus
        case 0x53, 0x73, 0x4E, 0x6E, 0x52, 0x72, 0x54, 0x74: return true  // S s N n R r T t
        case 0x80...: return true  // other spaces and dashes
        default: return false
        }
    }

    /// True when a month's first three letters appear in `lo..<hi` (any case), or a non-ASCII
    /// letter the caseless regex could read as one of them (`ſ`, U+017F, folds to `s`).
    private static func containsMonthName(_ t: ByteText, _ lo: Int, _ hi: Int) -> Bool {
        var i = lo
        while i < hi {
            if t.isASCIILetter(i), let key = threeLetterKey(t, i), month(key) != nil { return true }
            if t[i] == 0xC5, t[i + 1] == 0xBF { return true }
            i += 1
        }
        return false
    }

    /// `8 February 2024` and its ranges; the start takes the end's month and year when it has none.
    private static func dmy(_ t: ByteText, _ lo: Int, _ hi: Int) -> TypedValue? {
        typealias G = Patterns.Group
        let cache = Matchers.current
        guard cache.dmy.find(in: t.bytes, from: lo) else { return nil }
        return make(t, year: cache.dmy.range(G.dmyYear0) ?? cache.dmy.range(G.dmyYear),
                    month: monthNumber(t, cache.dmy.range(G.dmyMonth0) ?? cache.dmy.range(G.dmyMonth)), day: cache.dmy.range(G.dmyDay),
                    end: cache.dmy.range(0)!.upperBound, isRange: cache.dmy.range(G.dmyRange) != nil, hi: hi)
    }

    /// Builds the value after checking the day fits the month.
    private static func make(_ t: ByteText, year: Range<Int>?, month: Int, day: Range<Int>?,
                             end: Int, isRange: Bool, hi: Int) -> TypedValue {
        let y = year.map { number(t, $0) }
        let d = day.map { number(t, $0) }
        guard month >= 1, month <= 12 else { return .unparsed }
        if let d, d < 1 || d > daysIn(month: month, year: y) { return .unparsed }
        if y == nil, d == nil { return .unparsed }
        let rest = t.skipSpaces(from: end, to: hi)
        let status: ParseStatus = isRange || rest < hi ? .partial : .exact
        return TypedValue(kind: .date, iso: iso(year: y, month: month, day: d), status: status)
    }

    /// `YYYY-MM-DD`, `YYYY-MM` or `--MM-DD`, written byte by byte straight into the string (no
    /// interpolation, no array, no buffer to copy): ten ASCII bytes or fewer make a small string,
    /// which needs no allocation and no UTF-8 validation.
    static func iso(year: Int?, month: Int, day: Int?) -> String {
        String(unsafeUninitializedCapacity: 10) { out in
            var n = 0
            if let year { n = put(min(max(year, 0), 9999), width: 4, into: out, at: n) } else { out[n] = 0x2D; n += 1 }
            out[n] = 0x2D
            n = put(month, width: 2, into: out, at: n + 1)
            if let day { out[n] = 0x2D; n = put(day, width: 2, into: out, at: n + 1) }
            return n
        }
    }

    /// A year's iso, `YYYY`; the same text as `String(year)` for the four-digit years it is used for.
    static func iso(year: Int) -> String {
        String(unsafeUninitializedCapacity: 4) { out in put(year, width: 4, into: out, at: 0) }
    }

    /// Writes `v` zero-padded to `width` digits at `i`; returns the index after them.
    private static func put(_ v: Int, width: Int, into out: UnsafeMutableBufferPointer<UInt8>, at i: Int) -> Int {
        var v = v
        for k in stride(from: i + width - 1, through: i, by: -1) {
            out[k] = UInt8(truncatingIfNeeded: 0x30 + v % 10)
            v /= 10
        }
        return i + width
    }

    static func daysIn(month: Int, year: Int?) -> Int { MonthLength.days(month, in: year) }

    /// The decimal value of the ASCII digits in `r` (at most 4 of them here).
    private static func number(_ t: ByteText, _ r: Range<Int>?) -> Int {
        guard let r else { return 0 }
        var v = 0
        for i in r { v = v * 10 + Int(t[i] &- 0x30) }
        return v
    }

    /// 1…12 from the first three letters of a month name; 0 if unknown.
    private static func monthNumber(_ t: ByteText, _ r: Range<Int>?) -> Int {
        guard let r, r.count >= 3, let key = threeLetterKey(t, r.lowerBound) else { return 0 }
        return month(key) ?? 0
    }

    /// The three ASCII letters at `i`, lowercased and packed; nil unless all three are letters.
    static func threeLetterKey(_ t: ByteText, _ i: Int) -> UInt32? {
        guard t.isASCIILetter(i), t.isASCIILetter(i + 1), t.isASCIILetter(i + 2) else { return nil }
        return UInt32(t[i] | 0x20) << 16 | UInt32(t[i + 1] | 0x20) << 8 | UInt32(t[i + 2] | 0x20)
    }

    /// Month number for a packed three-letter key; nil when it is not a month. A switch, not a
    /// dictionary: no hashing on the hot path.
    static func month(_ key: UInt32) -> Int? {
        switch key {
        case 0x6A_61_6E: return 1   // jan
        case 0x66_65_62: return 2   // feb
        case 0x6D_61_72: return 3   // mar
        case 0x61_70_72: return 4   // apr
        case 0x6D_61_79: return 5   // may
        case 0x6A_75_6E: return 6   // jun
        case 0x6A_75_6C: return 7   // jul
        case 0x61_75_67: return 8   // aug
        case 0x73_65_70: return 9   // sep
        case 0x6F_63_74: return 10  // oct
        case 0x6E_6F_76: return 11  // nov
        case 0x64_65_63: return 12  // dec
        default: return nil
        }
    }

    /// mon tue wed thu fri sat sun, packed like ``month(_:)``.
    static func isWeekday(_ key: UInt32) -> Bool {
        switch key {
        case 0x6D_6F_6E, 0x74_75_65, 0x77_65_64, 0x74_68_75, 0x66_72_69, 0x73_61_74, 0x73_75_6E: return true
        default: return false
        }
    }

    private static func hasASCIILetter(_ t: ByteText, _ lo: Int, _ hi: Int) -> Bool {
        var i = lo
        while i < hi { if t.isASCIILetter(i) { return true }; i += 1 }
        return false
    }
}
