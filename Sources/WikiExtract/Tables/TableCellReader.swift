import Wikitext
import WikiModel
import WikiValues

/// Reads `tableCell` (and caption) nodes into model `Cell`s. The parser has already split the
/// cells, so templates rendered here can never move a cell boundary.
///
/// One reader serves every table of a page: its renderer's buffers and its line cursor carry
/// over from cell to cell. Cells go into the table's ``CellStore``; a plain cell costs no
/// string: its text and raw wikitext are ranges of the page source (``CellString``).
struct TableCellReader {
    let document: WikitextDocument
    /// The document's source, held once: fetching it from the document per cell retains it.
    private let source: [UInt8]
    /// Whether the page has a table inside a table (else cells need no search for them).
    var holdsTables = true
    /// The lists ``TableBuilder`` reuses from table to table.
    var scratch = TableScratch()
    /// What is left of the page's grid slot budget (see ``TableAssembly``).
    var pageSlots = TableLimits.maxPageSlots
    private var renderer = PlainTextRenderer()
    private var lines: LineIndex.Cursor
    /// Reused to fold template names into (see ``TwoCellTemplates``).
    private var nameBytes: [UInt8] = []
    /// `NodeFlags.header`, read once: the `static let` costs a lazy-initialisation check per use.
    private let headerFlag = NodeFlags.header
    /// How the wiki writes numbers, read once (a task-local read per cell costs ~100 instructions).
    let numbers = NumberConvention.current

    init(_ document: WikitextDocument) {
        self.document = document
        source = document.source
        lines = document.lines.cursor
        renderer.collectTemplates = false
    }

    /// The 1-based line of a source offset.
    mutating func line(of offset: Int) -> Int { lines.line(of: offset) }

    /// A written cell as read: its index in the store, its spans as HTML reads them (rowspan
    /// clamped, 0 meaning "to the end of the row group"; colspan at least 1), and the index of
    /// the second cell it draws (a 1 × 1 cell right after it), or -1 (see ``TwoCellTemplates``).
    struct ReadCell {
        let index: Int32
        let rowspan: Int
        let colspan: Int
        var second: Int32 = -1
    }

    /// Reads the cell `id` into `store`: one cell, or two for a cell holding a template that
    /// writes two (``TwoCellTemplates``).
    mutating func read(_ id: Int32, into store: inout CellStore.Builder) -> ReadCell {
        // The first attributes and content child, in one walk over the children.
        var attributeID: Int32 = -1, contentID: Int32 = -1
        var child = document.firstChild(of: id)
        while child >= 0 {
            switch document.kind(of: child) {
            case .cellAttributes: if attributeID < 0 { attributeID = child }
            case .cellContent: if contentID < 0 { contentID = child }
            default: break
            }
            child = document.nextSibling(of: child)
        }
        // Attributes stay bytes of the source (the store makes strings when they are read);
        // only the spans are read now.
        var attributes: Range<Int>?
        var spans = (count: 0, rowspan: 1, colspan: 1)
        var styleParty: String?
        if attributeID >= 0 {
            attributes = document.range(of: attributeID)
            spans = attributeSpans(attributes!)
            if document.contains(.template, below: attributeID) {
                styleParty = StyleParty.party(in: document.node(attributeID), renderer: &renderer)
            }
        }
        // `| colspan=2 {{n/a}}`: the text before a cell template is the cell's attributes.
        let split = attributeID < 0 && contentID >= 0 ? TableCellTemplates.split(document, content: contentID) : nil
        if let split {
            attributes = split.attributes
            spans = attributeSpans(split.attributes)
        }
        let attributeSource = spans.count > 0 ? attributes : nil
        let header = document.flags(of: id).contains(headerFlag)
        let line = lines.line(of: document.range(of: id).lowerBound)
        let index: Int32
        if let split {
            renderer.reset()
            renderer.render(document.node(split.template))
            let notes = renderer.finishBytes()
            index = appendRendered(into: &store, raw: .source(document.range(of: split.template)), header: header,
                                   line: line, attributeSource: attributeSource, styleParty: styleParty, notes: notes)
        } else if contentID >= 0 {
            let raw = document.range(of: contentID)
            if let range = SimpleText.sourceRange(contentID, in: document, source: source) {
                // Most cells read as written: the text is a range of the source, no string.
                let value = source.withUnsafeBufferPointer {
                    ValueMapping.storedValue(ofBytes: UnsafeBufferPointer(rebasing: $0[range]), numbers: numbers)
                }
                // The plain parts passed as they are: no stored value to release after the call.
                switch value {
                case .plain(let kind, let status, let number):
                    index = store.append(sourceText: range, raw: raw, header: header, line: line, attributeSource: attributeSource,
                                         styleParty: styleParty, kind: kind, status: status, number: number)
                case .full:
                    index = store.append(sourceText: range, raw: raw, header: header, line: line,
                                         attributeSource: attributeSource, styleParty: styleParty, value: value)
                }
            } else if let two = TwoCellTemplates.split(document, content: contentID, scratch: &nameBytes) {
                let cells = readTwo(two, content: contentID, into: &store, header: header, line: line,
                                    attributeSource: attributeSource, styleParty: styleParty)
                return ReadCell(index: cells.first, rowspan: spans.rowspan, colspan: spans.colspan, second: cells.second)
            } else {
                let notes = renderBytes(contentID)
                index = appendRendered(into: &store, raw: .source(raw), header: header, line: line,
                                       attributeSource: attributeSource, styleParty: styleParty, notes: notes)
            }
        } else {
            index = store.append(sourceText: 0..<0, raw: 0..<0, header: header, line: line, attributeSource: attributeSource,
                                 styleParty: styleParty, value: .plain(kind: .empty, status: .exact, number: nil))
        }
        return ReadCell(index: index, rowspan: spans.rowspan, colspan: spans.colspan)
    }

    /// The two cells the page draws for content `id` holding a two-cell template: the first
    /// gets what comes before the template, the written cell's attributes and spans, and the
    /// party a colour cell names; the second what follows it. The template's text goes to the
    /// cell that shows it. Each cell's raw wikitext runs to (or from) the template, which both
    /// come from.
    private mutating func readTwo(_ two: TwoCellTemplates.Split, content id: Int32, into store: inout CellStore.Builder,
                                  header: Bool, line: Int, attributeSource: Range<Int>?, styleParty: String?)
        -> (first: Int32, second: Int32) {
        let content = document.range(of: id), template = document.range(of: two.template)
        renderer.reset()
        renderChildren(from: document.firstChild(of: id), until: two.template)
        if two.shown == .first { renderer.render(two.template, in: document) }
        var notes = renderer.finishBytes()
        let first = appendRendered(into: &store, raw: .source(content.lowerBound..<template.upperBound), header: header,
                                   line: line, attributeSource: attributeSource, styleParty: two.party ?? styleParty,
                                   notes: notes)
        renderer.reset()
        if two.shown == .second { renderer.render(two.template, in: document) }
        renderChildren(from: document.nextSibling(of: two.template), until: -1)
        notes = renderer.finishBytes()
        let second = appendRendered(into: &store, raw: .source(template.lowerBound..<content.upperBound), header: header,
                                    line: line, attributeSource: nil, styleParty: nil, notes: notes)
        return (first, second)
    }

    /// Writes the cells of a template standing on a row's own line (``RowCellTemplates``): a
    /// colour cell naming `party`, then, when `name` is given, a cell showing it; both keep the
    /// template as their raw wikitext. Returns how many it wrote.
    @inline(never)  // rare: kept out of the cell path
    mutating func readRowTemplate(_ id: Int32, party: String, name: Node?, into store: inout CellStore.Builder) -> Int {
        let range = document.range(of: id), line = line(of: range.lowerBound)
        renderer.reset()
        var notes = renderer.finishBytes()
        _ = appendRendered(into: &store, raw: .source(range), header: false, line: line, attributeSource: nil,
                           styleParty: party.isEmpty ? nil : party, notes: notes)
        guard let name else { return 1 }
        renderer.reset()
        renderer.render(name)
        notes = renderer.finishBytes()
        _ = appendRendered(into: &store, raw: .source(range), header: false, line: line, attributeSource: nil,
                           styleParty: nil, notes: notes)
        return 2
    }

    /// Adds a cell whose text was rendered: its folded bytes, still in the renderer's output,
    /// and its links' bytes are copied into the store and parsed for its value there, with no
    /// string made.
    private func appendRendered(into store: inout CellStore.Builder, raw: CellString, header: Bool, line: Int,
                                attributeSource: Range<Int>?, styleParty: String?, notes: [Note]) -> Int32 {
        renderer.out.withUnsafeBufferPointer { bytes in
            renderer.linkSpans.withUnsafeBufferPointer { linkSpans in
                renderer.linkBytes.withUnsafeBufferPointer { linkBytes in
                    let value = ValueMapping.storedValue(ofBytes: bytes, numbers: numbers)
                    if case .plain(let kind, let status, let number) = value {
                        return store.append(ownText: bytes, raw: raw, header: header, line: line, attributeSource: attributeSource,
                                            styleParty: styleParty, linkSpans: linkSpans, linkBytes: linkBytes, kind: kind,
                                            status: status, number: number, notes: notes)
                    }
                    return store.append(ownText: bytes, raw: raw, header: header, line: line, attributeSource: attributeSource,
                                        styleParty: styleParty, linkSpans: linkSpans, linkBytes: linkBytes, value: value,
                                        notes: notes)
                }
            }
        }
    }

    /// The spans of the attribute bytes `range` of the source, and how many attributes it holds.
    private func attributeSpans(_ range: Range<Int>) -> (count: Int, rowspan: Int, colspan: Int) {
        source.withUnsafeBufferPointer { TableLimits.spans(bytes: UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// ``render(_:)`` as bytes: the folded text is left in `renderer.out`, the links in
    /// `renderer.linkSpans` and `linkBytes`; the notes are returned.
    private mutating func renderBytes(_ id: Int32) -> [Note] {
        // Text-only content uses the output buffer alone: the full reset (a dozen lists to
        // check) waits until the renderer itself is needed.
        renderer.out.removeAll()
        if !renderer.linkSpans.isEmpty { renderer.linkSpans.removeAll(keepingCapacity: true) }
        if SimpleText.write(id, in: document, to: renderer.out) {
            TextFolding.foldText(inPlace: renderer.out)
            return []
        }
        renderer.reset()
        renderContent(id)
        return renderer.finishBytes()
    }

    /// Plain text of a cell's content `id`; nested tables are tables of their own, not cell text.
    mutating func render(_ id: Int32) -> RenderedText {
        if let text = SimpleText.render(id, in: document) { return RenderedText(text: text) }
        renderer.reset()
        renderContent(id)
        return renderer.finish()
    }

    /// Renders a cell's content `id` with the renderer (reset by the caller); nested tables
    /// are left out.
    private mutating func renderContent(_ id: Int32) {
        if holdsTables && document.contains(.table, below: id) {
            renderChildren(from: document.firstChild(of: id), until: -1)
        } else {
            renderer.render(id, in: document)
        }
    }

    /// Renders the siblings from `first` up to `stop` (not included; -1 for all), leaving out
    /// nested tables, which are tables of their own.
    private mutating func renderChildren(from first: Int32, until stop: Int32) {
        var child = first
        while child >= 0 && child != stop {
            if document.kind(of: child) != .table { renderer.render(child, in: document) }
            child = document.nextSibling(of: child)
        }
    }
}
