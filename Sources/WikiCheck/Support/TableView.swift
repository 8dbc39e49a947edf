import WikiModel

/// Read-only helpers over a table grid for the rules: written cells, row labels and roles,
/// column names.
struct TableView {
    let table: Table
    /// Each grid row's role, read once: rules ask for it per cell.
    private let roles: [RowRole]
    /// Each grid row's section flag, read once.
    private let sections: [Bool]
    /// Each column's leaf name as words (`Winner / Votes` → `votes`), read once.
    let leafWords: [[Substring]]

    init(_ table: Table) {
        self.table = table
        // Byte searches for `/` and spaces (`ByteText`): the `Character` ones cost most of the view.
        leafWords = table.columns.map { name in
            let leaf = ByteText.lastSlash(name).map { name[name.index(after: $0)...] } ?? Substring(name)
            return ByteText.splitAtSpaces(RowRole.words(String(leaf)))
        }
        sections = table.rows.indices.map { Self.computeIsSection(table, $0) }
        roles = table.rows.indices.map { Self.role(table.rows[$0]) }
    }

    /// Grid rows that hold written rows (rows past them only hold spans reaching down).
    var writtenRows: Int {
        table.rawRows.isEmpty ? table.rows.count : min(table.rows.count, table.rawRows.count)
    }

    /// The body rows (after the header rows) that were written.
    var bodyRows: Range<Int> { min(table.headerRows, writtenRows)..<writtenRows }

    /// Grid width.
    var width: Int { table.columns.count }

    /// The cell written at `(row, column)`: nil for a copy of a spanned cell and for an empty slot.
    func ownCell(_ row: Int, _ column: Int) -> Cell? {
        isOwn(row, column) ? table.rows[row][column] : nil
    }

    /// True when a cell was written at `(row, column)` (not a span copy, not an empty slot).
    func isOwn(_ row: Int, _ column: Int) -> Bool {
        guard row < table.rows.count, column < table.rows[row].count else { return false }
        let origin = table.rows[row][column].origin
        return origin.row == row && origin.col == column && !Self.isEmptySlot(table.rows[row][column])
    }

    /// True for a mid-table section row, or a row that one cell fills from edge to edge.
    func isSection(_ row: Int) -> Bool { sections[row] }

    // Loops here and in the rules index into rows instead of iterating cells: a `Cell` is a
    // large struct, and copying one costs a dozen reference-count operations.
    private static func computeIsSection(_ table: Table, _ row: Int) -> Bool {
        if row < table.rowInfo.count, table.rowInfo[row].isSection { return true }
        let cells = table.rows[row]
        guard cells.count > 1 else { return false }
        let origin = cells[0].origin
        for i in 1..<cells.count where cells[i].origin != origin { return false }
        return true
    }

    /// The row's label texts: its non-empty text cells before the first number.
    func labels(_ row: Int) -> [String] { Self.labels(table.rows[row]) }

    /// At most three: a row's role is written in its first label columns.
    private static func labels(_ cells: GridRow) -> [String] {
        var out: [String] = []
        forEachLabel(cells) { out.append($0); return true }
        return out
    }

    /// The role `labels(cells)` give the row: the first label with a role wins (no list built:
    /// this runs for every row).
    private static func role(_ cells: GridRow) -> RowRole {
        var found = RowRole.other
        forEachLabel(cells) { label in
            found = RowRole(label: label)
            return found == .other
        }
        return found
    }

    /// Calls `body` with the row's label texts in order (non-empty text cells before the first
    /// number, a repeat of the previous one skipped, at most three) until it returns false.
    private static func forEachLabel(_ cells: GridRow, _ body: (String) -> Bool) {
        var count = 0
        var last: String?
        for i in cells.indices {
            let value = cells[i].value  // read once: each read copies the value out of the cell
            if isNumber(value) || count == 3 { break }
            guard value.kind == .text else { continue }
            let text = cells[i].text
            guard !text.isEmpty, last != text else { continue }
            guard body(text) else { return }
            count += 1
            last = text
        }
    }

    /// The role its labels give the row; the first label with a role wins.
    func role(_ row: Int) -> RowRole { roles[row] }

    /// The row's label for messages: `Total`.
    func label(_ row: Int) -> String { labels(row).first.map(Format.oneLine) ?? "row \(row)" }

    /// The column's name, lower-cased, for keyword tests: `population (absolute) / 2001`.
    func name(_ column: Int) -> String {
        column < table.columns.count ? table.columns[column].lowercased() : ""
    }

    /// The last part of a grouped column name, lower-cased: `Winner / Votes` → `votes`.
    func leafName(_ column: Int) -> String {
        let name = self.name(column)
        guard let slash = name.lastIndex(of: "/") else { return name }
        return String(name[name.index(after: slash)...].drop { $0 == " " })
    }

    /// The column's name as shown: `Population (absolute) / 2001`.
    func displayName(_ column: Int) -> String {
        column < table.columns.count ? Format.oneLine(table.columns[column]) : "column \(column)"
    }

    /// The 1-based line of a grid row.
    func line(_ row: Int) -> Int {
        row < table.rowInfo.count ? table.rowInfo[row].line : table.line
    }

    /// A location pointing at a cell of this table.
    func location(row: Int, column: Int? = nil, line: Int? = nil) -> FindingLocation {
        FindingLocation(line: line ?? self.line(row), table: table.index, row: row, column: column)
    }

    /// True for the filler of a grid slot that no written cell covers (both spans 0).
    static func isEmptySlot(_ cell: Cell) -> Bool { cell.rowspan == 0 && cell.colspan == 0 }

    /// Whole and decimal numbers (not percents, changes or dates).
    static func isPlainNumber(_ value: Value) -> Bool {
        (value.kind == .integer || value.kind == .decimal) && value.number != nil
    }

    /// Any quantity a sum or share can be made of.
    static func isNumber(_ value: Value) -> Bool {
        switch value.kind {
        case .integer, .decimal, .percent: return value.number != nil
        default: return false
        }
    }

    /// True when the text stands for "no number here": empty, a dash, n/a, a question mark.
    static func isBlank(_ cell: Cell) -> Bool {
        guard cell.text.utf8.count <= 12 else { return false }  // the longest blank is a few letters
        let letters = String(cell.text.filter { $0.isLetter || $0.isNumber }).lowercased()
        return letters.isEmpty || ["na", "nil", "none", "tbd", "tba", "unknown"].contains(letters)
    }
}
