/// The totals a contest states. Each is nil when the source does not state it.
public struct ContestTotals: Codable, Sendable, Equatable {
    /// Valid votes.
    public var valid: Int?
    /// Invalid or rejected votes.
    public var invalid: Int?
    /// Blank votes.
    public var blank: Int?
    /// Registered electors.
    public var electorate: Int?
    /// Votes cast (turnout as a count).
    public var turnout: Int?
    /// Turnout in percent as written.
    public var turnoutPercent: Double?
    /// Majority: the winner's lead in votes.
    public var majority: Int?
    /// Majority in percent as written.
    public var majorityPercent: Double?
    /// The votes a candidate needs to be elected (single transferable vote).
    public var quota: Int?

    /// Creates totals.
    public init(valid: Int? = nil, invalid: Int? = nil, blank: Int? = nil, electorate: Int? = nil,
                turnout: Int? = nil, turnoutPercent: Double? = nil, majority: Int? = nil,
                majorityPercent: Double? = nil, quota: Int? = nil) {
        self.valid = valid
        self.invalid = invalid
        self.blank = blank
        self.electorate = electorate
        self.turnout = turnout
        self.turnoutPercent = turnoutPercent
        self.majority = majority
        self.majorityPercent = majorityPercent
        self.quota = quota
    }
}
