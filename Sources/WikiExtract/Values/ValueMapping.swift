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
    public static func value(of text: String) -> Value {
        if text.isEmpty {
            var value = blank
            value.kind = .empty
            value.status = .exact
            return value
        }
        return value(ValueParser.parse(text), text: text)
    }

    /// ``value(of:)`` for the text's UTF-8 bytes (a cell that reads as its source: no string made).
    public static func value(ofBytes bytes: UnsafeBufferPointer<UInt8>) -> Value {
        if bytes.isEmpty { return value(of: "") }
        let typed = ValueParser.parse(bytes)
        // Only a partial value asks for the text (to look for a qualifier): make it then.
        return value(typed, text: typed.status == .partial ? String(decoding: bytes, as: UTF8.self) : "")
    }

    /// The model value of a parsed value; `text` is the text it was parsed from (for qualifiers).
    @inline(__always)
    public static func value(_ typed: TypedValue, text: String) -> Value {
        guard typed.unit == nil, typed.iso == nil else {
            return Value(kind: kind(typed.kind), number: typed.number, low: typed.low, high: typed.high,
                         unit: typed.unit, iso: typed.iso, status: status(typed.status, text: text))
        }
        // Most values carry no string. Copying a blank value and setting the plain members is
        // cheaper than the model's memberwise init, which copies and releases both strings.
        var value = blank
        value.kind = kind(typed.kind)
        value.number = typed.number
        value.low = typed.low
        value.high = typed.high
        value.status = status(typed.status, text: text)
        return value
    }

    private static let blank = Value(kind: .text)

    /// The model's status: `partial` splits into `approximate` and `partial`, `none` is nil.
    private static func status(_ status: ParseStatus, text: String) -> Value.Status? {
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

    static func isApproximate(_ text: String) -> Bool {
        // Every qualifier starts with a letter or one of `~≈<>`: digits and signs never do.
        guard let first = text.utf8.first, !(first >= 0x30 && first <= 0x39), first != 0x2B else { return false }
        let quick = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var undecided = false
            for q in qualifierBytes where opens(bytes, with: q) {
                // An ASCII byte (or the end) after the qualifier ends its last character, so
                // `hasPrefix` below would agree; a combining mark there would not, so ask it.
                if q.count == bytes.count || bytes[q.count] < 0x80 { return true }
                undecided = true
            }
            return undecided ? nil : false
        }
        if let quick = quick ?? nil { return quick }
        let lower = text.lowercased()
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
