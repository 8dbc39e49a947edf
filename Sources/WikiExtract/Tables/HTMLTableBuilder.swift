import WikiModel

/// Lays out a collected ``HTMLTableDraft`` as ``TableBuilder`` lays out a wikitable: the
/// HTML5 table algorithm over the spans (``TableLayout``), the rectangular grid
/// (``TableGrid``), the rows as written, and the header model (``TableHeaders``).
enum HTMLTableBuilder {
    /// The finished table (index, section and caption as the draft has them; parent not set)
    /// and the grid slot of every written cell, by draft row and cell: where nested tables point.
    /// `store` holds the contents of the draft's cells; `pageSlots` is the page's slot budget left.
    static func build(_ draft: HTMLTableDraft, store: CellStore, pageSlots: inout Int) -> (table: Table, origins: [[GridPosition]]) {
        var table = draft.table
        // Rows in drawing order: `<tfoot>` rows last; wikitext rows with no cells never became rows.
        var order: [Int] = []
        for pass in [false, true] {
            for (y, row) in draft.rows.enumerated() where row.foot == pass && !(row.wikitext && row.cells.isEmpty) {
                order.append(y)
            }
        }
        var records: [Int32] = []
        var spans: [(rowspan: Int, colspan: Int)] = []
        var counts: [Int] = []
        for y in order {
            for c in draft.rows[y].cells {
                records.append(c.record)
                spans.append((c.rowspan, c.colspan))
            }
            counts.append(draft.rows[y].cells.count)
        }
        let lines = order.map { draft.rows[$0].line }
        let placed = TableAssembly.fill(&table, contents: .indexed(store, records), spans: spans, counts: counts, lines: lines,
                                        pageSlots: &pageSlots)
        var origins = draft.rows.map { [GridPosition](repeating: GridPosition(row: -1, col: -1), count: $0.cells.count) }
        var flat = 0
        for y in order {
            for x in draft.rows[y].cells.indices {
                origins[y][x] = placed[flat].origin
                flat += 1
            }
        }
        table.rowInfo = table.rows.indices.map { y in
            var info = RowInfo(line: y < lines.count ? lines[y] : (lines.last ?? table.line))
            if y < order.count {
                info.attributes = draft.rows[order[y]].attributes
                info.styleParty = draft.rows[order[y]].styleParty
            }
            info.isSection = y >= table.headerRows && TableHeaders.isSectionRow(table.rows[y], at: y)
            return info
        }
        return (table, origins)
    }
}
