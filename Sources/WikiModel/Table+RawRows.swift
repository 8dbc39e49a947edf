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
    /// holding even when a number is NaN. Read through pointers, member by member, without
    /// calling methods on members (that would copy them out first); shared strings and arrays
    /// compare by identity first.
    static func isSame(_ a: UnsafePointer<Cell>, _ b: UnsafePointer<Cell>) -> Bool {
        func same(_ x: Double?, _ y: Double?) -> Bool { x == y || (x?.isNaN == true && y?.isNaN == true) }
        return a.pointee.origin == b.pointee.origin && a.pointee.header == b.pointee.header
            && a.pointee.line == b.pointee.line && a.pointee.text == b.pointee.text
            && a.pointee.raw == b.pointee.raw
            && a.pointee.value.kind == b.pointee.value.kind && a.pointee.value.status == b.pointee.value.status
            && same(a.pointee.value.number, b.pointee.value.number) && same(a.pointee.value.low, b.pointee.value.low)
            && same(a.pointee.value.high, b.pointee.value.high)
            && a.pointee.value.unit == b.pointee.value.unit && a.pointee.value.iso == b.pointee.value.iso
            && a.pointee.styleParty == b.pointee.styleParty && a.pointee.attributes == b.pointee.attributes
            && a.pointee.links == b.pointee.links && a.pointee.notes == b.pointee.notes
    }
}
