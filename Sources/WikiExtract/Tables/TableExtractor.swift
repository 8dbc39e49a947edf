import Wikitext
import WikiModel

/// Every table of a page as a `Table`: the grid a browser draws plus the header model, in
/// source order, nested tables included (each names its enclosing cell). Wikitables (`{| … |}`)
/// and tables written with HTML tags (`<table>`, `<tr>`, `<td>`, `<th>`), mixed in any way.
///
/// ```swift
/// let tables = TableExtractor.extract(WikitextDocument(parsing: bytes))
/// print(tables[0].columns, tables[0].rows.count)
/// ```
///
/// Grid conventions: see ``TableGrid`` (empty slots) and ``TableLimits`` (bounds).
public enum TableExtractor {
    /// The tables of a document, 1-based `index` in order of their `{|` or `<table>`.
    public static func extract(_ doc: WikitextDocument) -> [Table] {
        // HTML table tags are rare: only a page that holds one is read the browser's way.
        if HTMLTableTag.mayOccur(in: doc.source), let tables = HTMLTableWalk.tables(doc) { return limitingNesting(tables) }
        return limitingNesting(wikitables(doc))
    }

    /// `tables` without those nested deeper than ``TableLimits/maxNesting``, the rest
    /// renumbered (indexes and parent references). Source pre-order puts a parent before its
    /// children, so one pass finds every depth; a dropped table's nested tables go with it.
    static func limitingNesting(_ tables: [Table]) -> [Table] {
        guard tables.contains(where: { $0.parent != nil }) else { return tables }  // nothing nested
        var depth = [Int](repeating: 0, count: tables.count)
        var deepest = 0
        for (i, table) in tables.enumerated() {
            if let parent = table.parent, parent.table >= 1, parent.table <= i { depth[i] = depth[parent.table - 1] + 1 }
            deepest = max(deepest, depth[i])
        }
        guard deepest > TableLimits.maxNesting else { return tables }
        var newIndex = [Int](repeating: 0, count: tables.count)
        var kept: [Table] = []
        for (i, table) in tables.enumerated() where depth[i] <= TableLimits.maxNesting {
            var table = table
            table.index = kept.count + 1
            newIndex[i] = table.index
            if let parent = table.parent { table.parent?.table = newIndex[parent.table - 1] }
            kept.append(table)
        }
        return kept
    }

    /// The wikitables of a page with no HTML table tag.
    static func wikitables(_ doc: WikitextDocument) -> [Table] {
        var reader = TableCellReader(doc)
        return wikitables(doc.nodes(of: .table), firstIndex: 1, reader: &reader, sections: SectionIndex(doc))
    }

    /// The wikitables `nodes` (source pre-order: a nested table after the one holding it),
    /// numbered from `firstIndex`. A table whose enclosing table is not among `nodes` gets no
    /// parent (the HTML walk anchors such a table itself).
    static func wikitables(_ nodes: [Node], firstIndex: Int, reader: inout TableCellReader, sections: SectionIndex) -> [Table] {
        var tables: [Table] = []
        tables.reserveCapacity(nodes.count)
        var indexByNode: [Int32: Int] = [:]
        var cellOrigins: [Int32: GridPosition] = [:]
        for (i, node) in nodes.enumerated() {
            // Pre-order: a table holds nested tables iff the next table starts inside it.
            let holdsTables = i + 1 < nodes.count && node.range.contains(nodes[i + 1].range.lowerBound)
            let builder = TableBuilder(node.id, reader: &reader, holdsTables: holdsTables)
            var table = builder.table
            table.index = firstIndex + tables.count
            table.section = sections.innermostTitle(at: node.range.lowerBound)
            // Only a table holding tables can enclose a later one (pre-order: the first table
            // after an enclosing one starts inside it), so only those are remembered, and a
            // table has no parent to look for while none has been seen.
            if !indexByNode.isEmpty {
                table.parent = parent(of: node, indexByNode: indexByNode, cellOrigins: cellOrigins)
            }
            if holdsTables {
                indexByNode[node.id] = table.index
                cellOrigins.merge(builder.cellOrigins) { a, _ in a }
            }
            tables.append(table)
        }
        return tables
    }

    /// The enclosing cell of a nested table: the nearest `tableCell` (or caption) above it and
    /// that cell's table. A table in a caption points at slot `[-1, -1]`.
    private static func parent(of node: Node, indexByNode: [Int32: Int], cellOrigins: [Int32: GridPosition]) -> Table.Parent? {
        var cell: Node?
        var up = node.parent
        while let n = up {
            switch n.kind {
            case .tableCell, .tableCaption:
                if cell == nil { cell = n }
            case .table:
                guard let index = indexByNode[n.id] else { return nil }
                let slot = cell.flatMap { cellOrigins[$0.id] } ?? GridPosition(row: -1, col: -1)
                return Table.Parent(table: index, row: slot.row, col: slot.col)
            default:
                break
            }
            up = n.parent
        }
        return nil
    }
}
