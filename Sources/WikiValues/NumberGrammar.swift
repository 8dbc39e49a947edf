/// Reads one unsigned number at a byte offset: digits with optional grouping and fraction.
///
/// Grouping rules (never glue digits across a plain space):
/// - comma, Western: `13,999,656` (first group 1–3 digits, then groups of exactly 3);
/// - comma, Indian: `1,23,45,678` (first group 1–2, then pairs, then a final 3);
/// - U+00A0 / U+2009 / U+202F between groups of exactly 3 digits: `13 999 656`.
/// A comma grouping that fits neither (`1,2,3`, `12,34`, `1,2345`) makes the number invalid;
/// a space grouping that does not fit just ends the number before the space.
enum NumberGrammar {
    enum Scan {
        /// No digit at the offset.
        case none
        /// Digits with a comma grouping that is not a valid grouping.
        case invalid
        /// A number ending at `end`.
        case number(DecimalNumber, end: Int)
    }

    static func scan(_ t: ByteText, at start: Int) -> Scan {
        guard t.isDigit(start) else { return .none }
        var n = DecimalNumber()
        var i = start
        while t.isDigit(i) { n.addIntegerDigit(t[i] &- 0x30); i += 1 }
        let firstGroup = i - start
        if t.decimalComma { return scanDecimalComma(t, at: i, firstGroup: firstGroup, n) }

        if t[i] == 0x2C, t.isDigit(i + 1) {  // ","
            guard let end = commaGroups(t, from: i, firstGroup: firstGroup, into: &n) else { return .invalid }
            i = end
        } else if firstGroup <= 3, t.groupSpaceLength(at: i) > 0 {
            i = spaceGroups(t, from: i, into: &n)
        }

        if t[i] == 0x2E, t.isDigit(i + 1) {  // "." then the fraction
            i += 1
            while t.isDigit(i) { n.addFractionDigit(t[i] &- 0x30); i += 1 }
        }
        let end = exponent(t, at: i, into: &n)  // before `n` is read: it changes the exponent
        return .number(n, end: end)
    }

    /// The rest of a number written with a decimal comma (``NumberConvention/decimalComma``),
    /// after its first digits (`firstGroup` of them, already in `n`, ending at `i`):
    /// `1.234.567,5` and `1 234,5` (dots or wide spaces between groups of exactly three), `43,2`.
    /// A dot not followed by exactly three digits is a decimal point (`1.5`, `1.2345`), and
    /// commas between groups of three (`18,457,567`) an English grouping, as numbers copied from
    /// English pages are written.
    private static func scanDecimalComma(_ t: ByteText, at start: Int, firstGroup: Int, _ digits: DecimalNumber) -> Scan {
        var n = digits
        var i = start
        if firstGroup <= 3, t[i] == 0x2E, isGroupOfThree(t, after: i) {
            while t[i] == 0x2E, isGroupOfThree(t, after: i) {
                for k in 1...3 { n.addIntegerDigit(t[i + k] &- 0x30) }
                n.grouped = true
                i += 4
            }
        } else if firstGroup <= 3, t[i] == 0x2C, isGroupOfThree(t, after: i), t[i + 4] == 0x2C, isGroupOfThree(t, after: i + 4) {
            guard let groupsEnd = commaGroups(t, from: i, firstGroup: firstGroup, into: &n) else { return .invalid }
            i = groupsEnd
            if t[i] == 0x2E, t.isDigit(i + 1) {  // `18,457,567.5`
                i += 1
                while t.isDigit(i) { n.addFractionDigit(t[i] &- 0x30); i += 1 }
            }
            let end = exponent(t, at: i, into: &n)  // before `n` is read: it changes the exponent
            return .number(n, end: end)
        } else if firstGroup <= 3, t.groupSpaceLength(at: i) > 0 {
            i = spaceGroups(t, from: i, into: &n)
        }
        // The fraction: after a comma, or after a dot that did not group.
        if t[i] == 0x2C || (!n.grouped && t[i] == 0x2E), t.isDigit(i + 1) {
            i += 1
            while t.isDigit(i) { n.addFractionDigit(t[i] &- 0x30); i += 1 }
        }
        let end = exponent(t, at: i, into: &n)
        return .number(n, end: end)
    }

    /// True when exactly three digits follow the separator at `i`.
    @inline(__always) private static func isGroupOfThree(_ t: ByteText, after i: Int) -> Bool {
        t.isDigit(i + 1) && t.isDigit(i + 2) && t.isDigit(i + 3) && !t.isDigit(i + 4)
    }

    /// `E-05`, `e+3`, `E12` after the digits; returns the new end (unchanged if there is none).
    private static func exponent(_ t: ByteText, at i: Int, into n: inout DecimalNumber) -> Int {
        guard t[i] | 0x20 == 0x65 else { return i }  // e or E
        var j = i + 1
        var negative = false
        if t[j] == 0x2B { j += 1 } else if t[j] == 0x2D { negative = true; j += 1 }
        else if t.has(0xE2, 0x88, 0x92, at: j) { negative = true; j += 3 }
        guard t.isDigit(j) else { return i }
        var e = 0
        while t.isDigit(j) { if e < 10_000 { e = e * 10 + Int(t[j] &- 0x30) }; j += 1 }
        n.exponent += negative ? -e : e
        n.scientific = true
        return j
    }

    /// Comma groups after the first digit run; nil unless they form a Western or Indian grouping.
    private static func commaGroups(_ t: ByteText, from: Int, firstGroup: Int,
                                    into n: inout DecimalNumber) -> Int? {
        var i = from
        var shape = CommaGrouping(firstGroup: firstGroup)
        var groupDigits = n  // digits go into a copy that is kept only when the grouping is valid
        while t[i] == 0x2C, t.isDigit(i + 1) {
            i += 1
            let s = i
            while t.isDigit(i) { groupDigits.addIntegerDigit(t[i] &- 0x30); i += 1 }
            shape.add(length: i - s)
        }
        guard shape.isValid else { return nil }
        groupDigits.grouped = true
        n = groupDigits
        return i
    }

    /// Space groups: the same separator each time, exactly three digits after each one.
    private static func spaceGroups(_ t: ByteText, from: Int, into n: inout DecimalNumber) -> Int {
        var i = from
        let sep = t.groupSpaceLength(at: i)
        let s0 = t[i], s2 = t[i + 2]  // tells U+2009 from U+202F
        while t.groupSpaceLength(at: i) == sep, t[i] == s0, sep == 2 || t[i + 2] == s2,
              t.isDigit(i + sep), t.isDigit(i + sep + 1), t.isDigit(i + sep + 2), !t.isDigit(i + sep + 3) {
            for k in 0..<3 { n.addIntegerDigit(t[i + sep + k] &- 0x30) }
            n.grouped = true
            i += sep + 3
        }
        return i
    }
}

/// The lengths of comma groups seen so far, to tell a Western (`1,234,567`) or Indian
/// (`1,23,45,678`) grouping from anything else without keeping an array.
struct CommaGrouping {
    /// Digits before the first comma.
    let firstGroup: Int
    private var groups = 0, last = 0
    private var allThree = true, middlesTwo = true

    init(firstGroup: Int) { self.firstGroup = firstGroup }

    /// Records the next group, `length` digits after a comma.
    @inline(__always) mutating func add(length: Int) {
        if groups > 0, last != 2 { middlesTwo = false }
        last = length
        if length != 3 { allThree = false }
        groups += 1
    }

    /// Western: first group 1–3 digits, then threes. Indian: first 1–2, then pairs, then a final 3.
    var isValid: Bool {
        (firstGroup <= 3 && allThree) || (firstGroup <= 2 && groups >= 2 && middlesTwo && last == 3)
    }
}
