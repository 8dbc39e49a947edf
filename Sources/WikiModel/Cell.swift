/// One table cell. In a grid, a spanned cell is repeated in every slot it covers, and `origin`
/// names the slot where it was written.
///
/// What a cell says (text, raw, attributes, links, value, notes …) lives in one shared,
/// immutable ``CellContent``: the slots a spanned cell covers and the same cell in `rawRows`
/// all hold the one content, so copying a cell is one retain, not a dozen. Only the placement
/// (`origin`, `rowspan`, `colspan`), which differs between the grid and the rows as written,
/// is stored per copy. Setting a content property gives this copy its own content.
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
    public var text: String {
        get { content.text }
        set { content = content.with { $0.text = newValue } }
    }
    /// The cell's content wikitext as written (attributes excluded).
    public var raw: String {
        get { content.raw }
        set { content = content.with { $0.raw = newValue } }
    }
    /// True for a header cell (written with `!`).
    public var header: Bool {
        get { content.header }
        set { content = content.with { $0.header = newValue } }
    }
    /// The 1-based line where the cell starts.
    public var line: Int {
        get { content.line }
        set { content = content.with { $0.line = newValue } }
    }
    /// The cell's attributes in source order (junk kept as a key with an empty value).
    public var attributes: OrderedPairs<String> {
        get { content.attributes }
        set { content = content.with { $0.attributes = newValue } }
    }
    /// The party a `{{party color|…}}`-style background names, or nil.
    public var styleParty: String? {
        get { content.styleParty }
        set { content = content.with { $0.styleParty = newValue } }
    }
    /// Wikilinks in the cell, in order.
    public var links: [Link] {
        get { content.links }
        set { content = content.with { $0.links = newValue } }
    }
    /// The typed value parsed from `text`.
    public var value: Value {
        get { content.value }
        set { content = content.with { $0.value = newValue } }
    }
    /// Footnotes taken out of the cell.
    public var notes: [Note] {
        get { content.notes }
        set { content = content.with { $0.notes = newValue } }
    }
}

extension Cell: Equatable {
    /// Cells are equal when placement and content are; shared content compares by identity.
    public static func == (a: Cell, b: Cell) -> Bool {
        a.origin == b.origin && a.rowspan == b.rowspan && a.colspan == b.colspan && a.content.equals(b.content)
    }
}
