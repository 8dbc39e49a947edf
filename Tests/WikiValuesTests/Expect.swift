import Testing
import WikiValues

/// Short constructors for expected values, so test tables read like the data.
enum V {
    static func int(_ n: Double, _ s: ParseStatus = .exact, unit: String? = nil) -> TypedValue {
        TypedValue(kind: .integer, number: n, unit: unit, status: s)
    }
    static func dec(_ n: Double, _ s: ParseStatus = .exact, unit: String? = nil) -> TypedValue {
        TypedValue(kind: .decimal, number: n, unit: unit, status: s)
    }
    static func pct(_ n: Double, _ s: ParseStatus = .exact) -> TypedValue {
        TypedValue(kind: .percent, number: n, status: s)
    }
    static func chg(_ n: Double, unit: String? = nil, _ s: ParseStatus = .exact) -> TypedValue {
        TypedValue(kind: .change, number: n, unit: unit, status: s)
    }
    static func pp(_ n: Double, _ s: ParseStatus = .exact) -> TypedValue {
        TypedValue(kind: .percentagePoints, number: n, unit: "pp", status: s)
    }
    static func date(_ iso: String, _ s: ParseStatus = .exact) -> TypedValue {
        TypedValue(kind: .date, iso: iso, status: s)
    }
    static func year(_ y: Int, _ s: ParseStatus = .exact) -> TypedValue {
        TypedValue(kind: .year, number: Double(y), iso: String(y), status: s)
    }
    static func range(_ low: Double, _ high: Double, unit: String? = nil, _ s: ParseStatus = .exact) -> TypedValue {
        TypedValue(kind: .range, low: low, high: high, unit: unit, status: s)
    }
    static let text = TypedValue.text
    static let empty = TypedValue.empty
    static let unparsed = TypedValue.unparsed
}

/// One input and the value it must give.
struct Case: Sendable, CustomTestStringConvertible {
    let text: String
    let expected: TypedValue
    init(_ text: String, _ expected: TypedValue) { self.text = text; self.expected = expected }
    var testDescription: String { text.debugDescription }
}
