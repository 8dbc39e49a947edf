import Wikitext
import WikiModel

/// `{{Election results}}` (Module:Election results): numbered rows of `partyN`, `candN` (or
/// `candidateN`), `votesN`, seats as `seatsN`/`sN` or per seat type as `stKtN` with
/// `seattypeK`, seat change `scN` (or `gainN`/`lossN`), swing `swN`, `pcN`, and `rowN` naming a
/// row that is no party (`None of the above`, `Appointed seats`); the totals `valid` (when
/// voters cast several votes, else the rows' sum), `invalid`, `blank`, `electorate`. A second
/// round or ballot (`votesN_2`, `seatsN_2`: a runoff, or the list vote of a mixed system, whose
/// parties' seats in all are `totseatsN`) is a contest of its own, titled by `secondround`
/// (`Second round`), and the first then by `firstround` (`First round`).
enum ElectionResultsContest {
    /// The first round's contest, then the second round's when the template has one.
    static func contests(_ fields: TemplateFields, section: String?) -> [Contest] {
        var indices = Set<Int>()
        var seatTypeIndices = Set<Int>()
        var candidates = false
        for key in fields.namedKeys {
            if let n = trailingNumber(key, after: ["party", "cand", "candidate", "row", "votes", "seats", "s", "pc"]) {
                indices.insert(n)
                if key.hasPrefix("cand") { candidates = true }  // `candN` or `candidateN`
            }
            if let k = trailingNumber(key, after: ["seattype"]) { seatTypeIndices.insert(k) }
        }
        let seatTypes = seatTypeIndices.sorted().map { (k: $0, name: fields.text("seattype\($0)") ?? "Type \($0)") }
        var rows: [ContestRow] = []
        var secondRound: [ContestRow] = []
        for n in indices.sorted() {
            var row = ContestRow(line: fields.line(ofParameterSpelled: "party\(n)") ?? fields.line)
            if let party = fields.rendered("party\(n)") {
                row.party = party.text.isEmpty ? nil : party.text
                row.notes += party.notes
            }
            row.candidate = fields.text("cand\(n)", "candidate\(n)")
            // A row that is no party or candidate: its label stands in the names' column.
            if row.party == nil, row.candidate == nil, let label = fields.text("row\(n)") {
                if candidates { row.candidate = label } else { row.party = label }
            }
            row.votes = fields.integer("votes\(n)")
            if !seatTypes.isEmpty {
                var seats = OrderedPairs<Int>()
                for type in seatTypes {
                    if let s = fields.integer("st\(type.k)t\(n)") { seats.entries.append(.init(key: type.name, value: s)) }
                }
                row.seats = seats
            } else if let s = fields.integer("seats\(n)", "s\(n)") {
                row.seats = OrderedPairs([.init(key: "Seats", value: s)])
            }
            // Two ballots (constituency and list, `seatsN_2`) give a party its seats in all.
            if let total = fields.integer("totseats\(n)"), !row.seats.contains(where: { $0.key == "Total" }) {
                row.seats.entries.append(.init(key: "Total", value: total))
            }
            if let change = fields.integer("sc\(n)") {
                row.seatChange = change
            } else {
                let gain = fields.integer("gain\(n)"), loss = fields.integer("loss\(n)")
                if gain != nil || loss != nil { row.seatChange = (gain ?? 0) - (loss ?? 0) }
            }
            row.swing = fields.number("sw\(n)")
            if let pc = fields.number("pc\(n)") { row.percent = pc }
            if let votes = fields.integer("votes\(n)_2") {
                var second = ContestRow(party: row.party, candidate: row.candidate, line: row.line)
                second.votes = votes
                if let s = fields.integer("seats\(n)_2") { second.seats = OrderedPairs([.init(key: "Seats", value: s)]) }
                secondRound.append(second)
            }
            rows.append(row)
        }
        var totals = ContestTotals()
        totals.invalid = fields.integer("invalid")
        totals.blank = fields.integer("blank")
        totals.electorate = fields.integer("electorate")
        let votes = rows.compactMap(\.votes)
        totals.valid = fields.integer("valid") ?? (votes.isEmpty ? nil : votes.checkedSum)
        computePercents(&rows, valid: totals.valid)
        if let electorate = totals.electorate, electorate > 0, let valid = totals.valid,
           let cast = [valid, totals.invalid ?? 0, totals.blank ?? 0].checkedSum {
            totals.turnout = cast
            totals.turnoutPercent = (Double(cast) / Double(electorate) * 10000).rounded() / 100
        }
        let hasSecond = !secondRound.isEmpty
        var contests = [Contest(kind: .electionResults, title: hasSecond ? fields.text("firstround") ?? "First round" : nil,
                                section: section, line: fields.line, seatTypes: seatTypes.map(\.name), rows: rows,
                                totals: totals, outcome: nil)]
        if hasSecond {
            var second = ContestTotals()
            second.valid = secondRound.compactMap(\.votes).checkedSum
            computePercents(&secondRound, valid: second.valid)
            contests.append(Contest(kind: .electionResults, title: fields.text("secondround") ?? "Second round", section: section,
                                    line: fields.line, seatTypes: [], rows: secondRound, totals: second, outcome: nil))
        }
        return contests
    }

    /// Percentages the template does not state, from the votes (marked computed).
    private static func computePercents(_ rows: inout [ContestRow], valid: Int?) {
        guard let valid, valid > 0 else { return }
        for i in rows.indices where rows[i].percent == nil {
            if let v = rows[i].votes {
                rows[i].percent = (Double(v) / Double(valid) * 10000).rounded() / 100
                rows[i].percentComputed = true
            }
        }
    }

    /// `party12` after `party` gives 12; nil when the key is another one.
    static func trailingNumber(_ key: String, after stems: [String]) -> Int? {
        for stem in stems where key.hasPrefix(stem) {
            let rest = key.dropFirst(stem.count)
            if !rest.isEmpty, rest.allSatisfy(\.isASCIIDigitCharacter), let n = Int(rest) { return n }
        }
        return nil
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool { self >= "0" && self <= "9" }
}
