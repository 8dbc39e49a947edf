import WikiModel

/// An infobox read as an election summary: its party groups and `seats_for_election`, with
/// the contest that holds the same election's results.
struct ElectionInfobox {
    /// One numbered party of the infobox (`party1`, `seats1`, `popular_vote1` …).
    struct Party {
        let index: Int
        let field: Field
        let names: PartyNames
    }

    let infobox: Infobox
    /// 1-based position among the article's infoboxes.
    let position: Int
    /// The groups that name a party, in index order.
    let parties: [Party]

    /// The infobox as an election summary, or nil when it names no numbered party.
    init?(_ infobox: Infobox, position: Int) {
        self.infobox = infobox
        self.position = position
        var byIndex: [Int: Field] = [:]
        for field in infobox.fields where field.group != nil && !field.text.isEmpty {
            // Most grouped keys are not `party…`: turned away before the key is spelled out.
            guard field.key.utf8.starts(with: "party".utf8) else { continue }
            if field.key == "party\(field.group!)" { byIndex[field.group!] = field }  // the last one wins
        }
        parties = byIndex.keys.sorted().map { Party(index: $0, field: byIndex[$0]!, names: PartyNames(field: byIndex[$0]!)) }
        if parties.isEmpty { return nil }
    }

    /// The field MediaWiki shows for `key`: the last one given.
    func field(_ key: String) -> Field? {
        infobox.fields.last { $0.key == key }
    }

    /// A whole number stated by `key` (approximate values left out), or nil.
    func integer(_ key: String) -> (value: Int, field: Field)? {
        guard let field = field(key), field.value.kind == .integer, field.value.status != .approximate,
              let number = field.value.number, number.rounded() == number, abs(number) < 1e15 else { return nil }
        return (Int(number), field)
    }

    /// A percent stated by `key` (`23.64%`, or a bare `23.64`), or nil.
    func percent(_ key: String) -> (value: Double, field: Field)? {
        guard let field = field(key), field.value.kind == .percent || field.value.kind == .decimal
                || field.value.kind == .integer, field.value.status != .approximate,
              let number = field.value.number else { return nil }
        return (number, field)
    }

    /// `seats_for_election`: the seats contested and, for `15 out of 45 seats`, the body's size.
    var seatsForElection: (contested: Int, of: Int?, field: Field)? {
        guard let field = field("seats_for_election") else { return nil }
        let numbers = Self.numbers(in: field.text)
        guard let first = numbers.first else { return nil }
        let words = RowRole.words(field.text).split(separator: " ")
        if numbers.count >= 2, let at = words.firstIndex(of: Substring(String(first.value))),
           at + 2 < words.count, words[at + 1] == "of" || (words[at + 1] == "out" && words[at + 2] == "of") {
            return (first.value, numbers[1].value, field)
        }
        return (first.value, nil, field)
    }

    /// Whole numbers written in `text` (`1,234` is one number), in order.
    static func numbers(in text: String) -> [(value: Int, text: String)] {
        var out: [(Int, String)] = []
        var digits = ""
        func flush() {
            if let n = Int(digits) { out.append((n, digits)) }
            digits = ""
        }
        var previous: Character = " "
        for ch in text {
            if ch.isASCII, ch.isNumber {
                digits.append(ch)
            } else if ch == ",", previous.isNumber, !digits.isEmpty {
                // a thousands separator: keep reading
            } else {
                flush()
            }
            previous = ch
        }
        flush()
        return out
    }

    /// Every election infobox of an article.
    static func all(_ article: Article) -> [ElectionInfobox] {
        article.infoboxes.enumerated().compactMap { ElectionInfobox($0.element, position: $0.offset + 1) }
    }

    /// The results contest of the same election: among the `{{Election results}}`, results
    /// tables and election summaries, the one whose rows match the most of the infobox's
    /// parties (earliest on a tie), with the matching row of each party; nil when none matches.
    func results(in contests: [ContestFacts]) -> (facts: ContestFacts, rows: [Int: Int])? {
        let rowNames = Self.rowNames(contests)
        return results(in: contests, rowNames: rowNames, candidates: Self.candidates(rowNames))
    }

    /// The party names of each contest's rows, for `results(in:rowNames:)`: empty for contests
    /// of other kinds. Worked out once per article, not per infobox and rule (names are costly).
    static func rowNames(_ contests: [ContestFacts]) -> [[PartyNames]] {
        contests.map { facts in
            guard ContestFacts.resultKinds.contains(facts.contest.kind) else { return [] }
            return facts.contest.rows.map { PartyNames(text: $0.party ?? "") }
        }
    }

    /// The contests `results(in:rowNames:candidates:)` looks at: those with rows to match
    /// (results kinds only, see `rowNames`), in order. Worked out once per article, so that a
    /// page of thousands of infoboxes and contests of other kinds is not matched pair by pair.
    static func candidates(_ rowNames: [[PartyNames]]) -> [Int] {
        rowNames.indices.filter { !rowNames[$0].isEmpty }
    }

    /// How many infobox–contest pairs an article may match in full; past it, each infobox is
    /// matched against the `nearbyContests` candidates nearest to it in the source. Real
    /// articles stay far below (a few infoboxes, a few results contests); a page of thousands
    /// of both would otherwise take minutes.
    static let pairBudget = 250_000
    static let nearbyContests = 64

    /// The `nearbyContests` candidates nearest to line `line`, in the order of `contests`;
    /// `byLine` holds the candidates sorted by their contest's line.
    static func nearby(_ byLine: [Int], in contests: [ContestFacts], line: Int) -> [Int] {
        guard byLine.count > nearbyContests else { return byLine.sorted() }
        // The first candidate at or after the line, by binary search over their lines.
        var lo = 0, hi = byLine.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if contests[byLine[mid]].contest.line < line { lo = mid + 1 } else { hi = mid }
        }
        let start = min(max(0, lo - nearbyContests / 2), byLine.count - nearbyContests)
        return byLine[start..<start + nearbyContests].sorted()
    }

    /// `results(in:)` with each contest's row names given (`rowNames[i]` for `contests[i]`)
    /// and the contests to look at (`candidates(rowNames)`).
    func results(in contests: [ContestFacts], rowNames: [[PartyNames]], candidates: [Int])
        -> (facts: ContestFacts, rows: [Int: Int])? {
        guard !parties.isEmpty else { return nil }
        var best: (index: Int, rows: [Int: Int])?
        for i in candidates {
            var rows: [Int: Int] = [:]
            let names = rowNames[i]
            for party in parties {
                if let row = party.names.match(in: names) { rows[party.index] = row }
            }
            if !rows.isEmpty, rows.count > (best?.rows.count ?? 0) { best = (i, rows) }
        }
        return best.map { (contests[$0.index], $0.rows) }
    }
}
