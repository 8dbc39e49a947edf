import WikiModel

/// `turnout`: turnout in percent equals votes cast over the electorate, and votes cast are
/// not fewer than the valid votes.
///
/// - Contests with a stated turnout, electorate and turnout percent: the percent is votes cast
///   / electorate, to the precision it is written with (see `percent-of-votes` for the
///   tolerance). `{{Election results}}` is skipped: its turnout is computed, not stated.
/// - Votes cast (the turnout count) cannot be below the valid votes: the sum of the rows in a
///   single-seat contest, the top candidate's votes in a multi-seat ward. With rejected ballots
///   stated, votes cast above valid + rejected (+ blank) is a warning: ballots unaccounted for.
/// - Tables: a Turnout row's votes cannot be below the sum of the candidate rows above it.
public struct TurnoutRule: Rule {
    /// The rule id.
    public let id = "turnout"
    /// What the rule checks, in one line.
    public let summary = "Turnout % = votes cast / electorate; votes cast ≥ valid votes."

    /// Creates the rule.
    public init() {}

    /// The rule's findings on the context's article.
    public func check(_ context: CheckContext) -> [Finding] {
        context.contests.flatMap(check) + context.tables.flatMap(check)
    }

    func check(_ facts: ContestFacts) -> [Finding] {
        let contest = facts.contest, totals = contest.totals
        guard contest.kind != .electionResults, contest.kind != .infobox else { return [] }
        var findings: [Finding] = []
        if let cast = totals.turnout, let electorate = totals.electorate, electorate > 0, let percent = totals.turnoutPercent {
            let decimals = Precision.decimals(of: percent)
            let computed = Double(cast) / Double(electorate) * 100
            if let severity = PercentOfVotesRule.severity(stated: percent, computed: computed, decimals: decimals) {
                findings.append(Finding(
                    rule: id, severity: severity,
                    message: "the turnout of \(facts.name) is \(Format.integer(cast)) of \(Format.integer(electorate)) electors, "
                        + "\(Format.percent(computed, places: decimals + 1)), but its percent says \(Format.number(percent, maxPlaces: decimals))",
                    expected: Format.percent(computed, places: decimals), actual: Format.percent(percent, places: decimals),
                    location: facts.location()))
            }
        }
        if let cast = totals.turnout, let votes = facts.allVotes {
            let single = facts.isSingleWinner
            let valid = single ? votes.reduce(0, +) : (votes.max() ?? 0)
            if cast < valid {
                let what = single ? "the \(Format.integer(valid)) valid votes of its rows" : "the top candidate's \(Format.integer(valid)) votes"
                findings.append(Finding(
                    rule: id, severity: .error,
                    message: "\(facts.name) states \(Format.integer(cast)) votes cast, fewer than \(what)",
                    expected: "≥ \(Format.integer(valid))", actual: Format.integer(cast), location: facts.location()))
            } else if single, let invalid = totals.invalid, cast > valid + invalid + (totals.blank ?? 0) {
                let accounted = valid + invalid + (totals.blank ?? 0)
                findings.append(Finding(
                    rule: id, severity: .warning,
                    message: "\(facts.name) states \(Format.integer(cast)) votes cast, but its rows' \(Format.integer(valid)) valid votes "
                        + "and \(Format.integer(invalid)) rejected make \(Format.integer(accounted))",
                    expected: Format.integer(accounted), actual: Format.integer(cast), location: facts.location()))
            }
        }
        return findings
    }

    /// A Turnout row against the candidate rows above it.
    func check(_ view: TableView) -> [Finding] {
        var candidates: [Int] = []
        candidates.reserveCapacity(view.bodyRows.count)
        var findings: [Finding] = []
        for row in view.bodyRows {
            let role = view.role(row)
            if role == .other, !view.isSection(row) { candidates.append(row); continue }
            guard role == .turnout, !candidates.isEmpty else { continue }
            for column in 0..<view.width {
                guard let cell = view.ownCell(row, column), cell.colspan == 1, cell.value.kind == .integer,
                      let cast = cell.value.number else { continue }
                let votes = candidates.compactMap { r -> Double? in
                    guard let c = view.ownCell(r, column), c.value.kind == .integer else { return nil }
                    return c.value.number
                }
                guard votes.count == candidates.count, votes.count >= 2 else { continue }
                let valid = votes.reduce(0, +)
                if cast < valid {
                    findings.append(Finding(
                        rule: id, severity: .error,
                        message: "table \(view.table.index) row '\(view.label(row))' says \(Format.quote(cell.text)) votes cast, fewer than the "
                            + "\(Format.number(valid)) votes of the \(votes.count) rows above",
                        expected: "≥ \(Format.number(valid))", actual: Format.number(cast),
                        location: view.location(row: row, column: column, line: cell.line)))
                }
            }
            candidates.removeAll(keepingCapacity: true)
        }
        return findings
    }
}
