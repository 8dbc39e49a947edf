import WikiModel

/// `unparsed-number`: a cell in a numeric column, or a numeric infobox field, whose text looks
/// like a quantity but did not parse (`Value.Kind.unparsed`), so it is missing from the data.
///
/// - A column is numeric when at least 3 of its written body cells, and at least two thirds of
///   those that are not blank (empty, a dash, n/a), are numbers (whole, decimal, percent,
///   change). Each unparsed cell of such a column is reported.
/// - A row whose cells after its first are all unparsed, three or more, reads across, not
///   down: one property of a table with a column per item (`Electron configuration`, then
///   `[He] 2s¹`, `[Ne] 3s¹` … under the element columns). Its cells are not judged by their
///   columns. A row with a number or a text among them (`Narata | 43,2 | 43,2 | Daugova`)
///   still is.
/// - Infobox fields checked: seats, votes, percentages, swings and changes of the numbered
///   party groups, and `registered`, `turnout`, `majority_seats`.
/// A value that did not parse is lost rather than wrong, so this is a warning.
public struct UnparsedNumbersRule: Rule {
    /// The rule id.
    public let id = "unparsed-number"
    /// What the rule checks, in one line.
    public let summary = "Cells of numeric columns, and numeric infobox fields, that failed to parse."

    /// Creates the rule.
    public init() {}

    static let numericStems: Set<String> = ["seats", "popular_vote", "percentage", "seat_change", "swing", "seats_before",
                                            "seats_after", "votes", "electoral_vote", "pct"]
    static let numericKeys: Set<String> = ["registered", "turnout", "majority_seats"]

    /// The rule's findings on the context's article.
    public func check(_ context: CheckContext) -> [Finding] {
        context.tables.flatMap(check) + context.article.infoboxes.enumerated().flatMap { check($0.element, position: $0.offset + 1) }
    }

    func check(_ view: TableView) -> [Finding] {
        var findings: [Finding] = []
        // `readsAcross` per row, asked once: a row's unparsed cells in many numeric columns
        // would each read the whole row again.
        var across: [Int: Bool] = [:]
        func readsAcross(_ row: Int) -> Bool {
            if let known = across[row] { return known }
            let answer = Self.readsAcross(view, row)
            across[row] = answer
            return answer
        }
        // Only columns with an unparsed cell can have findings (`TableView.unparsedColumns`).
        for column in view.unparsedColumns {
            var numbers = 0
            var unparsedRows: [Int] = []
            // Text rows are listed only for a column that has unparsed cells (few do): a second
            // pass then, instead of an array per column.
            func kinds(_ body: (Int, Value.Kind) -> Void) {
                let grid = view.table.rows
                for row in view.bodyRows where !view.isSection(row) && column < grid.width(of: row) {
                    // One read of the slot (no `Cell` made): `isOwn`, the header flag and the kind.
                    let slot = grid.slot(row, column)
                    guard slot.row == row, slot.col == column, !slot.isEmptySlot, !slot.header else { continue }
                    body(row, slot.kind)
                }
            }
            kinds { row, kind in
                switch kind {
                case .integer, .decimal, .percent, .change, .percentagePoints: numbers += 1
                case .empty: break
                case .unparsed: unparsedRows.append(row)
                default: break
                }
            }
            guard numbers >= 3, !unparsedRows.isEmpty else { continue }
            var textRows: [Int] = []
            kinds { row, kind in
                switch kind {
                case .integer, .decimal, .percent, .change, .percentagePoints, .empty, .unparsed: break
                default: textRows.append(row)
                }
            }
            // Blank cells (dashes, n/a) are neither numbers nor text; only now is that worth asking.
            let others = textRows.filter { !TableView.isBlank(view.table.rows[$0][column]) }.count
            let unparsed = unparsedRows
                .filter { !TableView.isBlank(view.table.rows[$0][column]) && !readsAcross($0) }
                .map { (row: $0, cell: view.table.rows[$0][column]) }
            let considered = numbers + others + unparsed.count
            guard !unparsed.isEmpty, Double(numbers) * 3 >= Double(considered) * 2 else { continue }
            for (row, cell) in unparsed {
                findings.append(Finding(
                    rule: id, severity: .warning,
                    message: "table \(view.table.index) row '\(view.label(row))': \(Format.quote(cell.text)) in numeric column "
                        + "'\(view.displayName(column))' is not a number wikiconv can read",
                    expected: "a number", actual: Format.quote(cell.text),
                    location: view.location(row: row, column: column, line: cell.line)))
            }
        }
        return findings
    }

    /// True when row `y`'s own body cells after its first are all unparsed, at least three:
    /// a row that holds one property of several items, across the columns.
    static func readsAcross(_ view: TableView, _ y: Int) -> Bool {
        let grid = view.table.rows
        var cells = 0
        for x in 0..<grid.width(of: y) {
            let slot = grid.slot(y, x)
            guard slot.row == y, slot.col == x, !slot.isEmptySlot, !slot.header else { continue }
            cells += 1
            if cells > 1, slot.kind != .unparsed { return false }  // the first is the row's label
        }
        return cells >= 4
    }

    /// The key without its trailing numbers (`seats12` → `seats`): on bytes for ASCII keys,
    /// where a `Character` that is a number is a digit.
    static func stem(_ key: String) -> String {
        let utf8 = key.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return String(key.reversed().drop(while: \.isNumber).reversed()) }
        var end = utf8.endIndex
        while end > utf8.startIndex, case let byte = utf8[utf8.index(before: end)], byte >= 0x30 && byte <= 0x39 {
            end = utf8.index(before: end)
        }
        return String(key[..<end])
    }

    func check(_ infobox: Infobox, position: Int) -> [Finding] {
        infobox.fields.compactMap { field in
            guard field.value.kind == .unparsed else { return nil }
            let stem = field.group.map { _ in Self.stem(field.key) } ?? field.key
            guard Self.numericStems.contains(stem) || Self.numericKeys.contains(field.key) else { return nil }
            return Finding(
                rule: id, severity: .warning,
                message: "infobox \(field.key) = \(Format.quote(field.text)) is not a number wikiconv can read",
                expected: "a number", actual: Format.quote(field.text),
                location: FindingLocation(line: field.line, infobox: position, field: field.key))
        }
    }
}
