import Wikitext
import WikiModel

/// Builds one `Table` from a `table` node: caption, attributes, written rows, the laid-out
/// grid, row facts and the header model. Index, section and parent are the extractor's job.
struct TableBuilder {
    /// The table (index 0, no section, no parent yet).
    private(set) var table: Table
    /// Grid slot of each written cell, by cell node id: where nested tables point.
    private(set) var cellOrigins: [Int32: GridPosition] = [:]

    /// Builds the table of `node`; `holdsTables` says whether nested tables sit in its cells.
    init(_ node: Node, holdsTables: Bool = true) {
        var table = Table(index: 0, line: node.line)
        if let attributes = node.child(.tableAttributes) { table.attributes = TableAttributes.parse(attributes.text) }
        var written: [TableCellReader.Written] = []
        var cellIDs: [Int32] = []
        var counts: [Int] = []
        var rowNodes: [Node] = []
        for child in node.children {
            switch child.kind {
            case .tableCaption where table.caption == nil:
                // The first caption counts; MediaWiki ignores later ones.
                table.caption = child.child(.cellContent).map { TableCellReader.render($0, holdsTables: holdsTables).text } ?? ""
            case .tableRow:
                let cells = child.children(.tableCell)
                guard !cells.isEmpty else { continue }  // MediaWiki emits no <tr> for a row with no cells
                for cell in cells {
                    written.append(TableCellReader.read(cell, holdsTables: holdsTables))
                    cellIDs.append(cell.id)
                }
                counts.append(cells.count)
                rowNodes.append(child)
            default:
                break
            }
        }
        let layout = TableLayout(rows: Self.spans(written, counts: counts))
        for (i, id) in cellIDs.enumerated() {
            if holdsTables, let p = layout.placements[i] { cellOrigins[id] = GridPosition(row: p.row, col: p.col) }
        }
        let lines = rowNodes.map(\.line)
        table.rows = TableGrid.rows(written, layout, lines: lines)
        table.rawRows = TableGrid.rawRows(written, layout, counts: counts)
        table.headerRows = TableHeaders.headerRowCount(table.rows)
        table.columns = TableHeaders.columnNames(table.rows, headerRows: table.headerRows, width: layout.width)
        table.rowInfo = table.rows.indices.map { y in
            var info = RowInfo(line: y < lines.count ? lines[y] : (lines.last ?? table.line))
            if y < rowNodes.count, let attributes = rowNodes[y].child(.tableAttributes) {
                info.attributes = TableAttributes.parse(attributes.text)
                info.styleParty = StyleParty.party(in: attributes)
            }
            info.isSection = y >= table.headerRows && TableHeaders.isSectionRow(table.rows[y], at: y)
            return info
        }
        self.table = table
    }

    private static func spans(_ written: [TableCellReader.Written], counts: [Int]) -> [[(rowspan: Int, colspan: Int)]] {
        var rows: [[(rowspan: Int, colspan: Int)]] = []
        rows.reserveCapacity(counts.count)
        var i = 0
        for n in counts {
            rows.append(written[i..<(i + n)].map { ($0.rowspan, $0.colspan) })
            i += n
        }
        return rows
    }
}
