/// The result line of a contest: `{{Election box hold with party link|…}}` or `… gain …`.
public struct ContestOutcome: Codable, Sendable, Equatable {
    /// Hold or gain.
    public enum Result: String, Codable, Sendable, CaseIterable {
        /// The seat stayed with `party`.
        case hold
        /// The seat passed from `from` to `to`.
        case gain
    }

    /// Hold or gain.
    public var result: Result
    /// The party that holds the seat (hold), or nil.
    public var party: String?
    /// The party that lost the seat (gain), or nil.
    public var from: String?
    /// The party that won the seat (gain), or nil.
    public var to: String?
    /// The swing in percentage points, or nil (the "no swing" variants).
    public var swing: Double?

    /// Creates an outcome.
    public init(result: Result, party: String? = nil, from: String? = nil, to: String? = nil, swing: Double? = nil) {
        self.result = result
        self.party = party
        self.from = from
        self.to = to
        self.swing = swing
    }
}
