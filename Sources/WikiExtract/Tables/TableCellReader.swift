import Wikitext
import WikiModel

/// Reads one `tableCell` (or caption) node into a model `Cell`. The parser has already split
/// the cells, so templates rendered here can never move a cell boundary.
enum TableCellReader {
    /// A cell as written: the model cell (origin not yet known) and its spans as HTML reads them.
    struct Written {
        var cell: Cell
        /// Clamped rowspan; 0 means "to the end of the row group".
        var rowspan: Int
        /// Clamped colspan (at least 1).
        var colspan: Int
    }

    /// Reads a cell node; `holdsTables` false skips the search for nested tables.
    static func read(_ node: Node, holdsTables: Bool = true) -> Written {
        let attributeNode = node.child(.cellAttributes)
        let attributes = attributeNode.map { TableAttributes.parse($0.text) } ?? OrderedPairs()
        let content = node.child(.cellContent)
        let rendered = content.map { render($0, holdsTables: holdsTables) } ?? RenderedText()
        let cell = Cell(
            text: rendered.text, raw: content?.text ?? "", header: node.flags.contains(.header),
            origin: GridPosition(row: 0, col: 0), line: node.line, attributes: attributes,
            styleParty: StyleParty.party(in: attributeNode), links: rendered.links,
            value: ValueMapping.value(of: rendered.text), notes: rendered.notes)
        return Written(cell: cell,
                       rowspan: TableLimits.rowspan(TableAttributes.value("rowspan", in: attributes)),
                       colspan: TableLimits.colspan(TableAttributes.value("colspan", in: attributes)))
    }

    /// Plain text of a cell's content; nested tables are tables of their own, not cell text.
    static func render(_ content: Node, holdsTables: Bool = true) -> RenderedText {
        guard holdsTables else { return PlainText.render(content) }
        let parts = Array(content.children)
        if !parts.contains(where: { $0.kind == .table }) { return PlainText.render(content) }
        return PlainText.render(nodes: parts.filter { $0.kind != .table })
    }
}
