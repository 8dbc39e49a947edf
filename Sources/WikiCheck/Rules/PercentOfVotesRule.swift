import WikiModel

/// `percent-of-votes`: a stated percent equals the row's votes over the total valid votes,
/// rounded to the precision it is written with.
///
/// - Contests: the valid votes are the sum of the rows' votes (for a single-seat contest or a
///   whole election). When some rows state a percent but no votes, the total is estimated from
///   the others and a miss is only a warning. In a multi-seat election box every voter has
///   several votes, so shares are of ballots: votes cast, with or without the rejected ones.
///   Percents the extractor computed are not checked.
/// - Tables: a votes column followed by a percent column, with a Total / Valid votes row giving
///   the total, or (without one) a Majority or Turnout row closing the candidate rows above it.
/// - Tolerance: half a unit of the percent's last digit. One unit more is a warning (an editor
///   rounding down, or a slightly different total); beyond that it is an error.
public struct PercentOfVotesRule: Rule {
    /// The rule id.
    public let id = "percent-of-votes"
    /// What the rule checks, in one line.
    public let summary = "A percent equals votes / total valid votes within its written precision."

    /// Creates the rule.
    public init() {}

    /// The rule's findings on the context's article.
    public func check(_ context: CheckContext) -> [Finding] {
        context.contests.flatMap(check) + context.tables.flatMap(check)
    }

    // MARK: Contests

    func check(_ facts: ContestFacts) -> [Finding] {
        let contest = facts.contest
        guard contest.kind != .infobox, contest.rows.count >= 2 else { return [] }
        // Each possible total valid votes, with how messages name it.
        var totals: [(votes: Double, name: String)] = []
        var estimated = false
        if facts.isSingleWinner || ContestFacts.resultKinds.contains(contest.kind) {
            if let valid = contest.totals.valid, contest.kind != .electionResults {
                totals = [(Double(valid), "the \(Format.integer(valid)) valid votes")]
            } else {
                var known = 0.0, missingShare = 0.0
                for row in contest.rows {
                    if let votes = row.votes {
                        known += Double(votes)
                    } else if let percent = row.percent {
                        missingShare += percent
                    } else {
                        return []  // a row with neither: the total is unknown
                    }
                }
                guard known > 0, missingShare < 50 else { return [] }
                estimated = missingShare > 0
                let total = known / (1 - missingShare / 100)
                totals = [(total, estimated ? "an estimated \(Format.integer(Int(total.rounded()))) valid votes (rows without votes "
                                   + "hold \(Format.number(missingShare))%)" : "the \(Format.integer(Int(known))) valid votes of its rows")]
            }
        } else if let cast = contest.totals.turnout, cast > 0 {
            // Multi-seat: each ballot holds several votes, so shares are of ballots.
            totals = [(Double(cast), "the \(Format.integer(cast)) ballots cast")]
            if let invalid = contest.totals.invalid, invalid > 0, invalid < cast {
                totals.append((Double(cast - invalid), "the \(Format.integer(cast - invalid)) valid ballots"))
            }
        }
        guard !totals.isEmpty else { return [] }
        var findings: [Finding] = []
        for (index, row) in contest.rows.enumerated() {
            guard let votes = row.votes, let percent = row.percent, !row.percentComputed else { continue }
            let decimals = Precision.decimals(of: percent)
            let shares = totals.map { (share: Double(votes) / $0.votes * 100, name: $0.name) }
            let best = shares.min { abs($0.share - percent) < abs($1.share - percent) }!
            guard let severity = Self.severity(stated: percent, computed: best.share, decimals: decimals, lenient: estimated)
            else { continue }
            let who = row.candidate ?? row.party ?? "row \(index + 1)"
            findings.append(Finding(
                rule: id, severity: severity,
                message: "\(who) in \(facts.name): \(Format.integer(votes)) votes are \(Format.percent(best.share, places: decimals + 1)) "
                    + "of \(best.name), but the percent says \(Format.number(percent, maxPlaces: decimals))",
                expected: Format.percent(best.share, places: decimals), actual: Format.percent(percent, places: decimals),
                location: facts.location(row: index)))
        }
        return findings
    }

    /// nil when `stated` is `computed` rounded to `decimals` places; else how bad the miss is.
    static func severity(stated: Double, computed: Double, decimals: Int, lenient: Bool = false) -> Finding.Severity? {
        let half = Precision.halfUnit(decimals)
        let miss = abs(stated - computed)
        if miss <= half + 1e-9 { return nil }
        if lenient || miss <= 3 * half + 1e-9 { return .warning }
        return .error
    }

    // MARK: Tables

    func check(_ view: TableView) -> [Finding] {
        guard let (votesColumn, percentColumn) = columns(view) else { return [] }
        let rows = Array(view.bodyRows)
        var total: Double?
        var candidates: [Int] = []
        for row in rows {
            let role = view.role(row)
            if role.isTotal {
                total = view.ownCell(row, votesColumn).flatMap { TableView.isPlainNumber($0.value) ? $0.value.number : nil }
                break
            }
            if role == .majority || role == .turnout || role == .invalid || role == .electorate {
                if total == nil, !candidates.isEmpty {
                    total = candidates.compactMap { view.ownCell($0, votesColumn)?.value.number }.reduce(0, +)
                }
                break
            }
            if role == .other, !view.isSection(row) { candidates.append(row) }
        }
        guard let total, total > 0 else { return [] }
        var findings: [Finding] = []
        for row in candidates {
            guard let votesCell = view.ownCell(row, votesColumn), TableView.isPlainNumber(votesCell.value),
                  let votes = votesCell.value.number,
                  let percentCell = view.ownCell(row, percentColumn), TableView.isNumber(percentCell.value),
                  let percent = percentCell.value.number else { continue }
            let decimals = Precision.decimals(in: percentCell.text)
            let computed = votes / total * 100
            guard let severity = Self.severity(stated: percent, computed: computed, decimals: decimals) else { continue }
            findings.append(Finding(
                rule: id, severity: severity,
                message: "table \(view.table.index) row '\(view.label(row))': \(Format.number(votes)) votes are "
                    + "\(Format.percent(computed, places: decimals + 1)) of \(Format.number(total)), "
                    + "but column '\(view.displayName(percentColumn))' says \(Format.quote(percentCell.text))",
                expected: Format.percent(computed, places: decimals), actual: Format.percent(percent, places: decimals),
                location: view.location(row: row, column: percentColumn, line: percentCell.line)))
        }
        return findings
    }

    /// A votes column and the percent column right after it, or nil.
    private func columns(_ view: TableView) -> (Int, Int)? {
        for column in 0..<max(0, view.width - 1) {
            guard view.columnWords[column].votes else { continue }
            if view.columnWords[column + 1].share { return (column, column + 1) }
        }
        return nil
    }
}
