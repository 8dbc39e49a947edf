import Wikitext
import WikiModel
import WikiValues

/// The browser's table tree construction (HTML5 "in table", "in row", "in cell" … modes),
/// fed with table events in source order, from HTML tags and wikitext table syntax alike
/// (MediaWiki turns `{|`, `|-`, `|` into `<table>`, `<tr>`, `<td>`, and the browser reads both
/// the same way). It keeps a stack of open tables, row groups, rows, cells and captions:
///
/// - a cell outside any row gets an implied row; `<tr>`, `<td>`, `<th>` close the open cell
///   (and row) first; end tags close only what is open in the current table;
/// - `<table>` directly in an HTML table (not in a cell) ends that table and starts another;
/// - text outside cells would be moved before the table (fostered): it is not cell text.
///
/// Contexts the walker cannot see through (a template, a footnote) are *barriers*: events
/// inside one never reach elements opened outside it, and what opened inside closes at its end.
struct HTMLTableModel {
    private struct Open {
        enum Kind: UInt8 {
            case table = 1, section = 2, row = 4, cell = 8, caption = 16
        }
        var kind: Kind
        var seq: Int
        /// Draft index of the element's table.
        var table: Int
        /// Row index in the draft (rows and cells).
        var row = -1
        /// Cell index in the row (cells).
        var cell = -1
        /// The cell's tag (wikitext cells too: MediaWiki writes them as `<td>`/`<th>`).
        var tag: HTMLTableTag?
        /// Written as wikitext (tables): only their own `|}` ends them.
        var wikitext = false
        /// A `<tfoot>` row group.
        var foot = false
        /// Cells and captions: content node ids, and where the content starts in the source.
        var content: [Int32] = []
        var contentStart = 0
        /// Read already (a wikitext cell with no HTML table tag inside): content is not collected.
        var sealed = false
    }

    let document: WikitextDocument
    private(set) var drafts: [HTMLTableDraft] = []
    private var stack: [Open] = []
    private var counter = 0
    /// Elements with a sequence number at or below this are behind a barrier.
    private(set) var barrier = 0
    /// The source offset of the event being handled (where a closed cell's content ends).
    var position = 0
    private var renderer = PlainTextRenderer()
    /// How the wiki writes numbers, read once per page (as `TableCellReader` reads it).
    private let numbers = NumberConvention.current
    /// The contents of every cell the walk reads, in one store for the page (frozen by
    /// ``finish()``): a cell costs a record, not a store of its own.
    var store: CellStore.Builder

    init(_ document: WikitextDocument) {
        self.document = document
        store = CellStore.Builder(source: document.source)
        renderer.collectTemplates = false
    }

    /// The sequence number of the last element opened: elements opened later compare above it.
    var mark: Int { counter }

    // MARK: Barriers and scopes

    /// Starts a barrier; returns the one to restore with ``leaveBarrier(_:)``.
    mutating func enterBarrier() -> Int {
        defer { barrier = counter }
        return barrier
    }

    /// Ends a barrier: closes what opened inside it and restores the one before.
    mutating func leaveBarrier(_ saved: Int, mark: Int) {
        close(after: mark)
        barrier = saved
    }

    /// Closes every element opened after `mark` (the end of a wikitext construct or a context).
    mutating func close(after mark: Int) {
        while let last = stack.last, last.seq > mark { popLast() }
    }

    // MARK: Start events

    /// A table starts (`<table>` or `{|`).
    mutating func startTable(_ table: Table, wikitext: Bool) {
        if !wikitext, let t = nearest(.table), !stack[t].wikitext, let top = visibleTop,
           stack[top].kind != .cell && stack[top].kind != .caption {
            pop(to: t)  // `<table>` in table mode: the open table ends first
        }
        drafts.append(HTMLTableDraft(table: table, anchor: enclosingAnchor))
        push(Open(kind: .table, seq: 0, table: drafts.count - 1, wikitext: wikitext))
    }

    /// Wikitables built whole (one with no table tag inside, then those nested in it, their
    /// parents set): they take their places among the drafts, and the first is anchored where
    /// it starts. Nothing inside them can change what is open here.
    mutating func addBuilt(_ tables: [Table]) {
        for (i, table) in tables.enumerated() {
            drafts.append(HTMLTableDraft(table: table, anchor: i == 0 ? enclosingAnchor : nil, built: true))
        }
    }

    /// Where a table starting now sits: the enclosing cell, seen through barriers (a table in
    /// a template in a cell is the cell's), or the enclosing table when no cell is open.
    private var enclosingAnchor: HTMLTableDraft.Anchor? {
        guard let e = stack.last else { return nil }
        switch e.kind {
        case .cell: return .init(table: e.table, row: e.row, cell: e.cell)
        case .caption, .table, .section, .row: return .init(table: e.table, row: -1, cell: -1)
        }
    }

    /// A caption starts; `text` is given when it was read already. False when no table is open.
    @discardableResult
    mutating func startCaption(contentStart: Int, text: String? = nil) -> Bool {
        guard let t = nearest(.table) else { return false }
        pop(above: t)
        if let text, drafts[stack[t].table].table.caption == nil { drafts[stack[t].table].table.caption = text }
        push(Open(kind: .caption, seq: 0, table: stack[t].table, contentStart: contentStart, sealed: text != nil))
        return true
    }

    /// A row group starts (`<thead>`, `<tbody>`, `<tfoot>`).
    mutating func startSection(_ tag: HTMLTableTag) {
        guard let t = nearest(.table) else { return }
        pop(above: t)
        push(Open(kind: .section, seq: 0, table: stack[t].table, foot: tag == .tfoot))
    }

    /// A row starts (`<tr>` or `|-`).
    mutating func startRow(_ row: HTMLTableDraft.RowDraft) {
        guard let at = nearest(.table, .section) else { return }
        pop(above: at)
        openRow(row, in: at)
    }

    /// A cell starts (`<td>`, `<th>` or a wikitext cell); `sealed` when `cell` is read already.
    mutating func startCell(_ cell: HTMLTableDraft.CellDraft, tag: HTMLTableTag, contentStart: Int, sealed: Bool) {
        guard var at = nearest(.table, .section, .row) else { return }
        pop(above: at)
        if stack[at].kind != .row {
            // A cell outside any row: the browser implies one.
            openRow(HTMLTableDraft.RowDraft(line: cell.line), in: at)
            at = stack.count - 1
        }
        let table = stack[at].table, row = stack[at].row
        drafts[table].rows[row].cells.append(cell)
        push(Open(kind: .cell, seq: 0, table: table, row: row, cell: drafts[table].rows[row].cells.count - 1,
                  tag: tag, contentStart: contentStart, sealed: sealed))
    }

    // MARK: End events and content

    /// An HTML end tag: closes the matching element if it is open in the current table.
    mutating func end(_ tag: HTMLTableTag) {
        let kind: Open.Kind
        switch tag {
        case .table: kind = .table
        case .caption: kind = .caption
        case .thead, .tbody, .tfoot: kind = .section
        case .tr: kind = .row
        case .td, .th: kind = .cell
        }
        guard let i = nearest(kind) else { return }
        if kind == .cell && stack[i].tag != tag { return }
        if kind == .table && stack[i].wikitext { return }  // only `|}` ends a wikitext table
        pop(to: i)
    }

    /// Content (a node with no table inside): cell or caption text, else dropped (fostered).
    mutating func content(_ id: Int32) {
        guard let top = visibleTop, !stack[top].sealed,
              stack[top].kind == .cell || stack[top].kind == .caption else { return }
        stack[top].content.append(id)
    }

    /// Closes everything and returns the drafts, in order of their start, and the store
    /// their cells' records are in.
    mutating func finish() -> (drafts: [HTMLTableDraft], store: CellStore) {
        position = document.source.count
        barrier = 0
        while !stack.isEmpty { popLast() }
        return (drafts, CellStore(store))
    }

    // MARK: The stack

    /// The top element, unless it is behind the barrier.
    private var visibleTop: Int? {
        guard let last = stack.last, last.seq > barrier else { return nil }
        return stack.count - 1
    }

    /// The nearest element of one of `kinds` in table scope (not past a table, nor the barrier).
    private func nearest(_ kinds: Open.Kind...) -> Int? {
        var wanted: UInt8 = 0
        for k in kinds { wanted |= k.rawValue }
        var i = stack.count - 1
        while i >= 0 && stack[i].seq > barrier {
            if stack[i].kind.rawValue & wanted != 0 { return i }
            if stack[i].kind == .table { return nil }
            i -= 1
        }
        return nil
    }

    private mutating func openRow(_ row: HTMLTableDraft.RowDraft, in at: Int) {
        var row = row
        row.foot = stack[at].foot
        let table = stack[at].table
        drafts[table].rows.append(row)
        push(Open(kind: .row, seq: 0, table: table, row: drafts[table].rows.count - 1))
    }

    private mutating func push(_ open: Open) {
        counter += 1
        var open = open
        open.seq = counter
        stack.append(open)
    }

    private mutating func pop(above i: Int) {
        while stack.count > i + 1 { popLast() }
    }

    private mutating func pop(to i: Int) {
        while stack.count > i { popLast() }
    }

    /// Closes the top element: a cell or caption gets its text.
    private mutating func popLast() {
        let e = stack.removeLast()
        guard (e.kind == .cell || e.kind == .caption) && !e.sealed else { return }
        renderer.reset()
        for id in e.content { renderer.render(document.node(id)) }
        if e.kind == .caption {
            let rendered = renderer.finish()
            if drafts[e.table].table.caption == nil { drafts[e.table].table.caption = rendered.text }
            return
        }
        // The folded text and links stay bytes in the renderer, copied into the store; the raw
        // wikitext is a range of the source.
        let notes = renderer.finishBytes()
        let end = min(max(position, e.contentStart), document.source.count)
        let cell = drafts[e.table].rows[e.row].cells[e.cell]
        let record = renderer.out.withUnsafeBufferPointer { bytes in
            renderer.linkSpans.withUnsafeBufferPointer { linkSpans in
                renderer.linkBytes.withUnsafeBufferPointer { linkBytes in
                    store.append(ownText: bytes, raw: .source(e.contentStart..<end), header: cell.header, line: cell.line,
                                 attributes: cell.attributes, styleParty: cell.styleParty, linkSpans: linkSpans,
                                 linkBytes: linkBytes, value: ValueMapping.storedValue(ofBytes: bytes, numbers: numbers), notes: notes)
                }
            }
        }
        drafts[e.table].rows[e.row].cells[e.cell].record = record
    }
}
