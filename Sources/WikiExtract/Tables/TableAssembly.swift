import WikiModel

/// The step every table builder ends with, whatever syntax the cells were written in: lay the
/// written cells out (``TableLayout``), store them with the grid (``TableCells``), and derive
/// the header model (``TableHeaders``).
enum TableAssembly {
    /// Lays out the written cells (`contents`, in row order, `counts[y]` in row `y`, `spans` as
    /// read) and fills `table.rows`, `rawRows`, `headerRows` and `columns`. Returns each written
    /// cell's placement (its `origin` is `[-1, -1]` when it fell outside the limits). `lines[y]`
    /// is the line of written row `y`. `pageSlots` is what is left of the page's slot budget
    /// (`TableLimits.maxPageSlots`): the table takes its slots from it, and always gets room for
    /// four slots a written cell.
    @discardableResult
    static func fill(_ table: inout Table, contents: TableCells.Contents, spans: [(rowspan: Int, colspan: Int)],
                     counts: [Int], lines: [Int], pageSlots: inout Int) -> [TableCells.Placement] {
        // Past the page's budget a table still gets room for its written cells four times over
        // (real tables cover ~1.1 slots a cell: Corpus/ 28,712 slots for 26,355 cells).
        let maxSlots = min(TableLimits.maxSlots, max(pageSlots, 4 * spans.count, 1024))
        let layout = TableLayout(spans: spans, counts: counts, maxSlots: maxSlots)
        pageSlots = max(0, pageSlots - layout.width * layout.height)
        let stored = TableCells(contents: contents, placements: layout.placements, spans: spans, counts: counts,
                                slots: layout.slots, width: layout.width, lines: lines)
        table.rows = GridRows(stored)
        table.rawRows = WrittenRows(stored)
        table.headerRows = TableHeaders.headerRowCount(table.rows)
        table.columns = TableHeaders.columnNames(table.rows, headerRows: table.headerRows, width: layout.width)
        return layout.placements
    }
}
