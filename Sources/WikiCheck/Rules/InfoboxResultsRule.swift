import WikiModel

/// `infobox-results`: an election infobox's `seatsN`, `seats_afterN`, `popular_voteN` and
/// `percentageN` agree with the results of the same election (`{{Election results}}`, a
/// results table or an election summary) for the same party.
///
/// - The results contest is the one whose rows match the most infobox parties (see
///   `ElectionInfobox.results`). Parties match by link target, name or abbreviation
///   (`PartyNames`); an infobox party matching no row, or several, is not compared.
/// - Seats: `seatsN` against the row's `Total` seat type when the contest has seat types,
///   otherwise against its seats; a council summary states both the seats won (`Seats`) and the
///   council total after the election (`Total`), and `seatsN` may mean either, while
///   `seats_afterN` is compared with `Total`.
/// - Votes are compared exactly; percents within half a unit of the last digit of each side
///   (a percent the results computed from votes counts as two decimals).
/// Where the infobox repeats a parameter, the last value is compared (MediaWiki shows it).
public struct InfoboxResultsRule: Rule {
    /// The rule id.
    public let id = "infobox-results"
    /// What the rule checks, in one line.
    public let summary = "Infobox seatsN / popular_voteN / percentageN = the results for the same party."

    /// Creates the rule.
    public init() {}

    /// The rule's findings on the context's article.
    public func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for (box, results) in zip(context.elections, context.electionResults) {
            guard let (facts, matched) = results else { continue }
            for party in box.parties {
                guard let rowIndex = matched[party.index] else { continue }
                findings += compare(box, party, facts, rowIndex)
            }
        }
        return findings
    }

    private func compare(_ box: ElectionInfobox, _ party: ElectionInfobox.Party, _ facts: ContestFacts,
                         _ rowIndex: Int) -> [Finding] {
        let row = facts.contest.rows[rowIndex]
        let n = party.index
        let who = row.party ?? party.field.text
        var findings: [Finding] = []
        func finding(_ field: Field, _ what: String, expected: String, actual: String) {
            findings.append(Finding(
                rule: id, severity: .error,
                message: "infobox \(field.key) (\(party.field.text)) says \(actual), but \(facts.name) gives "
                    + "\(who) \(expected) \(what)",
                expected: expected, actual: actual,
                location: FindingLocation(line: field.line, infobox: box.position, contest: facts.position,
                                          row: rowIndex, field: field.key)))
        }

        if let (seats, field) = box.integer("seats\(n)") {
            let (accepted, shown, kind) = seatChoices(row, seatTypes: facts.contest.seatTypes)
            if let shown, !accepted.contains(seats) {
                finding(field, kind, expected: Format.integer(shown), actual: Format.integer(seats))
            }
        }
        if let (after, field) = box.integer("seats_after\(n)"), let total = row.seats["Total"], after != total {
            finding(field, "seats in total", expected: Format.integer(total), actual: Format.integer(after))
        }
        if let (votes, field) = box.integer("popular_vote\(n)"), let stated = row.votes, votes != stated {
            finding(field, "votes", expected: Format.integer(stated), actual: Format.integer(votes))
        }
        if let (percent, field) = box.percent("percentage\(n)"), let stated = row.percent {
            let boxDecimals = Precision.decimals(in: field.text)
            let rowDecimals = row.percentComputed ? 2 : Precision.decimals(of: stated)
            let slack = Precision.halfUnit(boxDecimals) + Precision.halfUnit(rowDecimals)
            if abs(percent - stated) > slack + 1e-9 {
                finding(field, "of the votes" + (row.percentComputed ? " (computed from its votes)" : ""),
                        expected: Format.percent(stated, places: rowDecimals), actual: Format.percent(percent, places: boxDecimals))
            }
        }
        return findings
    }

    /// The seat counts an infobox `seatsN` may mean for this row, the one to show, and its name.
    private func seatChoices(_ row: ContestRow, seatTypes: [String]) -> (accepted: Set<Int>, shown: Int?, kind: String) {
        let entries = row.seats.entries
        if let total = entries.first(where: { $0.key.lowercased() == "total" }) {
            if let won = entries.first(where: { $0.key == "Seats" }) {
                return ([won.value, total.value], won.value, "seats (and \(Format.integer(total.value)) in total)")
            }
            return ([total.value], total.value, "seats in total")
        }
        if entries.count == 1 { return ([entries[0].value], entries[0].value, "seats") }
        if entries.count > 1, !seatTypes.isEmpty {
            let sum = entries.reduce(0) { $0 + $1.value }
            return ([sum], sum, "seats over its seat types")
        }
        return ([], nil, "seats")
    }
}
