/// One table cell. In a grid, a spanned cell is repeated in every slot it covers, and `origin`
/// names the slot where it was written.
///
/// What a cell says (text, raw, attributes, links, value, notes …) is one record of an
/// immutable ``CellStore`` (``CellContent`` is the view of it): the slots a spanned cell covers
/// and the same cell in `rawRows` all hold the one record, so copying a cell is one retain, not
/// a dozen. Only the placement
/// (`origin`, `rowspan`, `colspan`), which differs between the grid and the rows as written,
/// is stored per copy. ``update(_:)`` gives this copy a changed content of its own.
public struct Cell: Sendable {
    /// The shared content; replaced, never mutated, when a content property is set.
    public private(set) var content: CellContent
    /// The grid slot of the cell's top-left corner.
    public var origin: GridPosition
    /// Rows spanned, after clamping (1 when not spanned).
    public var rowspan: Int
    /// Columns spanned, after clamping (1 when not spanned).
    public var colspan: Int

    /// Creates a cell.
    public init(text: String, raw: String, header: Bool = false, origin: GridPosition,
                rowspan: Int = 1, colspan: Int = 1, line: Int, attributes: OrderedPairs<String> = OrderedPairs(),
                styleParty: String? = nil, links: [Link] = [], value: Value = Value(kind: .text),
                notes: [Note] = []) {
        content = CellContent(text: text, raw: raw, header: header, line: line, attributes: attributes,
                              styleParty: styleParty, links: links, value: value, notes: notes)
        self.origin = origin
        self.rowspan = rowspan
        self.colspan = colspan
    }

    /// A cell placed at `origin` with `content` shared, not copied.
    public init(content: CellContent, origin: GridPosition, rowspan: Int = 1, colspan: Int = 1) {
        self.content = content
        self.origin = origin
        self.rowspan = rowspan
        self.colspan = colspan
    }

    /// The cell rendered to plain text, footnotes removed.
    public var text: String { content.text }
    /// The cell's content wikitext as written (attributes excluded).
    public var raw: String { content.raw }
    /// True for a header cell (written with `!`).
    public var header: Bool { content.header }
    /// The 1-based line where the cell starts.
    public var line: Int { content.line }
    /// The cell's attributes in source order (junk kept as a key with an empty value).
    public var attributes: OrderedPairs<String> { content.attributes }
    /// The party a `{{party color|…}}`-style background names, or nil.
    public var styleParty: String? { content.styleParty }
    /// Wikilinks in the cell, in order.
    public var links: [Link] { content.links }
    /// The typed value parsed from `text`.
    public var value: Value { content.value }
    /// Footnotes taken out of the cell.
    public var notes: [Note] { content.notes }
}

extension Cell {
    /// Changes content members of this copy only (other copies keep the old content), making
    /// one new content however many members change.
    public mutating func update(_ change: (inout CellContent.Fields) -> Void) {
        content = content.with(change)
    }
}

extension Cell: Equatable {
    /// Cells are equal when placement and content are; shared content compares by identity.
    public static func == (a: Cell, b: Cell) -> Bool {
        a.origin == b.origin && a.rowspan == b.rowspan && a.colspan == b.colspan && a.content.equals(b.content)
    }
}
