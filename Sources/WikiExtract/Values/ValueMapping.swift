import WikiModel
import WikiValues

/// Maps the value parser's `TypedValue` onto the model's `Value`.
///
/// Kinds keep their names (`integer`, `decimal`, `percent`, `change`, `percentagePoints`,
/// `date`, `year`, `range`, `text`, `empty`, `unparsed`). The parser's status `exact` stays
/// `exact`; `partial` becomes `approximate` when the text opens with a qualifier (`c.`, `~`,
/// `about`, `over` …) and stays `partial` otherwise; `none` (text, unparsed) becomes nil.
public enum ValueMapping {
    /// The typed value of a rendered text (footnotes already removed by the renderer).
    public static func value(of text: String) -> Value { value(of: text, numbers: .current) }

    /// ``value(of:)`` with the convention given (read once by callers that map many values).
    public static func value(of text: String, numbers: NumberConvention) -> Value {
        if let value = text.utf8.withContiguousStorageIfAvailable({ value(ofBytes: $0, numbers: numbers) }) { return value }
        var copy = text  // bridged or lazy strings: make it contiguous once
        return copy.withUTF8 { value(ofBytes: $0, numbers: numbers) }
    }

    /// ``value(of:)`` for the text's UTF-8 bytes (a cell that reads as its source, or a rendered
    /// text held as bytes: no string made).
    public static func value(ofBytes bytes: UnsafeBufferPointer<UInt8>, numbers: NumberConvention = .current) -> Value {
        if bytes.isEmpty { return Value(kind: .empty, status: .exact) }
        // Most cells have a common shape that the parser decides without making a string.
        if let plain = ValueParser.plainValue(bytes, numbers: numbers) { return value(plain, bytes) }
        return value(ValueParser.parseFully(bytes, numbers: numbers), bytes)
    }

    /// ``value(ofBytes:)`` as a cell store takes it: plain data when the value has no range and
    /// no string (nearly every cell), so no ``Value`` is made, passed and dropped for it.
    public static func storedValue(ofBytes bytes: UnsafeBufferPointer<UInt8>) -> CellStore.StoredValue {
        storedValue(ofBytes: bytes, numbers: .current)
    }

    /// ``storedValue(ofBytes:)`` with the convention given (read once by callers that store many
    /// cells: see ``NumberConvention``).
    public static func storedValue(ofBytes bytes: UnsafeBufferPointer<UInt8>, numbers: NumberConvention) -> CellStore.StoredValue {
        if bytes.isEmpty { return .plain(kind: .empty, status: .exact, number: nil) }
        if let plain = ValueParser.plainValue(bytes, numbers: numbers) {
            if plain.hasStrings { return .full(value(plain, bytes)) }
            return .plain(kind: kind(plain.kind), status: status(plain.status, bytes), number: plain.number)
        }
        if let range = ValueParser.quickRange(bytes, numbers: numbers) {  // `11–4`, `2010–14`: no full grammar
            return .full(Value(kind: .range, low: range.low, high: range.high, status: .exact))
        }
        let typed = ValueParser.parseFully(bytes, numbers: numbers)
        guard typed.unit == nil, typed.iso == nil, typed.low == nil, typed.high == nil else {
            return .full(value(typed, bytes))
        }
        return .plain(kind: kind(typed.kind), status: status(typed.status, bytes), number: typed.number)
    }

    /// The model value of a parsed value; `text` is the text it was parsed from (for qualifiers).
    public static func value(_ typed: TypedValue, text: String) -> Value {
        var copy = text
        return copy.withUTF8 { value(typed, $0) }
    }

    /// The model value of a value the full grammar decided; `bytes` are its text.
    private static func value(_ typed: TypedValue, _ bytes: UnsafeBufferPointer<UInt8>) -> Value {
        // Most values carry no string: leaving them out spares a retain and release of each.
        guard typed.unit == nil, typed.iso == nil else {
            return Value(kind: kind(typed.kind), number: typed.number, low: typed.low, high: typed.high,
                         unit: typed.unit, iso: typed.iso, status: status(typed.status, bytes))
        }
        return Value(kind: kind(typed.kind), number: typed.number, low: typed.low, high: typed.high,
                     status: status(typed.status, bytes))
    }

    /// The model value of a value the parser decided quickly; `bytes` are its text.
    @inline(__always)
    private static func value(_ plain: PlainValue, _ bytes: UnsafeBufferPointer<UInt8>) -> Value {
        if plain.hasStrings {  // years, dates, signed percentages
            return Value(kind: kind(plain.kind), number: plain.number, unit: plain.unit, iso: plain.iso,
                         status: status(plain.status, bytes))
        }
        return Value(kind: kind(plain.kind), number: plain.number, status: status(plain.status, bytes))
    }

    /// The model's status: `partial` splits into `approximate` and `partial`, `none` is nil.
    @inline(__always)
    private static func status(_ status: ParseStatus, _ text: UnsafeBufferPointer<UInt8>) -> Value.Status? {
        switch status {
        case .exact: .exact
        case .partial: isApproximate(text) ? .approximate : .partial
        case .none: nil
        }
    }

    /// The model's kind for the parser's kind (same names; a switch, not a string lookup).
    static func kind(_ kind: ValueKind) -> Value.Kind {
        switch kind {
        case .integer: .integer
        case .decimal: .decimal
        case .percent: .percent
        case .change: .change
        case .percentagePoints: .percentagePoints
        case .date: .date
        case .year: .year
        case .range: .range
        case .text: .text
        case .empty: .empty
        case .unparsed: .unparsed
        }
    }

    /// Words and signs that mark a value as approximate when they open the text.
    static let qualifiers = ["c.", "ca.", "circa", "approx", "about", "around", "~", "≈", "over", "more than",
                             "nearly", "almost", "est.", "estimated", "roughly", "some", "under", "less than",
                             "at least", "up to", "<", ">"]

    /// True when the text opens with one of the ``qualifiers``, in any case.
    static func isApproximate(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in isApproximate(bytes) }
    }

    /// ``isApproximate(_:)-(String)`` for UTF-8 bytes.
    static func isApproximate(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Every qualifier starts with a letter or one of `~≈<>`: digits and signs never do.
        guard let first = bytes.first, !(first >= 0x30 && first <= 0x39), first != 0x2B else { return false }
        var undecided = false
        for q in qualifierBytes where opens(bytes, with: q) {
            // An ASCII byte (or the end) after the qualifier ends its last character, so
            // `hasPrefix` below would agree; a combining mark there would not, so ask it.
            if q.count == bytes.count || bytes[q.count] < 0x80 { return true }
            undecided = true
        }
        guard undecided else { return false }
        let lower = String(decoding: bytes, as: UTF8.self).lowercased()
        return qualifiers.contains { lower.hasPrefix($0) }
    }

    /// The qualifiers as UTF-8, for the byte comparison in ``isApproximate(_:)``.
    private static let qualifierBytes = qualifiers.map { Array($0.utf8) }

    /// True when `bytes` starts with the lowercase qualifier `q`, ASCII letters in any case.
    /// No other character lowercases to one of the qualifiers' characters, so a miss here is a
    /// miss for `lowercased().hasPrefix` too.
    private static func opens(_ bytes: UnsafeBufferPointer<UInt8>, with q: [UInt8]) -> Bool {
        guard bytes.count >= q.count else { return false }
        for (i, c) in q.enumerated() {
            let b = bytes[i]
            if b != c, !(c >= 0x61 && c <= 0x7A && b == c - 0x20) { return false }
        }
        return true
    }
}
