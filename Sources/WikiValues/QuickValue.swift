import Glibc

/// The common shapes of a cell, decided in one pass over the trimmed bytes before the full
/// grammar runs: a number filling the whole text (`12,345`, `1,23,456`, `12.3%`, `+1.2`, `−3`,
/// `-4.5`, `2024`), one followed by a space and plain words or numbers (`2009 Five Nations`,
/// partial; ``QuickTail``), digits glued to `:` or `/` (`20:00`, unparsed), a plain date
/// (``QuickDate``), words that cannot open a date, qualifier or currency (`Nawaz Sharif`) and
/// digit-free text (``QuickReject``).
///
/// It answers only when it is sure to give what the full grammar gives; on any doubt (a leading
/// zero, a footnote, an exponent, more than 15 digits) it returns nil and the grammar decides.
/// The tests pin the two against each other over real cell texts.
enum QuickValue {
    /// The value of the trimmed text `lo..<hi`, or nil when the full grammar must decide.
    @inline(__always)
    static func value(_ t: ByteText, _ lo: Int, _ hi: Int) -> PlainValue? {
        let b = t[lo]
        if b &- 0x30 < 10 { return number(t, lo, hi) ?? QuickDate.dayFirst(t, lo, hi) }
        if b == 0x2B || b == 0x2D || b == 0xE2 { return number(t, lo, hi) }
        if t.isASCIILetter(lo) { return words(t, lo, hi) }
        return QuickReject.digitFree(t, lo, hi)  // `?`, `(2007)`: only digit-free text is decided here
    }

    /// Text opening with an ASCII letter is ``ValueKind/text`` unless a date, a qualifier or
    /// currency word, `n/a` or a footnote marker (which may hide any of them) is involved.
    ///
    /// The first word is read once for all three gates: the date's (`DateGrammar.parse`'s early
    /// exits: its first three letters, then what follows them), `Prefix.mayStartPrefix` (its
    /// letters, packed as that gate packs them, and the byte after them) and `n/a`; the tests pin
    /// this against the full grammar.
    private static func words(_ t: ByteText, _ lo: Int, _ hi: Int) -> PlainValue? {
        guard let p = t.bytes.baseAddress else { return nil }
        let n = t.count
        let first = p[lo]  // an ASCII letter
        var key = UInt64(first | 0x20)  // up to eight letters, lowercased, one byte each
        // The first eight letters go into the key, the rest are only counted: two loops, so
        // neither tests where it is in the word.
        var j = lo + 1
        let keyEnd = min(n, lo + 8)
        while j < keyEnd {
            let c = p[j] | 0x20
            guard c &- 0x61 < 26 else { break }
            key = key << 8 | UInt64(c)
            j += 1
        }
        if j == keyEnd { while j < n, (p[j] | 0x20) &- 0x61 < 26 { j += 1 } }
        let letters = j - lo, next: UInt8 = j < n ? p[j] : 0
        if letters == 1, key == 0x6E, next == 0x2F || next == 0x2E {  // n/a, n.a.
            return Markers.isEmptyMarker(t, lo, hi) ? .empty : nil
        }
        if letters >= 3 {
            let three = UInt32(truncatingIfNeeded: key >> UInt64(8 * (min(letters, 8) - 3)))
            // Only a word the date patterns may open with needs them: a month name with a number
            // after it (`Marlins` cannot be a date), a weekday with `.`, `,` or a space after its
            // letters (`Montgomery` cannot); the same early exits as `DateGrammar.parse`.
            if DateGrammar.month(three) != nil {
                if DateGrammar.mayBeMDY(t, lo) { return QuickDate.monthFirst(t, lo, hi) }
            } else if DateGrammar.isWeekday(three), DateGrammar.mayFollowWeekday(next) {
                return nil
            }
        }
        // `Prefix.mayStartPrefix` for a word: a non-ASCII character after the letters, `Rs`,
        // `US$`, or a qualifier word.
        if next >= 0x80 { return nil }
        if first == 0x52, t[lo + 1] == 0x73 { return nil }
        if next == 0x24, letters <= 3 { return nil }
        if Prefix.qualifierInitials >> UInt32((first | 0x20) - 0x61) & 1 != 0, Prefix.isQualifier(key, next: next) { return nil }
        // A `[` (a footnote marker) anywhere after the word: the grammar decides.
        return j < hi && memchr(p + j, 0x5B, hi - j) != nil ? nil : .text
    }

    /// An optional sign glued to digits with an optional comma grouping and fraction, then
    /// nothing or a final `%`.
    private static func number(_ t: ByteText, _ lo: Int, _ hi: Int) -> PlainValue? {
        var i = lo
        var signed = false, negative = false  // as `Prefix.readSign` reads them
        switch t[i] {
        case 0x2B: signed = true; i += 1  // +
        case 0x2D: negative = true; i += 1  // - is an ordinary minus
        case 0xE2:
            if t[i + 1] == 0x88, t[i + 2] == 0x92 { signed = true; negative = true }  // − U+2212
            else if t[i + 1] == 0x80, t[i + 2] == 0x93 || t[i + 2] == 0x92 { negative = true }  // – ‒
            else { return QuickReject.digitFree(t, lo, hi) }  // `—` alone, `✔`; `▲ 2` has a digit
            i += 3
        default: break
        }
        let start = i
        var m: UInt64 = 0, digits = 0
        while t.isDigit(i) { m = m &* 10 &+ UInt64(t[i] &- 0x30); digits += 1; i += 1 }
        let firstGroup = i - start
        // `—`, `-`, `−−`: a lone dash says "nothing".
        guard firstGroup > 0 else { return Markers.isEmptyMarker(t, lo, hi) ? .empty : nil }
        // `20:00`, `09:30`, `116/272`: digits glued on that way make no number (nor date).
        if t[i] == 0x3A || t[i] == 0x2F { return t.isDigit(i + 1) ? .unparsed : nil }
        // `0123`, `0,123`: a code or an odd case the grammar knows.
        if t[start] == 0x30, firstGroup > 1 || t[i] == 0x2C { return nil }
        let grouped = t[i] == 0x2C
        if grouped {
            var shape = CommaGrouping(firstGroup: firstGroup)
            while t[i] == 0x2C, t.isDigit(i + 1) {
                i += 1
                let s = i
                while t.isDigit(i) { m = m &* 10 &+ UInt64(t[i] &- 0x30); digits += 1; i += 1 }
                shape.add(length: i - s)
            }
            guard shape.isValid else { return nil }
        }
        var fraction = 0
        if t[i] == 0x2E, t.isDigit(i + 1) {  // "."
            i += 1
            while t.isDigit(i) { m = m &* 10 &+ UInt64(t[i] &- 0x30); fraction += 1; i += 1 }
            digits += fraction
        }
        let percent = t[i] == 0x25  // "%"
        var status = ParseStatus.exact
        if i + (percent ? 1 : 0) != hi {
            // `1234\n5678`, `2009 Five Nations`: more after a space makes the number partial. Only
            // a number with no sign whose first run has one or two digits may open a date instead.
            guard !percent, start > lo || firstGroup >= 3 || grouped || fraction > 0,
                  QuickTail.isPlainRest(t, i, hi) else { return nil }
            status = .partial
        }
        // At most 15 digits, so `m` is exact as a Double and no digit was dropped: dividing by an
        // exact power of ten rounds once, as `DecimalNumber.double` does for the same digits.
        guard digits <= 15 else { return nil }
        let magnitude = fraction == 0 ? Double(m) : Double(m) / DecimalNumber.exactDoublePowers[fraction]
        let value = negative && magnitude != 0 ? -magnitude : magnitude
        if percent, !signed { return PlainValue(kind: .percent, status: .exact, number: value) }
        var plain = PlainValue(kind: signed ? .change : fraction > 0 ? .decimal : .integer, status: status, number: value)
        plain.percentUnit = percent
        if !signed, !negative, !grouped, fraction == 0, firstGroup == 4, NumberValue.bareYears.contains(value) {
            plain.kind = .year
            plain.year = Int(value)
        }
        return plain
    }
}
