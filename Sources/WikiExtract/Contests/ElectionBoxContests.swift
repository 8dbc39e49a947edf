import Wikitext
import WikiModel

/// The `{{Election box …}}`, `{{STV Election box …}}` and `{{Election summary …}}` families:
/// a begin template opens a contest, row templates add candidates or parties, totals and
/// hold/gain templates fill it, and an end template (or the next begin) closes it.
struct ElectionBoxBuilder {
    private(set) var contests: [Contest] = []
    /// The contest being filled, meaningful only while `isOpen`. Kept out of an `Optional`:
    /// `open?.x = …` on a struct this big went through outlined copies of the whole contest.
    private var open = Contest(kind: .electionBox, line: 0)
    private var isOpen = false
    /// The rounds an STV begin template announces (`numcounts`): every row's counts are
    /// padded to it when the box closes, so each row has one entry per round.
    private var rounds = 0

    /// Feeds one template of the families, in document order.
    mutating func add(_ kind: ElectionTemplateKind, _ fields: TemplateFields, section: String?) {
        switch kind {
        case .boxBegin, .summaryBegin:
            close()
            let title = fields.rendered("title")
            open = Contest(kind: kind == .boxBegin ? .electionBox : .electionSummary, title: title?.text,
                           section: section, line: fields.line)
            isOpen = true
            rounds = min(max(fields.integer("numcounts") ?? 0, 0), Self.maxRounds)
        case .boxEnd, .summaryEnd:
            close()
        case .boxCandidate(let winner):
            ensureOpen(.electionBox, fields, section)
            var row = Self.candidateRow(fields)
            row.votes = fields.integer("votes")
            row.percent = fields.number("percentage", "percent", "%")
            row.swing = fields.number("change")
            row.elected = winner
            open.rows.append(row)
        case .stvCandidate:
            // A single transferable vote: the row's votes are the first preferences (count 1);
            // the later counts are transfers. Elected candidates are written in bold.
            ensureOpen(.electionBox, fields, section)
            var row = Self.candidateRow(fields)
            row.counts = Self.counts(fields)
            row.votes = TemplateFields.whole(row.counts?.first ?? nil)
            row.percent = fields.number("percentage")
            row.elected = fields.startsBold("candidate")
            open.rows.append(row)
        case .stvEnd:
            ensureOpen(.electionBox, fields, section)
            open.totals.electorate = fields.integer("electorate")
            open.totals.valid = fields.integer("valid")
            open.totals.invalid = fields.integer("spoilt", "invalid", "rejected")
            open.totals.quota = fields.integer("quota")
            // `turnout` is documented as a percentage; some boxes give the ballots cast.
            if let turnout = fields.number("turnout") {
                if turnout <= 100 { open.totals.turnoutPercent = turnout } else { open.totals.turnout = TemplateFields.whole(turnout) }
            }
            close()
        case .summaryParty:
            ensureOpen(.electionSummary, fields, section)
            var row = ContestRow(line: fields.line)
            row.party = fields.text("party", "other")
            row.votes = fields.integer("votes")
            row.percent = fields.number("votes %", "votes%")
            if let seats = fields.integer("seats") { row.seats = OrderedPairs([.init(key: "Seats", value: seats)]) }
            if let total = fields.integer("total seats") { row.seats.entries.append(.init(key: "Total", value: total)) }
            if let net = fields.integer("net") {
                row.seatChange = net
            } else if fields.has("gain") || fields.has("loss") {
                row.seatChange = (fields.integer("gain") ?? 0) - (fields.integer("loss") ?? 0)
            }
            row.swing = fields.number("plus/minus", "change")
            open.rows.append(row)
        case .boxMajority:
            ensureOpen(.electionBox, fields, section)
            open.totals.majority = fields.integer("votes")
            open.totals.majorityPercent = fields.number("percentage")
        case .boxTurnout:
            ensureOpen(.electionBox, fields, section)
            open.totals.turnout = fields.integer("votes")
            open.totals.turnoutPercent = fields.number("percentage")
            if let invalid = fields.integer("invalid", "rejected") { open.totals.invalid = invalid }
        case .boxRejected:
            ensureOpen(.electionBox, fields, section)
            open.totals.invalid = fields.integer("votes")
        case .boxRegistered:
            ensureOpen(.electionBox, fields, section)
            open.totals.electorate = fields.integer("reg. electors", "reg.electors", "votes", "electors")
        case .boxHold, .boxGain:
            ensureOpen(.electionBox, fields, section)
            // Multi-member wards repeat hold/gain per seat; the first one is kept.
            if case .none = open.outcome {
                let winner = fields.text("winner")
                let loser = fields.text("loser")
                open.outcome = ContestOutcome(result: kind == .boxHold ? .hold : .gain, party: winner,
                                              from: kind == .boxGain ? loser : winner, to: winner,
                                              swing: fields.number("swing"))
            }
        case .canadianTop:
            close()
            open = Contest(kind: .electionBox, title: CanadianElectionResult.title(fields), section: section, line: fields.line)
            isOpen = true
        case .canadianCandidate:
            ensureOpen(.electionBox, fields, section)
            open.rows.append(CanadianElectionResult.row(fields))
        case .canadianTotal:
            ensureOpen(.electionBox, fields, section)
            CanadianElectionResult.addTotal(fields, to: &open.totals)
        case .canadianGain, .canadianHold:
            ensureOpen(.electionBox, fields, section)
            if case .none = open.outcome { open.outcome = CanadianElectionResult.outcome(fields, gain: kind == .canadianGain) }
        case .boxOther, .results:
            break
        }
    }

    /// A candidate template's row with its party and candidate, read from the parameters
    /// `party` and `candidate` (their footnotes kept as notes).
    static func candidateRow(_ fields: TemplateFields, party partyKey: String = "party",
                             candidate candidateKey: String = "candidate") -> ContestRow {
        var row = ContestRow(line: fields.line)
        if let party = fields.rendered(partyKey) { row.party = party.text.isEmpty ? nil : party.text; row.notes += party.notes }
        if let candidate = fields.rendered(candidateKey) {
            row.candidate = candidate.text.isEmpty ? nil : candidate.text
            row.notes += candidate.notes
        }
        return row
    }

    /// The most counting rounds read (`count1` … `count50`).
    static let maxRounds = 50

    /// `count1` … `countN` of an STV candidate, up to the last one given (at most `maxRounds`);
    /// a round in between that the source leaves empty is nil. Nil when no count is given.
    /// Counts after the first may be fractional: transfers pass on fractions of a ballot
    /// (Scottish counts show `1,503.63`).
    private static func counts(_ fields: TemplateFields) -> [Double?]? {
        var counts: [Double?] = []
        var last = 0
        for k in 1...maxRounds where fields.has("count\(k)") {
            while counts.count < k - 1 { counts.append(nil) }
            counts.append(fields.number("count\(k)"))
            last = k
        }
        return last == 0 ? nil : counts
    }

    /// Closes the open contest, if any.
    mutating func close() {
        guard isOpen else { return }
        isOpen = false
        for i in open.rows.indices {
            guard var counts = open.rows[i].counts, counts.count < rounds else { continue }
            counts += repeatElement(nil, count: rounds - counts.count)
            open.rows[i].counts = counts
        }
        rounds = 0
        inferWinner(&open)
        contests.append(open)
        open = Contest(kind: .electionBox, line: 0)  // drops the closed contest's storage
    }

    /// Some boxes write the winner with the plain candidate template. When no row is marked
    /// and the candidate with the most votes belongs to the party the hold/gain line names,
    /// that candidate won.
    private func inferWinner(_ c: inout Contest) {
        guard c.kind == .electionBox, !c.rows.contains(where: { $0.elected }), let winner = c.outcome?.party else { return }
        let ranked = c.rows.indices.filter { c.rows[$0].votes != nil }.sorted { c.rows[$0].votes! > c.rows[$1].votes! }
        guard let top = ranked.first, c.rows[top].party == winner else { return }
        if ranked.count > 1, c.rows[ranked[1]].votes == c.rows[top].votes { return }
        c.rows[top].elected = true
    }

    /// Rows without a begin template still form a contest.
    private mutating func ensureOpen(_ kind: Contest.Kind, _ fields: TemplateFields, _ section: String?) {
        if !isOpen {
            open = Contest(kind: kind, title: nil, section: section, line: fields.line)
            isOpen = true
        }
    }
}
