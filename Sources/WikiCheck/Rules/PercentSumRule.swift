import WikiModel

/// `percent-sum`: shares that make up a whole add up to 100 (or to the stated total).
///
/// - Tables: a percent column whose Total row states a percent (`100.0 %`) equals the sum of
///   the rows above it (the rows `table-totals` sums).
/// - Contests: the stated percents of an `{{Election results}}`, election summary, results
///   table or single-seat election box add up to 100. Contests with a percent the extractor
///   computed from the votes are skipped (those add up by construction), and so are multi-seat
///   boxes, whose shares are of ballots and add up to more than 100.
/// - Tolerance: each value may be off by half a unit of its last digit, so `n` values may miss
///   by `n` half-units (plus half a unit of a stated total). A larger miss is an error. A
///   contest whose shares fall short is a warning rather than an error: a row may be missing.
public struct PercentSumRule: Rule {
    /// The rule id.
    public let id = "percent-sum"
    /// What the rule checks, in one line.
    public let summary = "Percent columns and contest shares add up to 100 (or the stated total) within rounding."

    /// Creates the rule.
    public init() {}

    /// The rule's findings on the context's article.
    public func check(_ context: CheckContext) -> [Finding] {
        context.tables.flatMap(check) + context.contests.compactMap(check)
    }

    func check(_ view: TableView) -> [Finding] {
        var findings: [Finding] = []
        var start = view.bodyRows.lowerBound
        for row in view.bodyRows {
            guard view.role(row).isTotal else { continue }
            defer { start = row + 1 }
            let addends = (start..<row).filter { r in !view.isSection(r) && view.role(r) == .other }
            guard addends.count >= 2 else { continue }
            for column in 0..<view.width {
                if let finding = checkColumn(view, totalRow: row, column: column, addends: addends) { findings.append(finding) }
            }
        }
        return findings
    }

    private func checkColumn(_ view: TableView, totalRow: Int, column: Int, addends: [Int]) -> Finding? {
        guard let total = view.ownCell(totalRow, column), total.colspan == 1, total.value.kind == .percent,
              let stated = total.value.number else { return nil }
        var values: [Double] = []
        var decimals = 0
        for row in addends {
            let cell = view.table.rows[row][column]
            if TableView.isEmptySlot(cell) || TableView.isBlank(cell) { continue }
            guard cell.origin == GridPosition(row: row, col: column), cell.colspan == 1 else { return nil }
            guard cell.value.kind == .percent || cell.value.kind == .decimal || cell.value.kind == .integer,
                  let number = cell.value.number else { return nil }
            values.append(number)
            decimals = max(decimals, Precision.decimals(in: cell.text))
        }
        guard values.count >= 2 else { return nil }
        let sum = values.reduce(0, +)
        let slack = Double(values.count) * Precision.halfUnit(decimals) + Precision.halfUnit(Precision.decimals(in: total.text))
        guard abs(sum - stated) > slack + 1e-9 else { return nil }
        let places = max(decimals, Precision.decimals(in: total.text))
        return Finding(
            rule: id, severity: .error,
            message: "table \(view.table.index): the percentages in column '\(view.displayName(column))' sum to "
                + "\(Format.percent(sum, places: places)), not the \(Format.percent(stated, places: places)) its "
                + "'\(view.label(totalRow))' row states (rounding allows ±\(Format.number(slack, maxPlaces: 3)))",
            expected: Format.percent(stated, places: places), actual: Format.percent(sum, places: places),
            location: view.location(row: totalRow, column: column, line: total.line))
    }

    func check(_ facts: ContestFacts) -> Finding? {
        let contest = facts.contest
        guard ContestFacts.resultKinds.contains(contest.kind) || (contest.kind == .electionBox && facts.isSingleWinner)
        else { return nil }
        guard contest.rows.count >= 2, contest.rows.allSatisfy({ $0.percent != nil && !$0.percentComputed }) else { return nil }
        let percents = contest.rows.compactMap(\.percent)
        let decimals = percents.map(Precision.decimals(of:)).max() ?? 0
        let sum = percents.reduce(0, +)
        let slack = Double(percents.count) * Precision.halfUnit(decimals)
        guard abs(sum - 100) > slack + 1e-9 else { return nil }
        let short = sum < 100
        return Finding(
            rule: id, severity: short ? .warning : .error,
            message: "the shares of the \(contest.rows.count) rows of \(facts.name) sum to "
                + "\(Format.percent(sum, places: decimals)), not 100% (rounding allows ±\(Format.number(slack, maxPlaces: 3)))"
                + (short ? "; a row may be missing" : ""),
            expected: "100%", actual: Format.percent(sum, places: decimals),
            location: facts.location())
    }
}
