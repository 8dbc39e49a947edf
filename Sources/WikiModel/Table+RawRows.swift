/// How a written cell (an entry of `rawRows`) relates to the grid, so that writers can refer to
/// the grid instead of repeating the cell.
extension Table {
    /// Where the grid shows a written cell: its origin slot and its spans as written.
    public typealias WrittenReference = (origin: GridPosition, rowspan: Int, colspan: Int)

    /// True when the grid holds `cell` at its `origin`: the grid's cell there is the same cell,
    /// apart from the spans (the grid's are clamped, `rawRows` keeps them as written).
    public func holdsAtOrigin(_ cell: Cell) -> Bool {
        let row = cell.origin.row, col = cell.origin.col
        guard row >= 0, row < rows.count, col >= 0, col < rows.width(of: row) else { return false }
        return Cell.isSame(rows.cell(row, col), cell)
    }

    /// `rawRows[row][index]` as a reference into the grid, or nil when the grid does not hold
    /// it at its origin (a cell left out by the limits). Decided from where the cells are
    /// stored when the grid and the written rows share them (every built table): no cell is copied.
    @inlinable
    public func writtenReference(row: Int, at index: Int) -> WrittenReference? {
        if rawRows.shares(rows) { return rawRows.reference(row: row, at: index, in: rows) }
        let cell = rawRows[row][index]
        return holdsAtOrigin(cell) ? (cell.origin, cell.rowspan, cell.colspan) : nil
    }

    /// The written cell a `rawRows` reference `[row, col, rowspan, colspan]` stands for: the
    /// grid's cell at `[row, col]` with the spans as written; nil when the grid has no such slot.
    public func writtenCell(row: Int, col: Int, rowspan: Int, colspan: Int) -> Cell? {
        guard row >= 0, row < rows.count, col >= 0, col < rows.width(of: row) else { return nil }
        var cell = rows.cell(row, col)
        cell.rowspan = rowspan
        cell.colspan = colspan
        return cell
    }
}

extension Cell {
    /// Equality apart from the spans (the grid's are clamped, `rawRows` keeps them as written),
    /// holding even when a number is NaN; shared content compares by identity first.
    static func isSame(_ a: Cell, _ b: Cell) -> Bool {
        a.origin == b.origin && a.content.equals(b.content)
    }
}
