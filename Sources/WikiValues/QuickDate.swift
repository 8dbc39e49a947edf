/// The common date shapes, decided without the date patterns: `February 8, 2024`, `Feb. 8 2024`,
/// `February 8`, `May 2020`, `8 February 2024`, `8 Feb, 2024`, `8 Feb` and `2024-02-08`.
///
/// The date must fill the whole trimmed text, its parts apart by one ASCII space (after an
/// optional comma). On any doubt (a weekday, an ordinal, a range, another space, a day the month
/// does not have) it returns nil and ``DateGrammar`` decides, so both always agree.
enum QuickDate {
    /// mdy (`February 8, 2024`, `February 8`) or month and year (`May 2020`): a month name at `lo`.
    static func monthFirst(_ t: ByteText, _ lo: Int, _ hi: Int) -> PlainValue? {
        guard let (month, nameEnd) = monthName(t, lo), t[nameEnd] == 0x20 else { return nil }
        let (first, firstEnd) = digits(t, nameEnd + 1)
        switch firstEnd - (nameEnd + 1) {
        case 4 where firstEnd == hi: return date(year: first, month: month, day: nil)  // May 2020
        case 1, 2:
            if firstEnd == hi { return date(year: nil, month: month, day: first) }
            let yearStart = t[firstEnd] == 0x2C ? firstEnd + 1 : firstEnd  // ","
            guard t[yearStart] == 0x20 else { return nil }
            let (year, yearEnd) = digits(t, yearStart + 1)
            guard yearEnd == hi, yearEnd - yearStart == 5 else { return nil }  // \d{4}(?!\d)
            return date(year: year, month: month, day: first)
        default: return nil
        }
    }

    /// dmy (`8 February 2024`, `8 February`) or ISO (`2024-02-08`): a digit at `lo`.
    static func dayFirst(_ t: ByteText, _ lo: Int, _ hi: Int) -> PlainValue? {
        // Every shape has a space after one or two digits or a `-` after four: most numbers fail here.
        guard t[lo + 1] == 0x20 || t[lo + 2] == 0x20 || t[lo + 4] == 0x2D else { return nil }
        let (first, firstEnd) = digits(t, lo)
        if firstEnd - lo == 4, hi - lo == 10, t[lo + 4] == 0x2D, t[lo + 7] == 0x2D {  // 2024-02-08
            let (month, monthEnd) = digits(t, lo + 5), (day, dayEnd) = digits(t, lo + 8)
            guard monthEnd == lo + 7, dayEnd == hi else { return nil }
            return date(year: first, month: month, day: day)
        }
        guard firstEnd - lo <= 2, t[firstEnd] == 0x20, let (month, nameEnd) = monthName(t, firstEnd + 1) else { return nil }
        if nameEnd == hi { return date(year: nil, month: month, day: first) }
        let yearStart = t[nameEnd] == 0x2C ? nameEnd + 1 : nameEnd  // ","
        guard t[yearStart] == 0x20 else { return nil }
        let (year, yearEnd) = digits(t, yearStart + 1)
        guard yearEnd == hi, yearEnd - yearStart == 4 || yearEnd - yearStart == 5 else { return nil }  // \d{3,4}
        return date(year: year, month: month, day: first)
    }

    /// The date, or nil when the month or day does not exist (the grammar calls that unparsed).
    private static func date(year: Int?, month: Int, day: Int?) -> PlainValue? {
        guard month >= 1, month <= 12 else { return nil }
        if let day, day < 1 || day > DateGrammar.daysIn(month: month, year: year) { return nil }
        var value = PlainValue(kind: .date, status: .exact)
        value.year = year
        value.month = month
        value.day = day
        return value
    }

    /// The value of the ASCII digits at `i` (at most four are read into it) and where they end.
    @inline(__always)
    private static func digits(_ t: ByteText, _ i: Int) -> (Int, Int) {
        var j = i, v = 0
        while t.isDigit(j) {
            if j - i < 4 { v = v * 10 + Int(t[j] &- 0x30) }
            j += 1
        }
        return (v, j)
    }

    /// The month of a name the month pattern reads whole at `i` (`Feb`, `February`, `Sept`, any
    /// case), and the index after it and an optional `.`; nil for anything else.
    private static func monthName(_ t: ByteText, _ i: Int) -> (Int, Int)? {
        guard let key = DateGrammar.threeLetterKey(t, i), let month = DateGrammar.month(key) else { return nil }
        var j = i + 3
        while t.isASCIILetter(j) { j += 1 }
        // A non-ASCII letter may continue the word: the pattern's `(?!\p{L})` decides that.
        guard t[j] < 0x80 else { return nil }
        if j - i > 3, !isFullName(t, i, j, month: month) { return nil }
        return (month, t[j] == 0x2E ? j + 1 : j)  // "."
    }

    /// True when `i..<j` spells the whole name of `month` (any case), or `Sept`.
    private static func isFullName(_ t: ByteText, _ i: Int, _ j: Int, month: Int) -> Bool {
        if month == 9, j - i == 4, t[i + 3] | 0x20 == 0x74 { return true }  // sept
        let name = names[month - 1]
        guard name.utf8CodeUnitCount == j - i else { return false }
        let p = name.utf8Start
        for k in 3..<(j - i) where t[i + k] | 0x20 != p[k] { return false }
        return true
    }

    private static let names: [StaticString] = ["january", "february", "march", "april", "may", "june", "july",
                                                "august", "september", "october", "november", "december"]
}
