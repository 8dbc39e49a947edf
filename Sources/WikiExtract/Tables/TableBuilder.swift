import Wikitext
import WikiModel

/// Builds one `Table` from a `table` node: caption, attributes, written rows, the laid-out
/// grid, row facts and the header model. Index, section and parent are the extractor's job.
struct TableBuilder {
    /// The table (index 0, no section, no parent yet).
    private(set) var table: Table
    /// Grid slot of each written cell, by cell node id: where nested tables point.
    private(set) var cellOrigins: [Int32: GridPosition] = [:]

    /// Builds the table `id` with the page's cell reader; `holdsTables` says whether nested
    /// tables sit in its cells.
    init(_ id: Int32, reader: inout TableCellReader, holdsTables: Bool) {
        let document = reader.document
        reader.holdsTables = holdsTables
        var table = Table(index: 0, line: reader.line(of: document.range(of: id).lowerBound))
        // The written cells in row order (in the table's store), their spans as read, and how
        // many each row has.
        let (cellCount, rowCount) = Self.counts(id, document)
        var store = CellStore.Builder(source: document.source)
        store.reserveCapacity(cellCount)
        var spans: [(rowspan: Int, colspan: Int)] = []
        spans.reserveCapacity(cellCount)
        var counts: [Int] = []
        counts.reserveCapacity(rowCount)
        var rowIDs: [Int32] = []
        rowIDs.reserveCapacity(rowCount)
        var cellIDs: [Int32] = []
        var readAttributes = false
        var child = document.firstChild(of: id)
        while child >= 0 {
            switch document.kind(of: child) {
            case .tableAttributes where !readAttributes:
                readAttributes = true
                table.attributes = TableAttributes.parse(node: child, in: document)
            case .tableCaption where table.caption == nil:
                // The first caption counts; MediaWiki ignores later ones.
                let content = document.firstChild(of: child, kind: .cellContent)
                table.caption = content >= 0 ? reader.render(content).text : ""
            case .tableRow:
                let before = store.count
                var cell = document.firstChild(of: child)
                while cell >= 0 {
                    if document.kind(of: cell) == .tableCell {
                        let read = reader.read(cell, into: &store)
                        spans.append((read.rowspan, read.colspan))
                        if holdsTables { cellIDs.append(cell) }
                    }
                    cell = document.nextSibling(of: cell)
                }
                // MediaWiki emits no <tr> for a row with no cells.
                if store.count > before {
                    counts.append(store.count - before)
                    rowIDs.append(child)
                }
            default:
                break
            }
            child = document.nextSibling(of: child)
        }
        let lines = rowIDs.map { reader.line(of: document.range(of: $0).lowerBound) }
        let origins = TableAssembly.fill(&table, contents: .records(CellStore(store)), spans: spans, counts: counts,
                                         lines: lines)
        if holdsTables {
            cellOrigins.reserveCapacity(cellIDs.count)
            for (i, id) in cellIDs.enumerated() where origins[i].row >= 0 { cellOrigins[id] = origins[i].origin }
        }
        table.rowInfo = table.rows.indices.map { y in
            var info = RowInfo(line: y < lines.count ? lines[y] : (lines.last ?? table.line))
            if y < rowIDs.count {
                let attributes = document.firstChild(of: rowIDs[y], kind: .tableAttributes)
                if attributes >= 0 {
                    info.attributes = TableAttributes.parse(node: attributes, in: document)
                    info.styleParty = StyleParty.party(in: document.node(attributes))
                }
            }
            info.isSection = y >= table.headerRows && TableHeaders.isSectionRow(table.rows[y], at: y)
            return info
        }
        self.table = table
    }

    /// How many cells the rows of table `id` hold, and how many rows (a walk over siblings, to
    /// size the buffers once).
    private static func counts(_ id: Int32, _ document: WikitextDocument) -> (cells: Int, rows: Int) {
        var count = 0, rows = 0
        var row = document.firstChild(of: id)
        while row >= 0 {
            var cell = -1 as Int32
            if document.kind(of: row) == .tableRow {
                rows += 1
                cell = document.firstChild(of: row)
            }
            while cell >= 0 {
                if document.kind(of: cell) == .tableCell { count += 1 }
                cell = document.nextSibling(of: cell)
            }
            row = document.nextSibling(of: row)
        }
        return (count, rows)
    }
}
