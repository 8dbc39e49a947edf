import WikiModel

/// The step every table builder ends with, whatever syntax the cells were written in: lay the
/// written cells out (``TableLayout``), fill the grid (``TableGrid``), the rows as written and
/// the header model (``TableHeaders``).
enum TableAssembly {
    /// Lays out `cells` (written in row order, `counts[y]` in row `y`, `spans` as read) and fills
    /// `table.rows`, `rawRows`, `headerRows` and `columns`. Afterwards each entry of `cells`
    /// holds its slot as `origin` (`[-1, -1]` when it fell outside the limits) and its spans
    /// as written. `lines[y]` is the line of written row `y`.
    static func fill(_ table: inout Table, cells: inout [Cell], spans: [(rowspan: Int, colspan: Int)],
                     counts: [Int], lines: [Int]) {
        let layout = TableLayout(spans: spans, counts: counts)
        // Grid spans first (the grid repeats each cell), then the spans as written (rawRows).
        for (i, placement) in layout.placements.enumerated() {
            if let p = placement {
                cells[i].origin = GridPosition(row: p.row, col: p.col)
                cells[i].rowspan = p.rowspan
                cells[i].colspan = p.colspan
            } else {
                cells[i].origin = GridPosition(row: -1, col: -1)
            }
        }
        table.rows = TableGrid.rows(cells, layout, lines: lines)
        for i in cells.indices {
            cells[i].rowspan = spans[i].rowspan
            cells[i].colspan = spans[i].colspan
        }
        var start = 0
        table.rawRows = counts.map { n in
            defer { start += n }
            return Array(cells[start..<(start + n)])
        }
        table.headerRows = TableHeaders.headerRowCount(table.rows)
        table.columns = TableHeaders.columnNames(table.rows, headerRows: table.headerRows, width: layout.width)
    }
}
