import WikiModel

/// Facts about a contest the rules share: how many seats it fills, its valid votes, and its
/// rows ranked by votes.
struct ContestFacts {
    let contest: Contest
    /// 1-based position among the article's contests (for `FindingLocation.contest`).
    let position: Int

    /// Seats filled: the rows marked elected, else the `(3 seats)` of the title, else 1.
    var seatsFilled: Int {
        let elected = contest.rows.filter(\.elected).count
        if elected > 0 { return elected }
        return Self.seats(inTitle: contest.title) ?? 1
    }

    /// True when one seat is filled, so the rows' shares split the valid votes.
    var isSingleWinner: Bool { seatsFilled <= 1 }

    /// Votes of every row, or nil when a row has none.
    var allVotes: [Int]? {
        let votes = contest.rows.compactMap(\.votes)
        return votes.count == contest.rows.count && !votes.isEmpty ? votes : nil
    }

    /// The largest sum of a contest's stated figures the rules judge: sums of votes and seats,
    /// and totals worked out from shares, then stay far inside `Int` (no real election comes
    /// near: it is a hundred thousand times the world's population).
    static let maxFigures = 1e15

    /// False when the contest's votes, seats and totals add up (in magnitude) beyond
    /// `maxFigures`: absurd figures, which the rules do not judge rather than overflow on.
    var hasSensibleFigures: Bool {
        var sum = 0.0
        func add(_ n: Int?) { if let n { sum += Double(n.magnitude) } }
        func add(_ x: Double?) { if let x { sum += x.magnitude.isFinite ? x.magnitude : .infinity } }
        for row in contest.rows {
            add(row.votes)
            add(row.seatChange)
            for entry in row.seats.entries { add(entry.value) }
            for count in row.counts ?? [] { add(count) }
        }
        let t = contest.totals
        for n in [t.valid, t.invalid, t.blank, t.electorate, t.turnout, t.majority, t.quota] { add(n) }
        return sum <= Self.maxFigures
    }

    /// The `N` of a title such as `Armthorpe (3 seats)`, or nil.
    static func seats(inTitle title: String?) -> Int? {
        guard let title, let open = title.lastIndex(of: "(") else { return nil }
        let inside = title[title.index(after: open)...].prefix { $0 != ")" }
        let words = inside.split(separator: " ")
        guard words.count == 2, words[1].hasPrefix("seat"), let n = Int(words[0]) else { return nil }
        return n
    }

    /// The kinds whose rows are a whole election's parties (not one ward's candidates).
    static let resultKinds: Set<Contest.Kind> = [.electionResults, .resultsTable, .electionSummary]

    /// A location pointing at the contest, or at one of its rows.
    func location(row: Int? = nil) -> FindingLocation {
        FindingLocation(line: row.map { contest.rows[$0].line } ?? contest.line, contest: position, row: row)
    }

    /// How the contest is named in messages: `election box 'Bank Hall' (line 362)`.
    var name: String {
        let kind: String
        switch contest.kind {
        case .electionResults: kind = "{{Election results}}"
        case .electionBox: kind = "election box"
        case .electionSummary: kind = "election summary"
        case .resultsTable: kind = "results table"
        case .infobox: kind = "infobox"
        }
        let title = contest.title.map { " '\($0)'" } ?? ""
        return "\(kind)\(title) (line \(contest.line))"
    }

    /// The facts of every contest of an article, with their positions.
    static func all(_ article: Article) -> [ContestFacts] {
        article.contests.enumerated().map { ContestFacts(contest: $0.element, position: $0.offset + 1) }
    }
}
