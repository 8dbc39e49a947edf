/// One election contest (a national result, a ward, a constituency) in a single shape,
/// whichever of the wikitext forms it came from.
public struct Contest: Codable, Sendable, Equatable {
    /// The wikitext form the contest was read from.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// `{{Election results}}` (Module:Election results).
        case electionResults = "election-results"
        /// The `{{Election box …}}` family.
        case electionBox = "election-box"
        /// The `{{Election summary …}}` family.
        case electionSummary = "election-summary"
        /// A results wikitable.
        case resultsTable = "results-table"
        /// The party groups of an `{{Infobox election}}`.
        case infobox
    }

    /// The wikitext form the contest was read from.
    public var kind: Kind
    /// What was contested (ward, constituency or body), when stated.
    public var title: String?
    /// The heading of the section the contest sits in.
    public var section: String?
    /// The 1-based line where the contest starts.
    public var line: Int
    /// Seat types in column order (`General`, `Women`, `Minority`, `Total`); empty when none.
    public var seatTypes: [String]
    /// One row per party or candidate, in source order.
    public var rows: [ContestRow]
    /// The totals stated by the source.
    public var totals: ContestTotals
    /// Hold or gain, when stated (election boxes).
    public var outcome: ContestOutcome?

    /// Creates a contest.
    public init(kind: Kind, title: String? = nil, section: String? = nil, line: Int, seatTypes: [String] = [],
                rows: [ContestRow] = [], totals: ContestTotals = ContestTotals(), outcome: ContestOutcome? = nil) {
        self.kind = kind
        self.title = title
        self.section = section
        self.line = line
        self.seatTypes = seatTypes
        self.rows = rows
        self.totals = totals
        self.outcome = outcome
    }
}
