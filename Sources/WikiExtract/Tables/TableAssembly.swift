import WikiModel

/// The step every table builder ends with, whatever syntax the cells were written in: lay the
/// written cells out (``TableLayout``), store them with the grid (``TableGrid``), and derive
/// the header model (``TableHeaders``).
enum TableAssembly {
    /// Lays out `cells` (written in row order, `counts[y]` in row `y`, `spans` as read) and fills
    /// `table.rows`, `rawRows`, `headerRows` and `columns`. Returns each written cell's grid
    /// slot (`[-1, -1]` when it fell outside the limits). `lines[y]` is the line of written row `y`.
    @discardableResult
    static func fill(_ table: inout Table, cells: consuming [Cell], spans: [(rowspan: Int, colspan: Int)],
                     counts: [Int], lines: [Int]) -> [GridPosition] {
        let layout = TableLayout(spans: spans, counts: counts)
        var origins: [GridPosition] = []
        origins.reserveCapacity(cells.count)
        // The stored cells carry the grid's spans; the written rows keep `spans` beside them.
        for (i, placement) in layout.placements.enumerated() {
            if let p = placement {
                cells[i].origin = GridPosition(row: p.row, col: p.col)
                cells[i].rowspan = p.rowspan
                cells[i].colspan = p.colspan
            } else {
                cells[i].origin = GridPosition(row: -1, col: -1)
            }
            origins.append(cells[i].origin)
        }
        let stored = TableGrid.cells(cells, layout, lines: lines, counts: counts, spans: spans)
        table.rows = GridRows(stored)
        table.rawRows = WrittenRows(stored)
        table.headerRows = TableHeaders.headerRowCount(table.rows)
        table.columns = TableHeaders.columnNames(table.rows, headerRows: table.headerRows, width: layout.width)
        return origins
    }
}
