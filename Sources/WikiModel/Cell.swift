/// One table cell. In a grid, a spanned cell is repeated in every slot it covers, and `origin`
/// names the slot where it was written.
public struct Cell: Codable, Sendable, Equatable {
    /// The cell rendered to plain text, footnotes removed.
    public var text: String
    /// The cell's content wikitext as written (attributes excluded).
    public var raw: String
    /// True for a header cell (written with `!`).
    public var header: Bool
    /// The grid slot of the cell's top-left corner.
    public var origin: GridPosition
    /// Rows spanned, after clamping (1 when not spanned).
    public var rowspan: Int
    /// Columns spanned, after clamping (1 when not spanned).
    public var colspan: Int
    /// The 1-based line where the cell starts.
    public var line: Int
    /// The cell's attributes in source order (junk kept as a key with an empty value).
    public var attributes: OrderedPairs<String>
    /// The party a `{{party color|…}}`-style background names, or nil.
    public var styleParty: String?
    /// Wikilinks in the cell, in order.
    public var links: [Link]
    /// The typed value parsed from `text`.
    public var value: Value
    /// Footnotes taken out of the cell.
    public var notes: [Note]

    /// Creates a cell.
    public init(text: String, raw: String, header: Bool = false, origin: GridPosition,
                rowspan: Int = 1, colspan: Int = 1, line: Int, attributes: OrderedPairs<String> = OrderedPairs(),
                styleParty: String? = nil, links: [Link] = [], value: Value = Value(kind: .text),
                notes: [Note] = []) {
        self.text = text
        self.raw = raw
        self.header = header
        self.origin = origin
        self.rowspan = rowspan
        self.colspan = colspan
        self.line = line
        self.attributes = attributes
        self.styleParty = styleParty
        self.links = links
        self.value = value
        self.notes = notes
    }
}
