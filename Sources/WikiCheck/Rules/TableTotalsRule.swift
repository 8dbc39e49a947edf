import WikiModel

/// `table-totals`: a row labelled Total, Totals or Valid votes (in any label column) equals
/// the sum of the rows above it, per numeric column.
///
/// - Rows summed: the body rows since the header, or since the previous total row, leaving out
///   section rows and rows labelled majority, turnout or electorate. Rows labelled invalid,
///   blank or abstentions are summed both with and without them, since a "Total" may count
///   them and "Valid votes" does not; the closer sum is compared.
/// - Columns checked: those whose total cell is a whole or decimal number written in that
///   column alone (not spanned, not approximate), whose name does not say the quantity does not
///   add up (density, average, rate, rank, per …), and whose total is not below its largest
///   addend (then it cannot be a sum). Percent columns are left to `percent-sum`.
/// - Tolerance: values written with decimals, or whole numbers all rounded to thousands or
///   coarser, are rounded figures: the sum may miss the total by half a unit of the last
///   digit for each value and for the total, and no finding is made within that. Other whole
///   numbers must add up exactly: a miss of at most half a unit per value (an off-by-one, or
///   rounded figures) is a warning, a larger one an error. A column with cells that hold no
///   number is reported as a warning, since the gap may explain the difference.
public struct TableTotalsRule: Rule {
    /// The rule id.
    public let id = "table-totals"
    /// What the rule checks, in one line.
    public let summary = "A Total / Valid votes row equals the sum of the rows above it, per numeric column."

    /// Creates the rule.
    public init() {}

    /// The rule's findings on the context's article.
    public func check(_ context: CheckContext) -> [Finding] {
        context.tables.flatMap(check)
    }

    func check(_ view: TableView) -> [Finding] {
        var findings: [Finding] = []
        var start = view.bodyRows.lowerBound
        for row in view.bodyRows {
            let role = view.role(row)
            guard role.isTotal else { continue }
            defer { start = row + 1 }
            let addends = (start..<row).filter { r in
                !view.isSection(r) && (view.role(r) == .other || view.role(r) == .invalid)
            }
            guard addends.count >= 2 else { continue }
            for column in 0..<view.width {
                if let finding = checkColumn(view, totalRow: row, column: column, addends: addends, role: role) {
                    findings.append(finding)
                }
            }
        }
        return findings
    }

    /// Words in a column name that mark a quantity whose total is not a sum.
    static let nonAdditive: Set<String> = ["density", "average", "avg", "mean", "median", "rate", "ratio", "per",
                                           "rank", "ranking", "growth", "change", "percent", "percentage", "share",
                                           "year", "age", "index", "score", "pct", "capita"]

    private func checkColumn(_ view: TableView, totalRow: Int, column: Int, addends: [Int], role: RowRole) -> Finding? {
        guard let total = view.ownCell(totalRow, column), total.colspan == 1, TableView.isPlainNumber(total.value),
              total.value.status != .approximate, let stated = total.value.number else { return nil }
        let name = view.name(column)
        if name.contains("%") || RowRole.words(name).split(separator: " ").contains(where: { Self.nonAdditive.contains(String($0)) }) {
            return nil
        }
        var values: [(row: Int, number: Double, invalid: Bool)] = []
        var decimals = Precision.decimals(in: total.text)
        var missing = 0
        let block = Set(addends)
        for row in addends {
            let cell = view.table.rows[row][column]
            if TableView.isEmptySlot(cell) { missing += 1; continue }
            if cell.origin.col != column || cell.colspan > 1 { return nil }  // a value spread over columns
            if cell.origin.row != row {
                if block.contains(cell.origin.row) { continue }  // counted where it was written
                return nil                                        // spans in from outside the block
            }
            if TableView.isPlainNumber(cell.value), let number = cell.value.number {
                if cell.value.status == .approximate { return nil }
                values.append((row, number, view.role(row) == .invalid))
                decimals = max(decimals, Precision.decimals(in: cell.text))
            } else if cell.value.kind == .text || cell.value.kind == .empty || TableView.isBlank(cell) {
                missing += 1
            } else {
                return nil  // percents, dates, ranges or unparsed text: not a column of addends
            }
        }
        guard values.count >= 2 else { return nil }
        let largest = values.map(\.number).max() ?? 0
        if values.allSatisfy({ $0.number >= 0 }), stated < largest { return nil }  // not a sum

        let sumAll = values.reduce(0) { $0 + $1.number }
        let sumValid = values.filter { !$0.invalid }.reduce(0) { $0 + $1.number }
        let preferred = role == .validVotes ? sumValid : sumAll
        let other = role == .validVotes ? sumAll : sumValid
        let sum = abs(other - stated) < abs(preferred - stated) ? other : preferred
        let difference = abs(sum - stated)
        if difference <= 1e-9 * max(1, abs(stated)) { return nil }

        let zeros = decimals == 0 ? Precision.commonTrailingZeros(values.map(\.number) + [stated]) : 0
        let rounded = decimals > 0 || zeros >= 3
        let unit = decimals > 0 ? Precision.halfUnit(decimals) * 2 : (zeros >= 3 ? pow10(zeros) : 1)
        let n = Double(values.count)
        var severity: Finding.Severity
        var why = ""
        if rounded {
            if difference <= (n + 1) * unit / 2 + 1e-9 { return nil }
            severity = .error
        } else if difference <= n * unit / 2 {
            severity = .warning
            why = "; rounding of \(values.count) values could explain it"
        } else {
            severity = .error
        }
        if missing > 0 {
            severity = .warning
            why += "; \(missing) cell\(missing == 1 ? "" : "s") above hold no number"
        }
        let places = decimals
        return Finding(
            rule: id, severity: severity,
            message: "table \(view.table.index) row '\(view.label(totalRow))' does not add up in column "
                + "'\(view.displayName(column))': the \(values.count) rows above sum to \(Format.number(sum, places: places))\(why)",
            expected: Format.number(sum, places: places), actual: Format.number(stated, places: places),
            location: view.location(row: totalRow, column: column, line: total.line))
    }

    private func pow10(_ k: Int) -> Double {
        var x = 1.0
        for _ in 0..<k { x *= 10 }
        return x
    }
}
