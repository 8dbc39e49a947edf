import Wikitext
import WikiModel

/// `{{Election results}}` (Module:Election results): numbered `partyN`/`candidateN`/`votesN`
/// rows, seats as `seatsN`/`sN` or per seat type as `stKtN` with `seattypeK`, `gainN`/`lossN`,
/// `pcN`, and the totals `invalid`, `blank`, `electorate`.
enum ElectionResultsContest {
    static func contest(_ fields: TemplateFields, section: String?) -> Contest {
        var indices = Set<Int>()
        var seatTypeIndices = Set<Int>()
        for key in fields.namedKeys {
            if let n = trailingNumber(key, after: ["party", "candidate", "votes", "seats", "s", "pc"]) { indices.insert(n) }
            if let k = trailingNumber(key, after: ["seattype"]) { seatTypeIndices.insert(k) }
        }
        let seatTypes = seatTypeIndices.sorted().map { (k: $0, name: fields.text("seattype\($0)") ?? "Type \($0)") }
        var rows: [ContestRow] = []
        for n in indices.sorted() {
            var row = ContestRow(line: fields.line(ofParameterSpelled: "party\(n)") ?? fields.line)
            if let party = fields.rendered("party\(n)") {
                row.party = party.text.isEmpty ? nil : party.text
                row.notes += party.notes
            }
            row.candidate = fields.text("candidate\(n)")
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
            let gain = fields.integer("gain\(n)"), loss = fields.integer("loss\(n)")
            if gain != nil || loss != nil { row.seatChange = (gain ?? 0) - (loss ?? 0) }
            if let pc = fields.number("pc\(n)") { row.percent = pc }
            rows.append(row)
        }
        var totals = ContestTotals()
        totals.invalid = fields.integer("invalid")
        totals.blank = fields.integer("blank")
        totals.electorate = fields.integer("electorate")
        let votes = rows.compactMap(\.votes)
        if !votes.isEmpty { totals.valid = votes.checkedSum }
        // Percentages the template does not state come from the votes (marked computed).
        if let valid = totals.valid, valid > 0 {
            for i in rows.indices where rows[i].percent == nil {
                if let v = rows[i].votes {
                    rows[i].percent = (Double(v) / Double(valid) * 10000).rounded() / 100
                    rows[i].percentComputed = true
                }
            }
        }
        if let electorate = totals.electorate, electorate > 0, let valid = totals.valid,
           let cast = [valid, totals.invalid ?? 0, totals.blank ?? 0].checkedSum {
            totals.turnout = cast
            totals.turnoutPercent = (Double(cast) / Double(electorate) * 10000).rounded() / 100
        }
        return Contest(kind: .electionResults, title: nil, section: section, line: fields.line,
                       seatTypes: seatTypes.map(\.name), rows: rows, totals: totals, outcome: nil)
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
