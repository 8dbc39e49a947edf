/// A value that starts with a number (after an optional sign, qualifier or currency):
/// plain numbers, percentages, percentage points, changes, scaled numbers, units, years, ranges.
enum NumberValue {
    /// The value of `0..<hi`, or nil when no number starts the text.
    static func parse(_ t: ByteText, hi: Int) -> TypedValue? {
        let prefix = Prefix.read(t, at: 0, hi: hi)
        guard t.isDigit(prefix.end) else { return nil }
        guard case .number(let low, let lowEnd) = NumberGrammar.scan(t, at: prefix.end) else { return .unparsed }
        let s1: Suffix?
        if t.isASCIILetter(lowEnd), hi == t.count {
            // Glued letters (`9.0c`, `30km`): the suffix read that `badFollower` makes to clear
            // them is the number's suffix too, so the pattern runs once.
            s1 = Suffix.read(t, at: lowEnd, hi: hi)
            guard let s = s1, s.end > lowEnd else { return .unparsed }
        } else {
            guard !badFollower(t, lowEnd) else { return .unparsed }
            s1 = Suffix.read(t, at: lowEnd, hi: hi)
        }
        var end = s1?.end ?? lowEnd

        if !prefix.signed, s1?.kind != .ordinal, s1?.kind != .points,
           let tail = rangeTail(t, at: end, hi: hi, low: low) {
            end = tail.end
            let status = status(t, end: end, hi: hi, prefix: prefix, ordinal: false)
            return range(t, low, s1, tail.high, tail.suffix, prefix: prefix, status: status)
        }
        // `218-0844014`: a dash glued between digits that is not a range is a code.
        if s1 == nil, t.dashLength(at: end) > 0, t.isDigit(end + t.dashLength(at: end)) { return .unparsed }
        // `01208`, `07000063`: a leading zero makes an identifier, not a quantity.
        if low.leadingZero, s1 == nil, !low.hasFraction, !prefix.signed, !prefix.negative, prefix.currency == nil {
            return .text
        }
        if let feet = feetAndInches(t, low, s1, from: end, hi: hi, prefix: prefix) { return feet }
        let status = status(t, end: end, hi: hi, prefix: prefix, ordinal: s1?.kind == .ordinal)
        return single(t, low, s1, prefix: prefix, status: status)
    }

    /// `5 ft 11 in` (a height as `{{height}}` and `{{convert}}` write it): the feet with the
    /// inches folded in, `5.9166…` ft, instead of 5 ft with the rest left over. Nil for any other
    /// shape.
    private static func feetAndInches(_ t: ByteText, _ feet: DecimalNumber, _ s: Suffix?, from end: Int, hi: Int,
                                      prefix: Prefix) -> TypedValue? {
        guard let s, s.kind == .unit, s.unit(t) == "ft", !prefix.signed, prefix.currency == nil else { return nil }
        let j = t.skipSpaces(from: end, to: hi)
        guard j > end, case .number(let inches, let inchesEnd) = NumberGrammar.scan(t, at: j), !inches.scientific,
              let f = feet.double, let i = inches.double, i < 12 else { return nil }
        // `in` is no unit of its own (`5 in 10 voters`): read only here, after feet.
        let k = t.skipSpaces(from: inchesEnd, to: hi)
        guard k + 2 <= hi, t[k] == 0x69, t[k + 1] == 0x6E, !t.isASCIILetter(k + 2) else { return nil }
        let magnitude = f + i / 12
        let value = prefix.negative ? -magnitude : magnitude
        return TypedValue(kind: .decimal, number: value, unit: "ft",
                          status: status(t, end: k + 2, hi: hi, prefix: prefix, ordinal: false))
    }

    /// The common shapes `123`, `1,234`, `12.5` and `45%` (a number filling the whole text,
    /// or all but a final `%`), or nil for anything else. It gives what ``parse(_:hi:)`` gives,
    /// minus the steps that cannot apply: no prefix, no suffix word, no range, nothing after.
    /// The caller has ruled out a date; with no letter and no `-` none can match.
    static func plain(_ t: ByteText, hi: Int) -> TypedValue? {
        guard case .number(let n, let end) = NumberGrammar.scan(t, at: 0), !n.scientific else { return nil }
        // What `single` does with no prefix and no suffix, or with a `%`.
        if end == hi {
            if n.leadingZero, !n.hasFraction { return .text }
            guard let value = n.double else { return .unparsed }
            if isBareYear(n) { return TypedValue(kind: .year, number: value, iso: DateGrammar.iso(year: Int(value)), status: .exact) }
            return TypedValue(kind: isDecimal(n, scaled: false) ? .decimal : .integer, number: value, status: .exact)
        }
        if end == hi - 1, t[end] == 0x25 {  // "%"
            guard let value = n.double else { return .unparsed }
            return TypedValue(kind: .percent, number: value, status: .exact)
        }
        return nil
    }

    /// Digits glued to something we do not understand: `1,5.3`, `3/4`, `1:45.2`, `1990s`,
    /// `12abc`, `51°20′`.
    private static func badFollower(_ t: ByteText, _ i: Int) -> Bool {
        switch t[i] {
        case 0x2C, 0x2E, 0x2F, 0x3A: return t.isDigit(i + 1)  // , . / :
        case 0xC2 where t[i + 1] == 0xB0: return t.isDigit(i + 2)  // ° then digits: a coordinate
        default: return t.isASCIILetter(i) && !isKnownGluedSuffix(t, i)
        }
    }

    /// `30km`, `2nd`, `5pp`, `1.5bn`: letters that a suffix will claim.
    private static func isKnownGluedSuffix(_ t: ByteText, _ i: Int) -> Bool {
        guard let s = Suffix.read(t, at: i, hi: t.count) else { return false }
        return s.end > i
    }

    /// `–20`, `-20`, ` to 20` after the first number, with an optional suffix on the second.
    private static func rangeTail(_ t: ByteText, at i: Int, hi: Int,
                                  low: DecimalNumber) -> (high: DecimalNumber, suffix: Suffix?, end: Int)? {
        var j = t.skipSpaces(from: i, to: hi)
        let dash = t.dashLength(at: j)
        if dash > 0 {
            j += dash
        } else if j > i, t[j] | 0x20 == 0x74, t[j + 1] | 0x20 == 0x6F, t.spaceLength(at: j + 2) > 0 {
            j += 2  // " to "
        } else {
            return nil
        }
        j = t.skipSpaces(from: j, to: hi)
        guard case .number(let high, let highEnd) = NumberGrammar.scan(t, at: j), !badFollower(t, highEnd) else { return nil }
        // A leading zero on the second number is only a two-digit year (`1999–00`).
        if high.leadingZero, !(isBareYear(low) && high.integerDigits == 2) { return nil }
        let s2 = Suffix.read(t, at: highEnd, hi: hi)
        if s2?.kind == .ordinal { return nil }
        return (high, s2, s2?.end ?? highEnd)
    }

    private static func status(_ t: ByteText, end: Int, hi: Int, prefix: Prefix, ordinal: Bool) -> ParseStatus {
        prefix.qualified || ordinal || t.skipSpaces(from: end, to: hi) < hi ? .partial : .exact
    }

    /// One number with its suffix.
    private static func single(_ t: ByteText, _ n: DecimalNumber, _ s: Suffix?, prefix: Prefix, status: ParseStatus) -> TypedValue {
        var n = n
        var unit = prefix.currency
        switch s?.kind {
        case .scale?: n.exponent += s!.power
        case .unit? where prefix.currency != nil && s!.isUnitM(t): n.exponent += 6  // £5m is five million
        case .unit?: unit = unit ?? s!.unit(t)
        default: break
        }
        guard let magnitude = n.double else { return .unparsed }
        let value = prefix.negative && magnitude != 0 ? -magnitude : magnitude
        switch s?.kind {
        case .percent?:
            return prefix.signed ? TypedValue(kind: .change, number: value, unit: "%", status: status)
                                 : TypedValue(kind: .percent, number: value, status: status)
        case .points?:
            return TypedValue(kind: prefix.signed ? .change : .percentagePoints, number: value, unit: "pp", status: status)
        case .ordinal?:
            return n.hasFraction ? .unparsed : TypedValue(kind: .integer, number: value, status: status)
        default:
            if prefix.signed { return TypedValue(kind: .change, number: value, unit: unit, status: status) }
            if s == nil, unit == nil, !prefix.negative, isBareYear(n) {
                return TypedValue(kind: .year, number: value, iso: DateGrammar.iso(year: Int(value)), status: status)
            }
            return TypedValue(kind: isDecimal(n, scaled: s?.kind == .scale) ? .decimal : .integer,
                              number: value, unit: unit, status: status)
        }
    }

    /// Two numbers; a suffix on either end applies to both (`20–25%`, `1.5–2 million`).
    private static func range(_ t: ByteText, _ a: DecimalNumber, _ s1: Suffix?, _ b: DecimalNumber, _ s2: Suffix?,
                              prefix: Prefix, status: ParseStatus) -> TypedValue {
        var a = a, b = b
        let scale1 = s1?.kind == .scale ? s1!.power : nil
        let scale2 = s2?.kind == .scale ? s2!.power : nil
        a.exponent += scale1 ?? scale2 ?? 0
        b.exponent += scale2 ?? scale1 ?? 0
        guard var low = a.double, var high = b.double else { return .unparsed }
        if prefix.negative { low = -low }  // `-5 to 5`
        // `2010–14`, `1999–00`: the second year is written with two digits.
        if s1 == nil, s2 == nil, isBareYear(a), b.integerDigits == 2, !b.hasFraction, !b.grouped {
            high += Double(Int(low) / 100 * 100)  // integer maths: no libm needed
            if high < low { high += 100 }
        }
        // Kept in written order: a descending pair (`11–4`) is usually a score, and the
        // caller's column knows; the numbers are still both there.
        if low == 0 { low = 0 }  // no -0
        if high == 0 { high = 0 }
        // The first suffix, then the second (no array: it would be allocated for every range).
        let unit = rangeUnit(t, s2, after: rangeUnit(t, s1, after: prefix.currency))
        return TypedValue(kind: .range, low: low, high: high, unit: unit, status: status)
    }

    /// The range's unit after reading one end's suffix: `%` and `pp` replace it, a unit word
    /// only fills it.
    private static func rangeUnit(_ t: ByteText, _ s: Suffix?, after unit: String?) -> String? {
        switch s?.kind {
        case .percent?: "%"
        case .points?: "pp"
        case .unit?: unit ?? s!.unit(t)
        default: unit
        }
    }

    /// The years a bare four-digit number stands for.
    static let bareYears: ClosedRange<Double> = 1000...2100

    /// Four digits, 1000…2100, no grouping, fraction or sign: `2024` but not `1,500` or `2024.0`.
    static func isBareYear(_ n: DecimalNumber) -> Bool {
        guard n.integerDigits == 4, !n.grouped, !n.hasFraction, let v = n.double else { return false }
        return bareYears.contains(v)
    }

    /// Written with a fraction or an exponent, unless a scale word makes it whole
    /// (`1.5 million` is an integer).
    private static func isDecimal(_ n: DecimalNumber, scaled: Bool) -> Bool {
        (n.hasFraction || n.scientific) && !(scaled && n.isWhole)
    }
}
