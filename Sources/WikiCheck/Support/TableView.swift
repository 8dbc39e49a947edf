import WikiModel

/// Read-only helpers over a table grid for the rules: written cells, row labels and roles,
/// column names. A class: every rule walks the tables, and a struct this size cost a copy (a
/// dozen retains and releases) per table per rule.
final class TableView: Sendable {
    let table: Table
    /// Each grid row's role (body rows only; header rows read `.other`: no rule asks) and
    /// section flag, read once: rules ask for them per cell.
    private let rowFacts: [RowFacts]
    /// What each column's leaf name says (`Winner / Votes` → votes), read once.
    let columnWords: [ColumnWords]
    /// Slots each grid row covers with cells (empty slots left out), for `ragged-row`.
    let coveredSlots: [Int32]
    /// Columns holding an unparsed value in an own body cell, in order: the only columns
    /// `unparsed-number` needs to look at (most tables have none).
    let unparsedColumns: [Int]

    /// A grid row's facts.
    struct RowFacts {
        var role: RowRole
        var isSection: Bool
    }

    init(_ table: Table) {
        self.table = table
        columnWords = table.columns.map(ColumnWords.init)
        let grid = table.rows
        let body = Self.bodyRows(table)
        var facts: [RowFacts] = []
        facts.reserveCapacity(grid.count)
        var covered: [Int32] = []
        covered.reserveCapacity(grid.count)
        var unparsed: [Int] = []
        for y in grid.indices {
            let section = Self.computeIsSection(table, y)
            let inBody = body.contains(y)
            facts.append(RowFacts(role: inBody ? Self.role(grid, y) : .other, isSection: section))
            // One read of each slot: its placement for the covered count, its kind for the
            // unparsed columns.
            var count: Int32 = 0
            let columns = table.columns.count
            grid.forEachSlot(inRow: y) { slot, x in  // no `Cell` made: it would retain and release its store
                if slot.isEmptySlot { return }
                count += 1
                if inBody, !section, x < columns, slot.kind == .unparsed,
                   slot.row == y, slot.col == x, !slot.header, !unparsed.contains(x) {
                    unparsed.append(x)
                }
            }
            covered.append(count)
        }
        rowFacts = facts
        coveredSlots = covered
        unparsedColumns = unparsed.sorted()
    }

    /// Grid rows that hold written rows (rows past them only hold spans reaching down).
    var writtenRows: Int { Self.writtenRows(table) }

    /// The body rows (after the header rows) that were written.
    var bodyRows: Range<Int> { Self.bodyRows(table) }

    /// `writtenRows` of a table (also read by `init`, before the view is whole).
    private static func writtenRows(_ table: Table) -> Int {
        table.rawRows.isEmpty ? table.rows.count : min(table.rows.count, table.rawRows.count)
    }

    /// `bodyRows` of a table (also read by `init`, before the view is whole).
    private static func bodyRows(_ table: Table) -> Range<Int> {
        let written = writtenRows(table)
        return min(table.headerRows, written)..<written
    }

    /// Grid width.
    var width: Int { table.columns.count }

    /// The cell written at `(row, column)`: nil for a copy of a spanned cell and for an empty slot.
    func ownCell(_ row: Int, _ column: Int) -> Cell? {
        isOwn(row, column) ? table.rows[row][column] : nil
    }

    /// True when a cell was written at `(row, column)` (not a span copy, not an empty slot).
    func isOwn(_ row: Int, _ column: Int) -> Bool {
        let grid = table.rows
        guard row < grid.count, column < grid.width(of: row) else { return false }
        let slot = grid.slot(row, column)
        return slot.row == row && slot.col == column && !slot.isEmptySlot
    }

    /// True for a mid-table section row, or a row that one cell fills from edge to edge.
    func isSection(_ row: Int) -> Bool { rowFacts[row].isSection }

    /// `isSection(row)` worked out, once per row by `init`: slots are read as `GridSlot`s (no
    /// `Cell`, which would cost a dozen reference-count operations).
    private static func computeIsSection(_ table: Table, _ row: Int) -> Bool {
        if row < table.rowInfo.count, table.rowInfo[row].isSection { return true }
        let grid = table.rows
        let width = grid.width(of: row)
        guard width > 1 else { return false }
        let first = grid.slot(row, 0)
        for i in 1..<width {
            let slot = grid.slot(row, i)
            if slot.row != first.row || slot.col != first.col { return false }
        }
        return true
    }

    /// The row's label texts: its non-empty text cells before the first number.
    func labels(_ row: Int) -> [String] { Self.labels(table.rows[row]) }

    /// At most three: a row's role is written in its first label columns.
    private static func labels(_ cells: GridRow) -> [String] {
        var out: [String] = []
        forEachLabel(cells) { out.append($0); return true }
        return out
    }

    /// The role the row's labels give it: the first label with a role wins. Reads the labels
    /// as `forEachLabel` does, on the cells' bytes: no string is made unless a label's first
    /// word may start a role (this runs for every body row).
    private static func role(_ grid: GridRows, _ y: Int) -> RowRole {
        var count = 0
        var last = -1
        for x in 0..<grid.width(of: y) {
            let slot = grid.slot(y, x)  // kind, number and emptiness without making the cell
            if isNumber(slot.kind, slot.hasNumber ? 0 : nil) || count == 3 { break }
            guard slot.kind == .text, !slot.isTextEmpty else { continue }
            if last >= 0, sameText(grid, y, last, x) { continue }
            let role = grid.withSlotText(y, x, RowRole.quickRole) ?? RowRole(label: grid.cell(y, x).content.text)
            if role != .other { return role }
            count += 1
            last = x
        }
        return .other
    }

    /// True when the text is in NFC for sure: ASCII, U+0080–U+02FF (no combining marks, no
    /// decompositions NFC undoes) and U+2002–U+203F (dashes, quotes). Two such texts are
    /// canonically equal only when their bytes are. Ill-formed UTF-8 (a lead byte without its
    /// continuation bytes) is not plain: repaired, different bytes can make equal strings.
    static func isPlainNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte < 0x80 {
                i += 1
            } else if byte >= 0xC2, byte <= 0xCB, i + 1 < bytes.count, bytes[i + 1] & 0xC0 == 0x80 {
                i += 2
            } else if byte == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] >= 0x82, bytes[i + 2] <= 0xBF {
                i += 3
            } else {
                return false
            }
        }
        return true
    }

    /// True when the texts of slots `a` and `b` of row `y` are equal strings, without making
    /// strings when the bytes decide: equal bytes are equal strings; a text that is a strict
    /// prefix of the other, or that first differs from it at two ASCII bytes, is different;
    /// two texts in plain NFC with different bytes are different. Only other non-ASCII text
    /// can be canonically equal with other bytes.
    static func sameText(_ grid: GridRows, _ y: Int, _ a: Int, _ b: Int) -> Bool {
        let answer: Bool? = grid.withSlotText(y, a) { p in
            grid.withSlotText(y, b) { q in
                let n = min(p.count, q.count)
                var k = 0
                while k < n, p[k] == q[k] { k += 1 }
                if k == n {
                    // One is the other's prefix: equal, or (longer NFD) different.
                    return p.count == q.count
                }
                // After equal bytes, two different ASCII bytes (starters, never decomposed) start
                // different canonical forms: only a non-ASCII byte there needs the long test.
                if p[k] < 0x80, q[k] < 0x80 { return false }
                return isPlainNFC(p) && isPlainNFC(q) ? false : nil
            }
        }
        return answer ?? (grid.cell(y, a).text == grid.cell(y, b).text)
    }

    /// Calls `body` with the row's label texts in order (non-empty text cells before the first
    /// number, a repeat of the previous one skipped, at most three) until it returns false.
    private static func forEachLabel(_ cells: GridRow, _ body: (String) -> Bool) {
        var count = 0
        var last: String?
        for i in cells.indices {
            let value = cells[i].value  // read once: each read copies the value out of the cell
            if isNumber(value) || count == 3 { break }
            guard value.kind == .text else { continue }
            let text = cells[i].text
            guard !text.isEmpty, last != text else { continue }
            guard body(text) else { return }
            count += 1
            last = text
        }
    }

    /// The role its labels give a body row (the first label with a role wins). Read once by
    /// `init` for body rows only: a header row or a row past the written rows reads `.other`,
    /// so callers pass rows of `bodyRows`.
    func role(_ row: Int) -> RowRole { rowFacts[row].role }

    /// The row's label for messages: `Total`.
    func label(_ row: Int) -> String { labels(row).first.map(Format.oneLine) ?? "row \(row)" }

    /// The column's name, lower-cased, for keyword tests: `population (absolute) / 2001`.
    func name(_ column: Int) -> String {
        column < table.columns.count ? table.columns[column].lowercased() : ""
    }

    /// The part of a lower-cased column name after its last `/`, leading spaces dropped:
    /// `winner / votes` → `votes`.
    static func leafName(_ name: String) -> String {
        guard let slash = name.lastIndex(of: "/") else { return name }
        return String(name[name.index(after: slash)...].drop { $0 == " " })
    }

    /// A column name's leaf as words (`Winner / Votes` → `votes`): the `Character` reading
    /// `ColumnWords` follows.
    static func leafWords(_ name: String) -> [Substring] {
        // Byte searches for `/` and spaces (`ByteText`): the `Character` ones cost more.
        let leaf = ByteText.lastSlash(name).map { name[name.index(after: $0)...] } ?? Substring(name)
        return ByteText.splitAtSpaces(RowRole.words(String(leaf)))
    }

    /// The column's name as shown: `Population (absolute) / 2001`.
    func displayName(_ column: Int) -> String {
        column < table.columns.count ? Format.oneLine(table.columns[column]) : "column \(column)"
    }

    /// The 1-based line of a grid row.
    func line(_ row: Int) -> Int {
        row < table.rowInfo.count ? table.rowInfo[row].line : table.line
    }

    /// A location pointing at a cell of this table.
    func location(row: Int, column: Int? = nil, line: Int? = nil) -> FindingLocation {
        FindingLocation(line: line ?? self.line(row), table: table.index, row: row, column: column)
    }

    /// True for the filler of a grid slot that no written cell covers (both spans 0).
    static func isEmptySlot(_ cell: Cell) -> Bool { cell.rowspan == 0 && cell.colspan == 0 }

    /// Whole and decimal numbers (not percents, changes or dates).
    static func isPlainNumber(_ value: Value) -> Bool {
        (value.kind == .integer || value.kind == .decimal) && value.number != nil
    }

    /// Any quantity a sum or share can be made of.
    static func isNumber(_ value: Value) -> Bool { isNumber(value.kind, value.number) }

    /// `isNumber` of a value's kind and number (read from a cell without making the value).
    static func isNumber(_ kind: Value.Kind, _ number: Double?) -> Bool {
        switch kind {
        case .integer, .decimal, .percent: return number != nil
        default: return false
        }
    }

    /// True when the text stands for "no number here": empty, a dash, n/a, a question mark.
    static func isBlank(_ cell: Cell) -> Bool {
        let content = cell.content
        if let answer = content.withText(asciiIsBlank) { return answer }
        let text = content.text
        guard text.utf8.count <= 12 else { return false }  // the longest blank is a few letters
        let letters = String(text.filter { $0.isLetter || $0.isNumber }).lowercased()
        return letters.isEmpty || blankWords.contains(letters)
    }

    private static let blankWords = ["na", "nil", "none", "tbd", "tba", "unknown"]
    private static let blankKeys = blankWords.map { RowRole.WordKey(Array($0.utf8)) }

    /// `isBlank` on bytes for ASCII text (nil for other text): there a `Character` that is a
    /// letter or a number is one ASCII letter or digit byte.
    private static func asciiIsBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard bytes.count <= 12 else { return false }
        var letters = RowRole.WordKey.empty
        for byte in bytes {
            if byte >= 0x80 { return nil }
            if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) {
                letters.append(byte)
            } else if byte >= 0x41 && byte <= 0x5A {
                letters.append(byte | 0x20)
            }
        }
        return letters.count == 0 || blankKeys.contains(letters)
    }
}
