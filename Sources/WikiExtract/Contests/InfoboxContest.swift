import WikiModel

/// The party groups of `{{Infobox election}}` and `{{Infobox legislative election}}` as a
/// contest of kind `infobox`, so that they can be compared with the results later.
enum InfoboxContest {
    static let templates: Set<String> = ["infobox election", "infobox legislative election"]

    /// One contest per election infobox that has numbered groups.
    static func contests(_ infoboxes: [Infobox]) -> [Contest] {
        infoboxes.compactMap { box in
            guard templates.contains(box.template.lowercased()) else { return nil }
            var rows: [ContestRow] = []
            // Each group's fields in source order, gathered in one pass (filtering the fields
            // once per group was quadratic: 40,000 groups took 18 s).
            var byGroup: [Int: [Field]] = [:]
            for field in box.fields { if let group = field.group { byGroup[group, default: []].append(field) } }
            for index in byGroup.keys.sorted() {
                let fields = byGroup[index]!
                let suffix = String(index)
                func field(_ stems: String...) -> Field? {
                    // A parameter given twice: MediaWiki keeps the last. The key is built once
                    // per stem, not once per field compared.
                    for stem in stems {
                        let key = stem + suffix
                        if let f = fields.last(where: { $0.key == key }) { return f }
                    }
                    return nil
                }
                func integer(_ stems: String...) -> Int? {
                    for stem in stems {
                        let key = stem + suffix
                        if let n = fields.last(where: { $0.key == key })?.value.number, n.rounded() == n, abs(n) < 1e15 {
                            return Int(n)
                        }
                    }
                    return nil
                }
                var row = ContestRow(line: fields.first?.line ?? box.line)
                // A name is one line: `IND<br />(backed by PTI)` is the party `IND (backed by PTI)`.
                row.party = field("party").map { TextFolding.line($0.text) }.flatMap { $0.isEmpty ? nil : $0 }
                row.candidate = field("nominee", "candidate", "leader").map { TextFolding.line($0.text) }
                    .flatMap { $0.isEmpty ? nil : $0 }
                row.votes = integer("popular_vote", "votes")
                row.percent = field("percentage", "pct")?.value.number
                if let seats = integer("seats") { row.seats = OrderedPairs([.init(key: "Seats", value: seats)]) }
                if let electoral = integer("electoral_vote") { row.seats.entries.append(.init(key: "Electoral votes", value: electoral)) }
                row.seatChange = integer("seat_change")
                row.swing = field("swing")?.value.number
                row.notes = fields.flatMap(\.notes)
                guard row.party != nil || row.candidate != nil else { continue }
                rows.append(row)
            }
            guard !rows.isEmpty else { return nil }
            var contest = Contest(kind: .infobox, title: box.template, section: nil, line: box.line, rows: rows)
            if let turnout = box.fields.last(where: { $0.key == "turnout" })?.value, turnout.kind == .percent {
                contest.totals.turnoutPercent = turnout.number
            }
            if let registered = box.fields.last(where: { $0.key == "registered" })?.value.number, registered.rounded() == registered {
                contest.totals.electorate = Int(registered)
            }
            return contest
        }
    }
}

extension ContestExtractor {
    /// The contests of kind `infobox` from a page's election infoboxes.
    public static func infoboxContests(_ infoboxes: [Infobox]) -> [Contest] { InfoboxContest.contests(infoboxes) }
}
