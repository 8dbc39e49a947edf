/// How a written cell (an entry of `rawRows`) relates to the grid, so that writers can refer to
/// the grid instead of repeating the cell.
extension Table {
    /// True when the grid holds `cell` at its `origin`: the grid's cell there is the same cell,
    /// apart from the spans (the grid's are clamped, `rawRows` keeps them as written).
    public func holdsAtOrigin(_ cell: Cell) -> Bool {
        withUnsafePointer(to: cell) { holds($0) }
    }

    /// ``holdsAtOrigin(_:)`` for `rawRows[row][index]`, read in place (writers ask this for
    /// every written cell; copying cells would retain and release each of their members).
    public func holdsWrittenCell(row: Int, at index: Int) -> Bool {
        rawRows[row].withUnsafeBufferPointer { written in holds(written.baseAddress! + index) }
    }

    private func holds(_ cell: UnsafePointer<Cell>) -> Bool {
        let row = cell.pointee.origin.row, col = cell.pointee.origin.col
        guard row >= 0, row < rows.count else { return false }
        return rows[row].withUnsafeBufferPointer { grid in
            col >= 0 && col < grid.count && Cell.isSame(grid.baseAddress! + col, cell)
        }
    }

    /// The written cell a `rawRows` reference `[row, col, rowspan, colspan]` stands for: the
    /// grid's cell at `[row, col]` with the spans as written; nil when the grid has no such slot.
    public func writtenCell(row: Int, col: Int, rowspan: Int, colspan: Int) -> Cell? {
        guard row >= 0, row < rows.count, col >= 0, col < rows[row].count else { return nil }
        var cell = rows[row][col]
        cell.rowspan = rowspan
        cell.colspan = colspan
        return cell
    }
}

extension Cell {
    /// Equality apart from the spans (the grid's are clamped, `rawRows` keeps them as written),
    /// holding even when a number is NaN; shared content compares by identity first.
    static func isSame(_ a: UnsafePointer<Cell>, _ b: UnsafePointer<Cell>) -> Bool {
        a.pointee.origin == b.pointee.origin && a.pointee.content.equals(b.pointee.content)
    }
}
