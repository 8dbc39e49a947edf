import WikiModel

/// Where the JSON objects of a grid's spanned cells were written, so that the other slots a
/// cell covers copy its bytes instead of writing it again: a cell's object depends only on
/// the cell (content, origin, spans) and the style, and an inline object is the same wherever
/// it stands. Valid while the output is not reset (one grid, within one document).
struct WrittenSpans {
    /// The spanned cell last written at its origin in a column.
    private struct Entry {
        var content: CellContent
        var origin: GridPosition
        var rowspan: Int
        var colspan: Int
        var bytes: Range<Int>
    }

    /// By origin column; made on the first spanned cell (most grids have none).
    private var byColumn: [Entry?] = []

    /// Notes that `cell`, written at its origin, is the object in `bytes` of the output.
    mutating func remember(_ cell: borrowing Cell, bytes: Range<Int>) {
        let col = cell.origin.col
        if col >= byColumn.count {
            byColumn.reserveCapacity(max(col + 1, 16))  // one allocation for the usual table
            while byColumn.count <= col { byColumn.append(nil) }
        }
        byColumn[col] = Entry(content: cell.content, origin: cell.origin, rowspan: cell.rowspan,
                              colspan: cell.colspan, bytes: bytes)
    }

    /// Where the object of `cell` (a slot repeating a spanned cell) was written, or nil when it
    /// was not (or another cell has been written at its column since).
    func bytes(of cell: borrowing Cell) -> Range<Int>? {
        let col = cell.origin.col
        guard col >= 0 && col < byColumn.count, let entry = byColumn[col] else { return nil }
        guard entry.origin == cell.origin && entry.rowspan == cell.rowspan && entry.colspan == cell.colspan
                && entry.content.isShared(with: cell.content) else { return nil }
        return entry.bytes
    }
}
