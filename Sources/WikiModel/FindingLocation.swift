/// Where a finding points. Every member is optional; a finding fills in what it knows.
///
/// `table`, `infobox` and `contest` are 1-based positions in the article's lists (`table` equals
/// `Table.index`); `row` and `column` are zero-based grid (or contest row) positions.
public struct FindingLocation: Codable, Sendable, Equatable {
    /// The input file.
    public var file: String?
    /// The 1-based line.
    public var line: Int?
    /// The table (`Table.index`).
    public var table: Int?
    /// The infobox, 1-based among the article's infoboxes.
    public var infobox: Int?
    /// The contest, 1-based among the article's contests.
    public var contest: Int?
    /// Zero-based grid row of a table, or row of a contest.
    public var row: Int?
    /// Zero-based grid column of a table.
    public var column: Int?
    /// The infobox field key, e.g. `seats1`.
    public var field: String?

    /// Creates a location.
    public init(file: String? = nil, line: Int? = nil, table: Int? = nil, infobox: Int? = nil,
                contest: Int? = nil, row: Int? = nil, column: Int? = nil, field: String? = nil) {
        self.file = file
        self.line = line
        self.table = table
        self.infobox = infobox
        self.contest = contest
        self.row = row
        self.column = column
        self.field = field
    }
}
