/// One wikitable (`{| … |}`) as the rectangular grid a browser would draw, plus the rows as written.
public struct Table: Codable, Sendable, Equatable {
    /// Where a nested table sits: the enclosing table's `index` and the grid slot of the enclosing cell.
    public struct Parent: Codable, Sendable, Equatable {
        /// The enclosing table's `index`.
        public var table: Int
        /// Zero-based grid row of the enclosing cell.
        public var row: Int
        /// Zero-based grid column of the enclosing cell.
        public var col: Int

        /// Creates a parent reference.
        public init(table: Int, row: Int, col: Int) {
            self.table = table
            self.row = row
            self.col = col
        }
    }

    /// 1-based position among the article's tables, in source order.
    public var index: Int
    /// The heading of the section the table sits in, or nil before the first heading.
    public var section: String?
    /// The caption (`|+`) as plain text; nil when there is none, "" when it is empty.
    public var caption: String?
    /// The 1-based line of `{|`.
    public var line: Int
    /// The table's attributes (`class="wikitable sortable"`) in source order.
    public var attributes: OrderedPairs<String>
    /// How many leading grid rows are header rows.
    public var headerRows: Int
    /// One derived name per grid column (unique, `"Winner / Party"` style for grouped headers).
    public var columns: [String]
    /// Every grid row, header rows first; each has `columns.count` cells.
    public var rows: GridRows
    /// Per-row facts, one per entry of `rows`.
    public var rowInfo: [RowInfo]
    /// The rows as written: each row's own cells with their `rowspan`/`colspan`, before layout.
    public var rawRows: WrittenRows
    /// The enclosing cell of a nested table, or nil.
    public var parent: Parent?

    /// Creates a table.
    public init(index: Int, section: String? = nil, caption: String? = nil, line: Int,
                attributes: OrderedPairs<String> = OrderedPairs(), headerRows: Int = 0, columns: [String] = [],
                rows: [[Cell]] = [], rowInfo: [RowInfo] = [], rawRows: [[Cell]] = [], parent: Parent? = nil) {
        self.index = index
        self.section = section
        self.caption = caption
        self.line = line
        self.attributes = attributes
        self.headerRows = headerRows
        self.columns = columns
        self.rows = GridRows(rows)
        self.rowInfo = rowInfo
        self.rawRows = WrittenRows(rawRows)
        self.parent = parent
    }
}
