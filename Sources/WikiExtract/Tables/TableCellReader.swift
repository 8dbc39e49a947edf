import Glibc
import Wikitext
import WikiModel

/// Reads `tableCell` (and caption) nodes into model `Cell`s. The parser has already split the
/// cells, so templates rendered here can never move a cell boundary.
///
/// One reader serves every table of a page: its renderer's buffers and its line cursor carry
/// over from cell to cell, so a plain cell costs a fold of its bytes and two strings.
struct TableCellReader {
    let document: WikitextDocument
    /// Whether the page has a table inside a table (else cells need no search for them).
    var holdsTables = true
    private var renderer = PlainTextRenderer()
    private var lines: LineIndex.Cursor

    init(_ document: WikitextDocument) {
        self.document = document
        lines = document.lines.cursor
        renderer.collectTemplates = false
    }

    /// The 1-based line of a source offset.
    mutating func line(of offset: Int) -> Int { lines.line(of: offset) }

    /// Reads the cell `id`: the model cell (origin not yet known) and its spans as HTML reads
    /// them (rowspan clamped, 0 meaning "to the end of the row group"; colspan at least 1).
    mutating func read(_ id: Int32) -> (cell: Cell, rowspan: Int, colspan: Int) {
        let attributeID = document.firstChild(of: id, kind: .cellAttributes)
        let contentID = document.firstChild(of: id, kind: .cellContent)
        var attributes = OrderedPairs<String>()
        var styleParty: String?
        if attributeID >= 0 {
            attributes = TableAttributes.parse(node: attributeID, in: document)
            if document.contains(.template, below: attributeID) {
                styleParty = StyleParty.party(in: document.node(attributeID))
            }
        }
        let rendered: RenderedText
        let raw: String
        if attributeID < 0, contentID >= 0, let split = TableCellTemplates.split(document, content: contentID) {
            // `| colspan=2 {{n/a}}`: the text before a cell template is the cell's attributes.
            attributes = TableAttributes.parse(bytes: document.source[split.attributes])
            renderer.reset()
            renderer.render(document.node(split.template))
            rendered = renderer.finish()
            raw = document.string(document.range(of: split.template))
        } else {
            rendered = contentID >= 0 ? render(contentID) : RenderedText()
            raw = contentID >= 0 ? Self.raw(document, document.range(of: contentID), text: rendered.text) : ""
        }
        let range = document.range(of: id)
        let cell = Cell(
            text: rendered.text, raw: raw,
            header: document.flags(of: id).contains(.header), origin: GridPosition(row: 0, col: 0),
            line: lines.line(of: range.lowerBound), attributes: attributes, styleParty: styleParty,
            links: rendered.links, value: ValueMapping.value(of: rendered.text), notes: rendered.notes)
        let spans = TableLimits.spans(attributes)
        return (cell, spans.rowspan, spans.colspan)
    }

    /// The wikitext of `range`; when it reads exactly as the plain text (most cells: `1,234`,
    /// `Labour`), the text's string itself, so the two share one allocation.
    private static func raw(_ document: WikitextDocument, _ range: Range<Int>, text: String) -> String {
        var text = text
        let same = text.withUTF8 { t in
            t.count == range.count && document.source.withUnsafeBufferPointer { s in
                t.count == 0 || memcmp(t.baseAddress!, s.baseAddress! + range.lowerBound, t.count) == 0
            }
        }
        return same ? text : document.string(range)
    }

    /// Plain text of a cell's content `id`; nested tables are tables of their own, not cell text.
    mutating func render(_ id: Int32) -> RenderedText {
        if let text = SimpleText.render(id, in: document) { return RenderedText(text: text) }
        renderer.reset()
        if holdsTables && document.contains(.table, below: id) {
            var child = document.firstChild(of: id)
            while child >= 0 {
                if document.kind(of: child) != .table { renderer.render(child, in: document) }
                child = document.nextSibling(of: child)
            }
        } else {
            renderer.render(id, in: document)
        }
        return renderer.finish()
    }
}
