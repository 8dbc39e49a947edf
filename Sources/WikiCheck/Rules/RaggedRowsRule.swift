import WikiModel

/// `ragged-row`: a row with more or fewer cells than the table's other rows once spans are
/// laid out. Browsers draw such a row with a hole or a cell sticking out, and columns after
/// the gap no longer line up (the fault `../shared/corpus/reference/` shows).
///
/// - A row's width is the grid slots its own cells and the spans reaching into it cover. The
///   table's width is the most common row width (the wider on a tie); each written row of
///   another width is reported. Rows added only by spans reaching past the end are not.
/// - Templates that write two cells from one (`{{Party name with colour}}`, `{{bartable}}`,
///   `{{convert|172|oilbbl|disp=table}}`) are two cells in the grid already, as on the page.
/// - A table with spans written before a template that supplies the cell's `|` and that the
///   extractor does not know (`! rowspan="2" {{maybe}}`) is skipped: the page spans those
///   cells, the grid cannot know. The common table cell templates (`{{n/a}}`, `{{yes}}` …)
///   are read as MediaWiki reads them (`TableCellTemplates`), so their spans are in the grid.
/// - Layout tables (class `navbox`, `nowraplinks`, `mbox`, `metadata`, `sidebar`, `infobox`, or
///   `role="presentation"`) and the tables inside them are not judged: their rows differ by
///   design. A row that covers no slot (`<tr></tr>`) draws nothing and is not counted.
/// - A group's lead row is not reported: a row whose own cells all reach down into the next
///   rows and that leaves only its end empty (`| rowspan=5 | 1927/28` alone on its row, the
///   year's nominees on the rows below it, as award lists write them). It draws an empty strip
///   beside its cells; no data after it is out of line.
/// A ragged row is drawn, not wrong, so this is a warning.
public struct RaggedRowsRule: Rule {
    /// The rule id.
    public let id = "ragged-row"
    /// What the rule checks, in one line.
    public let summary = "Rows with more or fewer cells than the table once spans are laid out."

    /// Creates the rule.
    public init() {}

    /// Class names of layout tables (navigation boxes, message boxes, sidebars, infoboxes):
    /// their rows differ in width by design and are not data.
    static let layoutClasses: [StaticString] = ["navbox", "nowraplinks", "mbox", "metadata", "sidebar", "infobox"]

    /// The rule's findings on the context's article; layout tables and the tables inside them
    /// are not judged.
    public func check(_ context: CheckContext) -> [Finding] {
        var layout = Set<Int>()
        var findings: [Finding] = []
        for view in context.tables {
            let table = view.table
            if Self.isLayout(table) || table.parent.map({ layout.contains($0.table) }) == true {
                layout.insert(table.index)
                continue
            }
            findings += check(view)
        }
        return findings
    }

    /// A table whose class names a layout component, or that says it is presentation.
    public static func isLayout(_ table: Table) -> Bool {
        // The last of a repeated attribute counts, as in MediaWiki.
        func attribute(_ name: String) -> String? { table.attributes.entries.last { $0.key == name }?.value.lowercased() }
        if attribute("role") == "presentation" { return true }
        guard let classes = attribute("class") else { return false }
        // A byte search: the `Character` search cost more than the rest of the rule.
        return layoutClasses.contains { ByteText.contains(classes, ascii: $0) }
    }

    func check(_ view: TableView) -> [Finding] {
        // A row that covers no slot at all (`<tr></tr>`) draws nothing: not a ragged row.
        // Most tables are rectangular: that is found from the covered counts alone, before any list is made.
        var first: Int32 = 0, drawnRows = 0, differ = false
        for row in 0..<view.writtenRows {
            let covered = view.coveredSlots[row]
            guard covered > 0 else { continue }
            if drawnRows == 0 { first = covered } else if covered != first { differ = true }
            drawnRows += 1
        }
        guard drawnRows >= 2, differ else { return [] }
        let rows = (0..<view.writtenRows).filter { view.coveredSlots[$0] > 0 }
        // The written cells' wikitext is read only when the rows differ.
        guard !hasSpilledSpans(view.table) else { return [] }
        let widths = rows.map { Int(view.coveredSlots[$0]) }  // widths[i] is the width of row rows[i]
        var counts: [Int: Int] = [:]
        for w in widths { counts[w, default: 0] += 1 }
        guard counts.count > 1, let expected = counts.max(by: { ($0.value, $0.key) < ($1.value, $1.key) })?.key else { return [] }
        let ragged = rows.indices.filter { i in
            widths[i] > expected || (widths[i] < expected && !Self.leadsGroup(view.table.rows, rows[i]))
        }
        return ragged.map { i in
            let row = rows[i]
            let w = widths[i]
            let more = w > expected
            return Finding(
                rule: id, severity: .warning,
                message: "table \(view.table.index) row \(row) ('\(view.label(row))') has \(w) cells where the table's rows have "
                    + "\(expected): \(more ? "\(w - expected) more" : "\(expected - w) fewer") once spans are laid out",
                expected: String(expected), actual: String(w),
                location: view.location(row: row))
        }
    }

    /// True when row `y`'s own cells all span into the next row and no empty slot comes before
    /// a covered one: the lead row of a group (asked of rows short of the table's width).
    static func leadsGroup(_ grid: GridRows, _ y: Int) -> Bool {
        var ownCells = 0, sawEmpty = false
        for x in 0..<grid.width(of: y) {
            let slot = grid.slot(y, x)
            if slot.isEmptySlot {
                sawEmpty = true
                continue
            }
            if sawEmpty { return false }  // a hole before a cell: what follows is out of line
            guard slot.row == y, slot.col == x else { continue }  // a span from above, or a colspan's copy
            if slot.rowspan < 2 { return false }
            ownCells += 1
        }
        return ownCells > 0
    }

    private func hasSpilledSpans(_ table: Table) -> Bool {
        for row in table.rawRows.indices {
            let written = table.rawRows[row]
            for i in written.indices where written[i].content.withRaw(Self.hasSpilledSpan) { return true }
        }
        return false
    }

    /// True when a span attribute ended up in the cell's content: it was written before a
    /// template that supplies the attribute separator (`rowspan="2" {{N/A}}`). Read from the
    /// bytes before the first `{{`, which must be attribute-like (no line break, `|` or `[`).
    /// Reads the bytes in place (no copy of the prefix): every cell of a ragged table is read.
    /// Ill-formed UTF-8 is read as stored, not as the repaired `raw` string (the ASCII words
    /// searched for are found the same in both).
    static func hasSpilledSpan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for (i, byte) in bytes.enumerated() {
            if byte == 0x7B, previous == 0x7B {
                let prefix = UnsafeBufferPointer(rebasing: bytes[0..<(i - 1)])
                return contains(prefix, "rowspan") || contains(prefix, "colspan")
            }
            if byte == 0x0A || byte == 0x7C || byte == 0x5B { return false }
            previous = byte
        }
        return false
    }

    /// True when `bytes`, ASCII letters lower-cased, contain the lower-case `word`.
    private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        let w = UnsafeBufferPointer(start: word.utf8Start, count: count)
        func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        for start in 0...(bytes.count - count) where lower(bytes[start]) == w[0] {
            if (0..<count).allSatisfy({ lower(bytes[start + $0]) == w[$0] }) { return true }
        }
        return false
    }
}
