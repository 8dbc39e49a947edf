/// One consistency problem found in an article, with the place to fix it.
public struct Finding: Codable, Sendable, Equatable {
    /// How bad it is.
    public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
        /// The numbers disagree.
        case error
        /// Probably wrong, or could not be checked fully.
        case warning
        /// Worth knowing.
        case info

        /// Orders by importance: error < warning < info (sorting puts errors first).
        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs.rank < rhs.rank
        }

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .info: 2
            }
        }
    }

    /// The rule id, e.g. `table-totals`.
    public var rule: String
    /// How bad it is.
    public var severity: Severity
    /// What is wrong, in one sentence.
    public var message: String
    /// The value the rule expected, as text, or nil.
    public var expected: String?
    /// The value found, as text, or nil.
    public var actual: String?
    /// Where it is.
    public var location: FindingLocation

    /// Creates a finding.
    public init(rule: String, severity: Severity, message: String, expected: String? = nil,
                actual: String? = nil, location: FindingLocation = FindingLocation()) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.expected = expected
        self.actual = actual
        self.location = location
    }
}
