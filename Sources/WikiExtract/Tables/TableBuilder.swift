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
        // The page's scratch lists, taken from the reader (so that reading cells into it does
        // not overlap) and handed back at the end: a table allocates none of its own.
        var scratch = reader.scratch
        reader.scratch = TableScratch()
        defer { reader.scratch = scratch }
        scratch.clear()
        scratch.spans.reserveCapacity(cellCount)
        scratch.counts.reserveCapacity(rowCount)
        scratch.rowIDs.reserveCapacity(rowCount)
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
                    let kind = document.kind(of: cell)
                    if kind == .tableCell {
                        let read = reader.read(cell, into: &store)
                        scratch.spans.append((read.rowspan, read.colspan))
                        if holdsTables { scratch.cellIDs.append(cell) }
                        if read.second >= 0 {  // a template wrote a second cell
                            scratch.spans.append((1, 1))
                            if holdsTables { scratch.cellIDs.append(cell) }
                        }
                    } else if kind == .template {
                        Self.readRowTemplate(cell, reader: &reader, into: &store, scratch: &scratch, holdsTables: holdsTables)
                    }
                    cell = document.nextSibling(of: cell)
                }
                // MediaWiki emits no <tr> for a row with no cells.
                if store.count > before {
                    scratch.counts.append(store.count - before)
                    scratch.rowIDs.append(child)
                }
            default:
                break
            }
            child = document.nextSibling(of: child)
        }
        scratch.lines.reserveCapacity(scratch.rowIDs.count)
        for id in scratch.rowIDs { scratch.lines.append(reader.line(of: document.range(of: id).lowerBound)) }
        let lines = scratch.lines, rowIDs = scratch.rowIDs
        let origins = TableAssembly.fill(&table, contents: .records(CellStore(store)), spans: scratch.spans,
                                         counts: scratch.counts, lines: lines, pageSlots: &reader.pageSlots)
        if holdsTables {
            cellOrigins.reserveCapacity(scratch.cellIDs.count)
            // A nested table in a cell read as two belongs to the first.
            for (i, id) in scratch.cellIDs.enumerated() where origins[i].row >= 0 && cellOrigins[id] == nil {
                cellOrigins[id] = origins[i].origin
            }
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

    /// A template on a row's own line that writes cells (``RowCellTemplates``): its cells, each
    /// 1 × 1. Out of line: rare, and inlined it slowed the loop over every cell.
    @inline(never)
    private static func readRowTemplate(_ id: Int32, reader: inout TableCellReader, into store: inout CellStore.Builder,
                                        scratch: inout TableScratch, holdsTables: Bool) {
        guard let written = RowCellTemplates.cells(id, in: reader.document) else { return }
        let count = reader.readRowTemplate(id, party: written.party, name: written.name, into: &store)
        for _ in 0..<count {
            scratch.spans.append((1, 1))
            if holdsTables { scratch.cellIDs.append(id) }
        }
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

/// The lists a ``TableBuilder`` fills per table, kept by the page's ``TableCellReader`` and
/// reused from table to table (emptied, capacity kept).
struct TableScratch {
    /// The written cells' spans as read, in row order.
    var spans: [(rowspan: Int, colspan: Int)] = []
    /// How many cells each written row has.
    var counts: [Int] = []
    /// The row node of each written row, and its line.
    var rowIDs: [Int32] = []
    var lines: [Int] = []
    /// The cell node of each written cell (only for a table holding tables).
    var cellIDs: [Int32] = []

    /// Empties every list, keeping its memory.
    mutating func clear() {
        spans.removeAll(keepingCapacity: true)
        counts.removeAll(keepingCapacity: true)
        rowIDs.removeAll(keepingCapacity: true)
        lines.removeAll(keepingCapacity: true)
        cellIDs.removeAll(keepingCapacity: true)
    }
}
