/// Reads a typed value from the plain text of an infobox field or table cell.
///
/// The input is already rendered (links are labels, footnotes removed, `{{increase}}` is `+`,
/// `{{decrease}}` is `−`, `[[Percentage point|pp]]` is `pp`). The rules, in order:
///
/// 1. Whitespace (including no-break and thin spaces) is trimmed; footnote markers (`[1]`,
///    `[a]`, `[note 1]`) and trailing `*`, `†`, `‡`, `§` are dropped and never give digits.
/// 2. Nothing left, a lone dash or `N/A` → ``ValueKind/empty`` (status exact).
/// 3. A date (dmy, mdy, ISO, month–year) → ``ValueKind/date``.
/// 4. A number, after an optional qualifier (`c.`, `about`, `All`), sign and currency, with an
///    optional `%`, `pp`, scale word, unit or a second number (range) → see ``NumberValue``.
///    Anything after it (`(2010 est.)`, `seats`) makes the status partial; its digits are ignored.
/// 5. Otherwise ``ValueKind/text`` when it starts with a word or has no digit at all, and
///    ``ValueKind/unparsed`` when it has digits but starts with something else (`(2007)`, `#3`).
///
/// Decisions for the ambiguous cases:
/// - A change sign (`+`, `−` U+2212 as `{{decrease}}` renders, `▲`, `▼`) makes a
///   ``ValueKind/change``: `−3.2%` is a change with unit `%`, `3.2%` a percent; `−0.71 pp` is a
///   change with unit `pp`, `0.71 pp` percentage points. A hyphen-minus or en dash is an
///   ordinary minus (`-130.76` is a decimal, `-3.2%` a percent). `±` qualifies (a margin of
///   error): `±2.5%` is the percent 2.5, partial.
/// - Numbers with a leading zero (`01208`, `00000577`) are codes: ``ValueKind/text``.
/// - Scientific notation (`2.12E-05`) is a decimal.
/// - A bare four-digit number from 1000 to 2100 with no grouping, sign, fraction or suffix is a
///   ``ValueKind/year`` (number kept): `1500` is a year, `1,500` an integer.
/// - A comma grouping must be Western (`1,234,567`) or Indian (`1,23,45,678`); anything else
///   (`12,34`, `1,2,3`) is unparsed, never a decimal comma — unless the wiki writes one
///   (``NumberConvention/decimalComma``: `43,2`, `1.234.567,5`). Plain spaces never join digits;
///   U+00A0, U+2009 and U+202F do, between groups of exactly three.
/// - `1.5 million` is the integer 1500000 (scale words: thousand, lakh, million/mn, crore,
///   billion/bn, trillion); the unit stays nil.
/// - A range keeps its written order: `low` is the first number, `high` the second, so a score
///   `11–4` gives low 11, high 4; `2010–14` is 2010…2014, `1999–00` 1999…2000.
/// - A fraction or ratio (`116/272`, `2:0:6:2`), time (`20:00`), coordinate (`51°20′`),
///   decimal comma (`9,9%`) or code (`218-0844014`) is unparsed.
/// - A date range (`8–9 February 2024`) is its first day with status partial.
public enum ValueParser {
    /// The typed value of `text`.
    /// Numbers are read as the task's ``NumberConvention/current`` says the wiki writes them.
    public static func parse(_ text: String) -> TypedValue { parse(text, numbers: .current) }

    /// The typed value of `text`, its numbers read as `numbers` says the wiki writes them
    /// (callers that parse many values read the convention once and pass it).
    public static func parse(_ text: String, numbers: NumberConvention) -> TypedValue {
        if let v = text.utf8.withContiguousStorageIfAvailable({ parse($0, numbers: numbers) }) { return v }
        var copy = text  // bridged or lazy strings: make it contiguous once
        return copy.withUTF8 { parse($0, numbers: numbers) }
    }

    /// The typed value of UTF-8 bytes. Invalid UTF-8 never crashes; it parses as far as it can.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> TypedValue { parse(bytes, numbers: .current) }

    /// ``parse(_:)-(UnsafeBufferPointer<UInt8>)`` with the convention given.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>, numbers: NumberConvention) -> TypedValue {
        parse(bytes, quick: true, numbers: numbers)
    }

    /// The value of UTF-8 bytes when it has one of the common shapes (a plain number, percentage,
    /// year or date, words, nothing), or nil when ``parseFully(_:)`` must decide. The same value
    /// as ``parse(_:)-(UnsafeBufferPointer<UInt8>)``, without making a string.
    public static func plainValue(_ bytes: UnsafeBufferPointer<UInt8>, numbers: NumberConvention = .current) -> PlainValue? {
        guard !bytes.isEmpty else { return .empty }
        // The common shapes are read the English way; a decimal-comma wiki takes the full grammar.
        guard numbers == .decimalPoint else { return nil }
        let t = ByteText(bytes)
        let (lo, hi) = t.trimmed(0, t.count)
        guard lo < hi else { return .empty }
        return QuickValue.value(t, lo, hi)
    }

    /// The low and high ends of a range of two plain numbers joined by a dash (`11–4`,
    /// `2010–14`), as ``parse(_:)-(UnsafeBufferPointer<UInt8>)`` reads them (kind range, no unit,
    /// status exact), or nil when the full grammar must decide. For bytes ``plainValue(_:)``
    /// gave nil for.
    public static func quickRange(_ bytes: UnsafeBufferPointer<UInt8>, numbers: NumberConvention = .current)
        -> (low: Double, high: Double)? {
        guard numbers == .decimalPoint else { return nil }
        let t = ByteText(bytes)
        let (lo, hi) = t.trimmed(0, t.count)
        guard lo < hi, t.isDigit(lo) else { return nil }
        return QuickRange.value(t, lo, hi)
    }

    /// ``parse(_:)-(UnsafeBufferPointer<UInt8>)`` for bytes ``plainValue(_:)`` gave nil for: the
    /// full grammar, without trying the common shapes again.
    public static func parseFully(_ bytes: UnsafeBufferPointer<UInt8>, numbers: NumberConvention = .current) -> TypedValue {
        parse(bytes, quick: false, numbers: numbers)
    }

    /// The typed value of UTF-8 bytes; with `quick` false the full grammar decides every shape
    /// (the tests compare the two ways).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, quick: Bool, numbers: NumberConvention = .current) -> TypedValue {
        let comma = numbers == .decimalComma
        let t = ByteText(bytes, decimalComma: comma)
        let (lo, hi) = t.trimmed(0, t.count)
        guard lo < hi else { return .empty }
        // Most cells are a plain number or a few words: those are decided in one short pass
        // (read the English way: a decimal-comma wiki takes the full grammar).
        if quick, !comma, let value = QuickValue.value(t, lo, hi) { return value.typed }
        // Whitespace and trailing symbols hold no digit and no `[`: one pass over all the bytes
        // answers both questions for the value inside them.
        let (digit, bracket) = t.digitAndBracket()
        if bracket, let stripped = Markers.strippingFootnotes(t, lo, hi) {
            return stripped.withUnsafeBufferPointer { buf in
                let s = t.text(buf)
                let (a, b) = s.trimmed(0, s.count)
                return a < b ? value(s, a, b, hasDigit: s.containsDigit(a, b)) : .empty
            }
        }
        return value(t, lo, hi, hasDigit: digit)
    }

    /// The typed value of a byte array.
    public static func parse(_ bytes: [UInt8]) -> TypedValue { parse(bytes, numbers: .current) }

    /// ``parse(_:)-([UInt8])`` with the convention given.
    public static func parse(_ bytes: [UInt8], numbers: NumberConvention) -> TypedValue {
        bytes.withUnsafeBufferPointer { parse($0, numbers: numbers) }
    }

    /// The value of the trimmed, footnote-free text `lo..<hi`; `hasDigit` tells whether it has a digit.
    private static func value(_ whole: ByteText, _ lo: Int, _ hi: Int, hasDigit: Bool) -> TypedValue {
        let (lo, hi) = whole.trimmed(lo, Markers.trailingSymbolsEnd(whole, lo, hi))
        if Markers.isEmptyMarker(whole, lo, hi) { return .empty }
        // From here on the grammars see exactly the value: offsets 0..<count.
        let t = whole.text(UnsafeBufferPointer(rebasing: whole.bytes[lo..<hi]))
        let n = t.count
        // Every date and number has a digit; most text has none and stops here, regex-free.
        guard hasDigit else { return Markers.hasWordCharacter(t, 0, n) ? .text : .unparsed }
        // `123`, `1,234`, `12.5`, `45%`: no letter and no `-`, so no date; the usual case.
        if t.isDigit(0), let plain = NumberValue.plain(t, hi: n) { return plain }
        if let date = DateGrammar.parse(t, 0, n) { return date }
        if let number = NumberValue.parse(t, hi: n) { return number }
        return Markers.isWordLead(t, 0) ? .text : .unparsed
    }
}
