import WikiModel

/// `seats`: seats add up to the stated total.
///
/// - Seat types: in a contest with a `Total` seat type (`{{Election results}}` with
///   `seattypeN`), each row's Total equals the sum of its other types.
/// - `seats_for_election`: the seats of the election's results contest (the one
///   `infobox-results` compares with) add up to the number the infobox states: `All 336 seats`
///   against the Total seat type (or the seats); `16 out of 29 seats` against the seats won (16)
///   and the council total after the election (29). Rows without a seat count stop the check.
/// - A Total row of a seats column is checked by `table-totals`.
/// Seats are counts: any difference is an error.
public struct SeatsRule: Rule {
    /// The rule id.
    public let id = "seats"
    /// What the rule checks, in one line.
    public let summary = "Seats sum to the stated total (seats_for_election, Total seat type, seat types per row)."

    /// Creates the rule.
    public init() {}

    /// The rule's findings on the context's article.
    public func check(_ context: CheckContext) -> [Finding] {
        context.contests.flatMap(checkSeatTypes)
            + zip(context.elections, context.electionResults).flatMap { checkStatedTotal($0.0, results: $0.1) }
    }

    func checkSeatTypes(_ facts: ContestFacts) -> [Finding] {
        let types = facts.contest.seatTypes
        guard let totalType = types.first(where: { $0.lowercased() == "total" }), types.count >= 3 else { return [] }
        let parts = types.filter { $0 != totalType }
        var findings: [Finding] = []
        for (index, row) in facts.contest.rows.enumerated() {
            guard let total = row.seats[totalType] else { continue }
            let values = parts.compactMap { row.seats[$0] }
            guard values.count == parts.count else { continue }
            let sum = values.reduce(0, +)
            if sum != total {
                findings.append(Finding(
                    rule: id, severity: .error,
                    message: "\(row.party ?? "row \(index + 1)") in \(facts.name): \(parts.joined(separator: " + ")) seats "
                        + "make \(Format.integer(sum)), but \(totalType) says \(Format.integer(total))",
                    expected: Format.integer(sum), actual: Format.integer(total), location: facts.location(row: index)))
            }
        }
        return findings
    }

    /// `results`: the box's results contest and matching rows (`ElectionInfobox.results(in:)`).
    func checkStatedTotal(_ box: ElectionInfobox, results: (facts: ContestFacts, rows: [Int: Int])?) -> [Finding] {
        guard let stated = box.seatsForElection, let (facts, matched) = results,
              matched.count >= min(2, box.parties.count) else { return [] }
        let rows = facts.contest.rows
        func sum(_ type: String) -> Int? {
            let values = rows.compactMap { $0.seats[type] }
            return values.count == rows.count && !values.isEmpty ? values.reduce(0, +) : nil
        }
        let totalType = facts.contest.seatTypes.first { $0.lowercased() == "total" } ?? "Total"
        var checks: [(sum: Int, stated: Int, what: String)] = []
        if let won = sum("Seats") {
            checks.append((won, stated.contested, "seats won"))
            if let of = stated.of, let total = sum(totalType) { checks.append((total, of, "seats in total")) }
        } else if let total = sum(totalType) {
            checks.append((total, stated.of ?? stated.contested, "\(totalType) seats"))
        }
        return checks.filter { $0.sum != $0.stated }.map { check in
            Finding(
                rule: id, severity: .error,
                message: "infobox seats_for_election says \(Format.integer(check.stated)) (\(Format.quote(stated.field.text))), "
                    + "but the \(check.what) of the \(rows.count) rows of \(facts.name) add up to \(Format.integer(check.sum))",
                expected: Format.integer(check.stated), actual: Format.integer(check.sum),
                location: FindingLocation(line: facts.contest.line, infobox: box.position, contest: facts.position,
                                          field: stated.field.key))
        }
    }
}
