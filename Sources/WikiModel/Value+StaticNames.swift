/// The names of kinds and statuses as static strings, for writers that copy them straight into
/// their output (JSON cells, SQLite parameters bound with no copy): no `String` is made, and a
/// static string lives as long as the process. Each equals the case's `rawValue` (a test checks
/// every case; a new case fails to compile here until it is added).
extension Value.Kind {
    /// The kind's name, equal to its `rawValue`.
    public var staticName: StaticString {
        switch self {
        case .integer: "integer"
        case .decimal: "decimal"
        case .percent: "percent"
        case .change: "change"
        case .percentagePoints: "percentagePoints"
        case .date: "date"
        case .year: "year"
        case .range: "range"
        case .text: "text"
        case .empty: "empty"
        case .unparsed: "unparsed"
        }
    }
}

extension Value.Status {
    /// The status's name, equal to its `rawValue`.
    public var staticName: StaticString {
        switch self {
        case .exact: "exact"
        case .approximate: "approximate"
        case .partial: "partial"
        }
    }
}
