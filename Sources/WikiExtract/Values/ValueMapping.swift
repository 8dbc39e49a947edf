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
        if text.isEmpty { return Value(kind: .empty, status: .exact) }
        return value(ValueParser.parse(text), text: text)
    }

    /// The model value of a parsed value; `text` is the text it was parsed from (for qualifiers).
    public static func value(_ typed: TypedValue, text: String) -> Value {
        let status: Value.Status?
        switch typed.status {
        case .exact: status = .exact
        case .partial: status = isApproximate(text) ? .approximate : .partial
        case .none: status = nil
        }
        return Value(kind: kind(typed.kind), number: typed.number, low: typed.low, high: typed.high,
                     unit: typed.unit, iso: typed.iso, status: status)
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
        let lower = text.lowercased()
        return qualifiers.contains { lower.hasPrefix($0) }
    }
}
