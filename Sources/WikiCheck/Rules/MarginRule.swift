import WikiModel

/// `margin`: a majority or margin equals the winner's votes minus the runner-up's.
///
/// - Contests: a stated majority equals the votes of the last winner minus those of the first
///   loser (first minus second in a single-seat contest; in a three-seat ward, third minus
///   fourth). Its percent, when stated, is the majority over the valid votes (ballots in a
///   multi-seat ward), checked like `percent-of-votes`.
/// - Tables: a row labelled Majority or Margin holds, in the votes column, the top candidate
///   row above minus the second (and, in a percent column right after, that lead over the
///   candidates' votes); and a Margin/Majority column equals, on each row, the first
///   votes column minus the second (winner and runner-up side by side).
/// Votes are counts, so the check is exact: any difference is an error.
public struct MarginRule: Rule {
    /// The rule id.
    public let id = "margin"
    /// What the rule checks, in one line.
    public let summary = "Majority / margin = winner's votes − runner-up's votes (and its percent)."

    /// Creates the rule.
    public init() {}

    /// The rule's findings on the context's article.
    public func check(_ context: CheckContext) -> [Finding] {
        context.contests.flatMap(check) + context.tables.flatMap { checkRows($0) + checkColumns($0) }
    }

    // MARK: Contests

    func check(_ facts: ContestFacts) -> [Finding] {
        let contest = facts.contest
        guard let majority = contest.totals.majority, let votes = facts.allVotes else { return [] }
        let ranked = votes.sorted(by: >)
        let seats = facts.seatsFilled
        guard ranked.count > seats else { return [] }
        var findings: [Finding] = []
        let expected = ranked[seats - 1] - ranked[seats]
        if expected != majority {
            let who = seats == 1 ? "the winner's \(Format.integer(ranked[0])) votes minus the runner-up's \(Format.integer(ranked[1]))"
                : "the last winner's \(Format.integer(ranked[seats - 1])) votes minus the first loser's \(Format.integer(ranked[seats]))"
            findings.append(Finding(
                rule: id, severity: .error,
                message: "the majority of \(facts.name) is \(Format.integer(majority)), but \(who) is \(Format.integer(expected))",
                expected: Format.integer(expected), actual: Format.integer(majority), location: facts.location()))
        }
        if let percent = contest.totals.majorityPercent {
            var totals = [Double(votes.reduce(0, +))]
            if seats > 1 {
                totals = []
                if let cast = contest.totals.turnout, cast > 0 {
                    totals.append(Double(cast))
                    if let invalid = contest.totals.invalid, invalid < cast { totals.append(Double(cast - invalid)) }
                }
            }
            let decimals = Precision.decimals(of: percent)
            let candidates = totals.filter { $0 > 0 }.map { Double(majority) / $0 * 100 }
            if let best = candidates.min(by: { abs($0 - percent) < abs($1 - percent) }),
               let severity = PercentOfVotesRule.severity(stated: percent, computed: best, decimals: decimals) {
                findings.append(Finding(
                    rule: id, severity: severity,
                    message: "the majority of \(facts.name) is \(Format.percent(best, places: decimals + 1)) of the valid votes, "
                        + "but its percent says \(Format.number(percent, maxPlaces: decimals))",
                    expected: Format.percent(best, places: decimals), actual: Format.percent(percent, places: decimals),
                    location: facts.location()))
            }
        }
        return findings
    }

    // MARK: Tables

    /// A Majority row against the top two candidate rows above it.
    func checkRows(_ view: TableView) -> [Finding] {
        var findings: [Finding] = []
        var candidates: [Int] = []
        candidates.reserveCapacity(view.bodyRows.count)
        for row in view.bodyRows {
            let role = view.role(row)
            if role == .other, !view.isSection(row) { candidates.append(row); continue }
            guard role == .majority else {
                if role.isTotal { candidates.removeAll(keepingCapacity: true) }
                continue
            }
            guard let column = votesColumn(view, row: row), let cell = view.ownCell(row, column),
                  TableView.isPlainNumber(cell.value), let majority = cell.value.number else { continue }
            let votes = candidates.compactMap { r -> Double? in
                guard let c = view.ownCell(r, column), TableView.isPlainNumber(c.value) else { return nil }
                return c.value.number
            }
            guard votes.count >= 2, votes.count == candidates.count else { continue }
            let ranked = votes.sorted(by: >)
            let expected = ranked[0] - ranked[1]
            if abs(expected - majority) > 1e-9 {
                findings.append(Finding(
                    rule: id, severity: .error,
                    message: "table \(view.table.index) row '\(view.label(row))' says \(Format.quote(cell.text)), but the top two rows above "
                        + "have \(Format.number(ranked[0])) and \(Format.number(ranked[1])) votes, a margin of \(Format.number(expected))",
                    expected: Format.number(expected), actual: Format.number(majority),
                    location: view.location(row: row, column: column, line: cell.line)))
            }
            // The majority's percent, in the column after the votes, is of the candidates' votes.
            let total = votes.reduce(0, +)
            if column + 1 < view.width, let share = view.ownCell(row, column + 1), share.value.kind == .percent,
               let percent = share.value.number, total > 0 {
                let decimals = Precision.decimals(in: share.text)
                let computed = majority / total * 100
                if let severity = PercentOfVotesRule.severity(stated: percent, computed: computed, decimals: decimals) {
                    findings.append(Finding(
                        rule: id, severity: severity,
                        message: "table \(view.table.index) row '\(view.label(row))': a majority of \(Format.number(majority)) is "
                            + "\(Format.percent(computed, places: decimals + 1)) of the \(Format.number(total)) votes above, "
                            + "but the row says \(Format.quote(share.text))",
                        expected: Format.percent(computed, places: decimals), actual: Format.percent(percent, places: decimals),
                        location: view.location(row: row, column: column + 1, line: share.line)))
                }
            }
        }
        return findings
    }

    /// The column holding votes: one named `votes`, else the row's first number.
    private func votesColumn(_ view: TableView, row: Int) -> Int? {
        if let named = (0..<view.width).first(where: { view.columnWords[$0].votes }) { return named }
        return (0..<view.width).first { view.ownCell(row, $0).map { TableView.isPlainNumber($0.value) } ?? false }
    }

    /// A Margin column against the first two votes columns, row by row.
    func checkColumns(_ view: TableView) -> [Finding] {
        let margins = (0..<view.width).filter { view.columnWords[$0].margin }
        guard !margins.isEmpty else { return [] }
        let votes = (0..<view.width).filter { view.columnWords[$0].votes }
        guard let margin = margins.first, votes.count >= 2 else { return [] }
        let (a, b) = (votes[0], votes[1])
        var findings: [Finding] = []
        for row in view.bodyRows where view.role(row) == .other && !view.isSection(row) {
            guard let m = view.ownCell(row, margin), TableView.isPlainNumber(m.value), let stated = m.value.number,
                  let x = view.table.rows[row][a].value.number, TableView.isPlainNumber(view.table.rows[row][a].value),
                  let y = view.table.rows[row][b].value.number, TableView.isPlainNumber(view.table.rows[row][b].value)
            else { continue }
            let expected = abs(x - y)
            guard abs(expected - stated) > 1e-9 else { continue }
            findings.append(Finding(
                rule: id, severity: .error,
                message: "table \(view.table.index) row '\(view.label(row))': column '\(view.displayName(margin))' says \(Format.quote(m.text)), "
                    + "but '\(view.displayName(a))' \(Format.number(x)) minus '\(view.displayName(b))' \(Format.number(y)) "
                    + "is \(Format.number(expected))",
                expected: Format.number(expected), actual: Format.number(stated),
                location: view.location(row: row, column: margin, line: m.line)))
        }
        return findings
    }
}
