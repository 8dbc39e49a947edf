import PCRE2

/// What stands before a number: a qualifier (`c.`, `about`, `±`), a sign, a currency.
struct Prefix: Equatable {
    /// A qualifier word or sign was present, so the value is only partial.
    var qualified = false
    /// A change sign (`+`, `−` U+2212, `▲`, `▼`) was written; the value is a change.
    var signed = false
    /// Any minus: the change signs `−` and `▼`, or a plain `-`/`–` (a negative number, not a change).
    var negative = false
    /// The currency sign as written, used as the unit.
    var currency: String?
    /// Where the digits start.
    var end: Int

    /// Reads signs, qualifiers and a currency sign from `i`; `end` is where digits should start.
    static func read(_ t: ByteText, at i: Int, hi: Int) -> Prefix { read(t, at: i, hi: hi, shortcut: true) }

    /// ``read(_:at:hi:)``; with `shortcut` false the pattern also reads the signs glued to digits
    /// (the tests compare the two ways).
    static func read(_ t: ByteText, at i: Int, hi: Int, shortcut: Bool) -> Prefix {
        var p = Prefix(end: i)
        if t.isDigit(i) { return p }
        p.readSign(t, hi: hi)
        // `$369`, `<5`, `~5`: one sign glued to the digits is all the pattern can match there
        // (`$` opens only the currency, `~ < >` only the qualifier, and `\h*` takes nothing).
        if shortcut, p.end + 1 < hi, t.isDigit(p.end + 1) {
            switch t[p.end] {
            case 0x24: p.currency = "$"; p.end += 1; return p
            case 0x3C, 0x3E, 0x7E: p.qualified = true; p.end += 1; return p
            default: break
            }
        }
        if !t.isDigit(p.end), mayStartPrefix(t, p.end) {
            let cache = Matchers.current
            if cache.prefix.find(in: t.bytes, from: p.end), let whole = cache.prefix.range(0), whole.upperBound > p.end, whole.upperBound <= hi {
                p.qualified = cache.prefix.range(Patterns.Group.qualifier) != nil
                p.currency = cache.prefix.range(Patterns.Group.currency).map { t.string($0.lowerBound, trimmedEnd(t, $0)) }
                p.end = whole.upperBound
            }
        }
        // A sign may also follow the currency or qualifier: `$−5`, `c. −3`.
        if !p.signed, !t.isDigit(p.end) { p.readSign(t, hi: hi) }
        return p
    }

    /// One sign, then optional spaces (`▲ 2`, `− 0.71`).
    private mutating func readSign(_ t: ByteText, hi: Int) {
        let i = end
        var n = 0, minus = false, change = true
        switch t[i] {
        case 0x2B: n = 1  // +
        case 0x2D: n = 1; minus = true; change = false  // - is an ordinary minus
        case 0xE2:
            if t[i + 1] == 0x88, t[i + 2] == 0x92 { n = 3; minus = true }  // − U+2212, what {{decrease}} gives
            else if t[i + 1] == 0x80, t[i + 2] == 0x93 || t[i + 2] == 0x92 { n = 3; minus = true; change = false }  // – ‒
            else if t[i + 1] == 0x96, t[i + 2] == 0xB2 || t[i + 2] == 0xB4 { n = 3 }  // ▲ ▴
            else if t[i + 1] == 0x96, t[i + 2] == 0xBC || t[i + 2] == 0xBE { n = 3; minus = true }  // ▼ ▾
        default: break
        }
        guard n > 0 else { return }
        signed = signed || change
        negative = negative || minus
        end = t.skipSpaces(from: i + n, to: hi)
        // An arrow followed by the number's own sign: `▼ −2` is −2, `▲ +2` is +2.
        if change, !t.isDigit(end), t.dashLength(at: end) > 0 || t[end] == 0x2B {
            negative = negative || t[end] != 0x2B
            end += t.dashLength(at: end) > 0 ? t.dashLength(at: end) : 1
        }
    }

    /// Gate before the prefix regex. It only turns away text the regex cannot match at `i`:
    /// a non-empty match starts with a qualifier word, `~ < > $`, a currency code before `$`,
    /// `Rs` or a non-ASCII character (`≈`, `±`, `€`, or a letter the caseless match may fold).
    static func mayStartPrefix(_ t: ByteText, _ i: Int) -> Bool {
        let b = t[i]
        if b >= 0x80 { return true }
        guard t.isASCIILetter(i) else { return b == 0x7E || b == 0x3C || b == 0x3E || b == 0x24 }  // ~ < > $
        var j = i + 1
        while t.isASCIILetter(j) { j += 1 }
        // A non-ASCII character after the letters may still belong to the word: let the regex judge.
        if t[j] >= 0x80 { return true }
        if b == 0x52, t[i + 1] == 0x73 { return true }  // Rs
        if t[j] == 0x24, j - i <= 3 { return true }  // US$
        // Every qualifier alternative ends where the letters end (`\.`, `\h` or no letter follows).
        // Most words (names) do not even share a qualifier's first letter.
        guard qualifierInitials >> UInt32((b | 0x20) - 0x61) & 1 != 0 else { return false }
        return isQualifier(packedLowercase(t, i, j), next: t[j])
    }

    /// ``isQualifierKey(_:)`` for a word followed by the byte `next`: `c`, `ca` and `est` are
    /// qualifiers only with their `.` (`c.`), so `C#` or `C (C99)` opens none.
    @inline(__always)
    static func isQualifier(_ key: UInt64, next: UInt8) -> Bool {
        switch key {
        case 0x63, 0x6361, 0x657374: return next == 0x2E  // c. ca. est.
        default: return isQualifierKey(key)
        }
    }

    /// The first letters of the qualifier words, one bit per letter (any case):
    /// `letterMask("acefolmnrsu", base: 0x61)`, a constant (a `static let` costs a `swift_once`
    /// check per call; the tests pin the literal to the letters).
    static var qualifierInitials: UInt32 { 0x16_7835 }

    /// True for the first word of one of the prefix pattern's qualifiers, packed like
    /// ``packedLowercase(_:_:_:)``. A switch, not an array search: this runs for every cell
    /// that opens with a word.
    static func isQualifierKey(_ key: UInt64) -> Bool {
        switch key {
        case 0x63, 0x6361, 0x657374, 0x616C6C, 0x6174, 0x7570:  // c ca est all at up
            return true
        case 0x617070726F78, 0x617070726F78696D, 0x657374696D617465:  // approx approximately estimated
            return true
        case 0x6369726361, 0x61626F7574, 0x61726F756E64, 0x6F766572, 0x756E646572:  // circa about around over under
            return true
        case 0x6E6561726C79, 0x616C6D6F7374, 0x726F7567686C79, 0x736F6D65:  // nearly almost roughly some
            return true
        case 0x6D6F7265, 0x6C657373, 0x6665776572:  // more less fewer
            return true
        default:
            return false
        }
    }

    /// Up to the first eight letters of `i..<j`, lowercased, one byte each (longer words share a key
    /// with their first eight letters, which only lets a few more through to the regex).
    private static func packedLowercase(_ t: ByteText, _ i: Int, _ j: Int) -> UInt64 {
        var key: UInt64 = 0
        for k in i..<min(j, i + 8) { key = key << 8 | UInt64(t[k] | 0x20) }
        return key
    }

    private static func trimmedEnd(_ t: ByteText, _ r: Range<Int>) -> Int {
        t.trimmed(r.lowerBound, r.upperBound).1
    }
}

/// What follows a number: `%`, percentage points, ordinal letters, a scale word or a unit.
struct Suffix {
    enum Kind { case percent, points, ordinal, scale, unit }
    var kind: Kind
    /// For `.scale`: the power of ten.
    var power = 0
    /// For `.unit`: where the unit is written. Offsets, not a string, so a suffix is plain data
    /// that costs nothing to copy or drop; the string is made only for the value that keeps it.
    var unitRange: Range<Int>? = nil
    var end: Int

    /// For `.unit`: the unit as written.
    func unit(_ t: ByteText) -> String? { unitRange.map { t.string($0.lowerBound, $0.upperBound) } }

    /// True when the unit is exactly `m` (metres, or millions after a currency sign).
    func isUnitM(_ t: ByteText) -> Bool {
        guard let r = unitRange else { return false }
        return r.count == 1 && t[r.lowerBound] == 0x6D
    }

    /// The suffix right after a number ending at `i`, or nil.
    static func read(_ t: ByteText, at i: Int, hi: Int) -> Suffix? {
        guard i < hi else { return nil }
        if t[i] == 0x25 { return Suffix(kind: .percent, end: i + 1) }  // "%", the common case
        // Cheap gate before the regex: after optional spaces, a suffix starts with `%`,
        // an ASCII letter or a non-ASCII character (`°C`, a wide space). Not one from U+00C0
        // to U+00FF (lead byte 0xC3: `×`, `é`): none is a space, a suffix's first character or
        // a case variant of an ASCII letter.
        let j = t.skipSpaces(from: i, to: hi)
        guard j < hi, t[j] == 0x25 || (t[j] >= 0x80 && t[j] != 0xC3) || mayStartSuffix(t[j]) else { return nil }
        // A dash starts no suffix (and the pattern's `\h*` skips no more than `skipSpaces`):
        // `10–20` and `218-0844014` need no regex here.
        if t.dashLength(at: j) > 0 { return nil }
        if t.isASCIILetter(j), !mayBeSuffixWord(t, j) { return nil }  // `12 seats`, `5 Conservative`
        typealias G = Patterns.Group
        let cache = Matchers.current
        guard cache.suffix.find(in: t.bytes, from: i), let whole = cache.suffix.range(0), whole.upperBound <= hi else { return nil }
        let end = whole.upperBound
        if cache.suffix.range(G.percent) != nil { return Suffix(kind: .percent, end: end) }
        if cache.suffix.range(G.points) != nil { return Suffix(kind: .points, end: end) }
        if cache.suffix.range(G.ordinal) != nil { return Suffix(kind: .ordinal, end: end) }
        if let r = cache.suffix.range(G.scale) { return Suffix(kind: .scale, power: scalePower(t, r), end: end) }
        if let r = cache.suffix.range(G.unit) { return Suffix(kind: .unit, unitRange: r, end: end) }
        return nil
    }

    /// Gate before the suffix regex for an ASCII letter at `j`. It only turns away text the
    /// regex cannot match: every alternative that starts with a letter takes the whole run of
    /// ASCII letters there (a letter may not follow a scale word, unit or `pp`; `per cent`,
    /// `p.p.`, `sq km` and `percentage points` go on after a non-letter), so the run, in any
    /// case, must be one of ``suffixWords``. A non-ASCII byte after the run may continue the
    /// word (`km²`, or a letter): the regex judges then.
    static func mayBeSuffixWord(_ t: ByteText, _ j: Int) -> Bool {
        var k = j, key: UInt64 = 0
        while t.isASCIILetter(k) {
            if k - j < 8 { key = key << 8 | UInt64(t[k] | 0x20) }
            k += 1
        }
        if t[k] >= 0x80 { return true }
        switch k - j {
        case 10: return true  // `percentage`, the only longer word: the regex judges
        case 1...8: return suffixWords.contains(key)
        default: return false
        }
    }

    /// The letter runs (lower-cased, packed one byte each as ``mayBeSuffixWord(_:_:)`` packs
    /// them) that open a suffix alternative: `per cent`, `pp`, `p.p.`, the ordinals, the scale
    /// words and every unit's leading letters.
    static let suffixWords: Set<UInt64> = Set(suffixWordList.map { word in
        word.utf8.reduce(0) { $0 << 8 | UInt64($1) }
    })

    /// ``suffixWords`` as written (the tests pin the gate against the pattern on real texts).
    static let suffixWordList = [
        "per", "percent", "pp", "p", "st", "nd", "rd", "th",
        "thousand", "million", "billion", "trillion", "lakh", "crore", "bn", "mn",
        "km", "sq", "sqkm", "sqmi", "sqft", "mi", "ft", "mph", "m", "nmi", "cm", "mm", "ha", "acre", "acres",
        "kg", "lb", "lbs", "tonne", "tonnes", "mw", "gw", "kw", "twh", "gwh", "mwh", "kwh", "hpa", "mhz", "ghz", "nm",
        "usd", "eur", "gbp", "pkr", "inr", "jpy", "cny", "aud", "cad", "chf",
    ]

    /// True for an ASCII letter that can start a suffix: the first letters of `per cent`, `pp`,
    /// the ordinals and the scale words (in any case) and of the units (as written).
    static func mayStartSuffix(_ b: UInt8) -> Bool {
        if b &- 0x61 < 26 { return lowercaseStarts >> (b - 0x61) & 1 != 0 }
        if b &- 0x41 < 26 { return uppercaseStarts >> (b - 0x41) & 1 != 0 }
        return false
    }

    /// `letterMask("abcfhklmnprst", base: 0x61)` and `letterMask("ABCEGIJLMNPRSTU", base: 0x41)`
    /// as constants (pinned by the tests).
    static var lowercaseStarts: UInt32 { 0x0E_BCA7 }
    static var uppercaseStarts: UInt32 { 0x1E_BB57 }

    /// One bit per letter, bit 0 for `base`.
    static func letterMask(_ letters: String, base: UInt8) -> UInt32 {
        letters.utf8.reduce(0) { $0 | 1 << UInt32($1 - base) }
    }

    /// thousand 3, lakh 5, million/mn 6, crore 7, billion/bn 9, trillion 12.
    private static func scalePower(_ t: ByteText, _ r: Range<Int>) -> Int {
        switch t[r.lowerBound] | 0x20 {
        case 0x74: return t[r.lowerBound + 1] | 0x20 == 0x68 ? 3 : 12  // thousand / trillion
        case 0x6C: return 5   // lakh
        case 0x6D: return 6   // million, mn
        case 0x63: return 7   // crore
        default: return 9     // billion, bn
        }
    }
}
