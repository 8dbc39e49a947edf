import Wikitext
import WikiModel

/// The tables of a page that holds HTML table tags, read as a browser reads the page:
/// `<table>`/`<tr>`/`<td>` and wikitext `{|`/`|-`/`|` alike, mixed in any way (a wikitable in
/// an HTML cell, an HTML row in a wikitable, `<td>` with no `<tr>`), fed in source order to
/// ``HTMLTableModel``.
///
/// The walk only goes down nodes that hold a table or a table tag (found from the arena
/// first); any other node is content as a whole. Wikitext cells with no table tag inside are
/// read by ``TableCellReader``, exactly as ``TableBuilder`` reads them.
enum HTMLTableWalk {
    /// What a node holds (bits of the marks).
    private static let holdsTag: UInt8 = 1, holdsTable: UInt8 = 2

    private enum Step {
        case visit(Int32)
        /// The end of a wikitext construct (close what opened in it) or of a barrier (`saved`
        /// is then the barrier to restore), or the end tag of an HTML table tag.
        case leave(Int32, mark: Int, saved: Int?, endTag: HTMLTableTag?)
    }

    /// The page's tables, or nil when it holds no HTML table tag (`force` reads it anyway).
    static func tables(_ document: WikitextDocument, force: Bool = false) -> [Table]? {
        var tagIDs: [Int32] = []
        for id in document.ids(of: .tag) where HTMLTableTag.of(document, id) != nil { tagIDs.append(id) }
        guard !tagIDs.isEmpty || force else { return nil }
        // By node id: one flat run of bytes rather than a dictionary, looked up at every visit.
        var marks = [UInt8](repeating: 0, count: document.nodeCount)
        func mark(_ id: Int32, _ bit: UInt8) {
            var node: Node? = document.node(id)
            while let n = node, marks[Int(n.id)] & bit == 0 {
                marks[Int(n.id)] |= bit
                node = n.parent
            }
        }
        for id in tagIDs { mark(id, holdsTag) }
        let tableIDs = document.ids(of: .table)
        for id in tableIDs { mark(id, holdsTable) }
        var nextTable = 0

        var model = HTMLTableModel(document)
        var reader = TableCellReader(document)
        reader.holdsTables = true
        let sections = SectionIndex(document)
        var steps: [Step] = [.visit(0)]
        func pushChildren(of id: Int32, skipping skipped: NodeKind? = nil) {
            let start = steps.count
            var child = document.firstChild(of: id)
            while child >= 0 {
                if document.kind(of: child) != skipped { steps.append(.visit(child)) }
                child = document.nextSibling(of: child)
            }
            steps[start...].reverse()
        }
        while let step = steps.popLast() {
            switch step {
            case .leave(let id, let mark, let saved, let endTag):
                let range = document.range(of: id)
                if let endTag {
                    // The end tag starts where the body ends.
                    let body = document.firstChild(of: id, kind: .tagBody)
                    model.position = body >= 0 ? document.range(of: body).upperBound : range.upperBound
                    model.end(endTag)
                } else {
                    model.position = range.upperBound
                    if let saved { model.leaveBarrier(saved, mark: mark) } else { model.close(after: mark) }
                }
            case .visit(let id):
                let bits = marks[Int(id)]
                let kind = document.kind(of: id)
                // A wikitable's rows, cells and caption are structure even with no table tag inside.
                guard bits != 0 || kind == .tableRow || kind == .tableCell || kind == .tableCaption else {
                    model.content(id)
                    continue
                }
                let range = document.range(of: id)
                model.position = range.lowerBound
                let mark = model.mark
                switch kind {
                case .document, .tagBody, .cellContent, .tableFostered:
                    pushChildren(of: id)
                case .table where bits & holdsTag == 0:
                    // No table tag inside: the wikitable and those nested in it are built the
                    // wikitext way, which gives the same tables at a fraction of the cost.
                    // The walk meets tables in source pre-order, the order of `tableIDs`: a
                    // cursor finds each (a search per table would be quadratic on big pages).
                    while nextTable < tableIDs.count && tableIDs[nextTable] != id { nextTable += 1 }
                    var nodes = [document.node(id)]
                    if nextTable < tableIDs.count {
                        nextTable += 1
                        while nextTable < tableIDs.count && range.contains(document.range(of: tableIDs[nextTable]).lowerBound) {
                            nodes.append(document.node(tableIDs[nextTable]))
                            nextTable += 1
                        }
                    } else {
                        // Not met in order (never expected): the nested tables by a walk, and the
                        // cursor starts over.
                        nodes += document.nodes(of: .table, below: id)
                        nextTable = 0
                    }
                    model.addBuilt(TableExtractor.wikitables(nodes, firstIndex: model.drafts.count + 1,
                                                             reader: &reader, sections: sections))
                    reader.holdsTables = true
                case .table:
                    var table = Table(index: model.drafts.count + 1, line: reader.line(of: range.lowerBound))
                    table.section = sections.innermostTitle(at: range.lowerBound)
                    let attributes = document.firstChild(of: id, kind: .tableAttributes)
                    if attributes >= 0 { table.attributes = TableAttributes.parse(node: attributes, in: document) }
                    model.startTable(table, wikitext: true)
                    steps.append(.leave(id, mark: mark, saved: nil, endTag: nil))
                    pushChildren(of: id, skipping: .tableAttributes)
                case .tableRow:
                    var row = HTMLTableDraft.RowDraft(line: reader.line(of: range.lowerBound), wikitext: true)
                    let attributes = document.firstChild(of: id, kind: .tableAttributes)
                    if attributes >= 0 {
                        row.attributes = TableAttributes.parse(node: attributes, in: document)
                        row.styleParty = StyleParty.party(in: document.node(attributes))
                    }
                    model.startRow(row)
                    steps.append(.leave(id, mark: mark, saved: nil, endTag: nil))
                    pushChildren(of: id, skipping: .tableAttributes)
                case .tableCell:
                    startWikitextCell(id, sealed: bits & holdsTag == 0, &model, &reader)
                    steps.append(.leave(id, mark: mark, saved: nil, endTag: nil))
                    let content = document.firstChild(of: id, kind: .cellContent)
                    if content >= 0 { pushChildren(of: content) }
                case .tableCaption:
                    let content = document.firstChild(of: id, kind: .cellContent)
                    let start = content >= 0 ? document.range(of: content).lowerBound : range.upperBound
                    let text = bits & holdsTag != 0 ? nil : (content >= 0 ? reader.render(content).text : "")
                    model.startCaption(contentStart: start, text: text)
                    steps.append(.leave(id, mark: mark, saved: nil, endTag: nil))
                    if content >= 0 { pushChildren(of: content) }
                case .tag:
                    visitTag(id, bits: bits, &model, &reader, &steps, sections)
                default:
                    // A template, link, footnote …: content as a whole, and a barrier for what is inside.
                    model.content(id)
                    let saved = model.enterBarrier()
                    steps.append(.leave(id, mark: mark, saved: saved, endTag: nil))
                    pushChildren(of: id)
                }
            }
        }
        let (drafts, store) = model.finish()
        var tables: [Table] = []
        var origins: [[[GridPosition]]] = []
        tables.reserveCapacity(drafts.count)
        for draft in drafts {
            var (table, cellOrigins) = draft.built ? (draft.table, []) : HTMLTableBuilder.build(draft, store: store, pageSlots: &reader.pageSlots)
            if let a = draft.anchor {
                let slot = a.cell >= 0 ? origins[a.table][a.row][a.cell] : GridPosition(row: -1, col: -1)
                table.parent = Table.Parent(table: a.table + 1, row: slot.row, col: slot.col)
            }
            tables.append(table)
            origins.append(cellOrigins)
        }
        return tables
    }

    /// A wikitext cell: read whole by the page's cell reader when no table tag lies inside it,
    /// else its attributes now and its text from the content the model collects.
    private static func startWikitextCell(_ id: Int32, sealed: Bool, _ model: inout HTMLTableModel, _ reader: inout TableCellReader) {
        let document = model.document
        let header = document.flags(of: id).contains(.header)
        let content = document.firstChild(of: id, kind: .cellContent)
        let contentStart = content >= 0 ? document.range(of: content).lowerBound : document.range(of: id).upperBound
        let range = document.range(of: id)
        let line = reader.line(of: range.lowerBound)
        var draft: HTMLTableDraft.CellDraft
        if sealed {
            let read = reader.read(id, into: &model.store)
            draft = .init(record: read.index, header: header, line: line, rowspan: read.rowspan, colspan: read.colspan)
            if read.second >= 0 {
                // A template wrote a second cell: the first is complete, the second stays open
                // until the written cell ends.
                model.startCell(draft, tag: header ? .th : .td, contentStart: contentStart, sealed: true)
                draft = .init(record: read.second, header: header, line: line, rowspan: 1, colspan: 1)
            }
        } else {
            let attributes = document.firstChild(of: id, kind: .cellAttributes)
            draft = HTMLTableCells.draft(
                header: header, line: line,
                attributes: attributes >= 0 ? TableAttributes.parse(node: attributes, in: document) : OrderedPairs(),
                styleParty: attributes >= 0 ? StyleParty.party(in: document.node(attributes)) : nil)
        }
        model.startCell(draft, tag: header ? .th : .td, contentStart: contentStart, sealed: sealed)
    }

    /// A tag node: a table tag is an event (its end tag another); other HTML tags are seen
    /// through; extension tags whose content is not page text are barriers.
    private static func visitTag(_ id: Int32, bits: UInt8, _ model: inout HTMLTableModel, _ reader: inout TableCellReader,
                                 _ steps: inout [Step], _ sections: SectionIndex) {
        let document = model.document
        let flags = document.flags(of: id)
        let body = document.firstChild(of: id, kind: .tagBody)
        func pushBody() {
            guard body >= 0 else { return }
            let start = steps.count
            var child = document.firstChild(of: body)
            while child >= 0 {
                steps.append(.visit(child))
                child = document.nextSibling(of: child)
            }
            steps[start...].reverse()
        }
        guard let tag = HTMLTableTag.of(document, id) else {
            let name = Tag(document.node(id))?.name ?? ""
            if name == "ref" || TagPolicy.hidden.contains(name) {
                model.content(id)
                let saved = model.enterBarrier()
                steps.append(.leave(id, mark: model.mark, saved: saved, endTag: nil))
            }
            pushBody()
            return
        }
        if flags.contains(.closingOnly) {
            model.end(tag)
            return
        }
        let range = document.range(of: id)
        let line = reader.line(of: range.lowerBound)
        let opening = HTMLTableCells.openingTag(document, id, body: body)
        switch tag {
        case .table:
            var table = Table(index: model.drafts.count + 1, line: line, attributes: opening.attributes)
            table.section = sections.innermostTitle(at: range.lowerBound)
            model.startTable(table, wikitext: false)
        case .caption:
            model.startCaption(contentStart: opening.end)
        case .thead, .tbody, .tfoot:
            model.startSection(tag)
        case .tr:
            model.startRow(HTMLTableDraft.RowDraft(line: line, attributes: opening.attributes, styleParty: opening.styleParty))
        case .td, .th:
            let cell = HTMLTableCells.draft(header: tag == .th, line: line, attributes: opening.attributes,
                                            styleParty: opening.styleParty)
            model.startCell(cell, tag: tag, contentStart: opening.end, sealed: false)
        }
        // An unclosed tag has no body: what it held follows it as siblings.
        if body >= 0 && !flags.contains(.unclosed) {
            steps.append(.leave(id, mark: model.mark, saved: nil, endTag: tag))
            pushBody()
        }
    }
}
