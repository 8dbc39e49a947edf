/// Facts about one grid row of a table that belong to the row, not to a cell.
public struct RowInfo: Codable, Sendable, Equatable {
    /// The 1-based line where the row starts (`|-`, or the table start for the first row).
    public var line: Int
    /// True for a mid-table section row (one cell spanning the whole width).
    public var isSection: Bool
    /// The row's attributes (`|- style=…`) in source order.
    public var attributes: OrderedPairs<String>
    /// The party a `{{party color|…}}`-style row background names, or nil.
    public var styleParty: String?

    /// Creates row facts.
    public init(line: Int, isSection: Bool = false, attributes: OrderedPairs<String> = OrderedPairs(), styleParty: String? = nil) {
        self.line = line
        self.isSection = isSection
        self.attributes = attributes
        self.styleParty = styleParty
    }
}
