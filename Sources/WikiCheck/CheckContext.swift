import WikiModel

/// An article with what several rules read from it, worked out once: table views (row roles,
/// section rows), contest facts and election infoboxes.
public struct CheckContext: Sendable {
    /// The article being checked.
    public let article: Article
    let tables: [TableView]
    let contests: [ContestFacts]
    let elections: [ElectionInfobox]
    /// Each election's results contest and matching rows (`ElectionInfobox.results(in:)`),
    /// matched once: two rules ask for them.
    let electionResults: [(facts: ContestFacts, rows: [Int: Int])?]

    /// Reads `article` for the rules.
    public init(_ article: Article) {
        self.article = article
        tables = article.tables.map(TableView.init)
        // Contests with absurd figures (sums beyond `ContestFacts.maxFigures`) are not judged.
        contests = ContestFacts.all(article).filter(\.hasSensibleFigures)
        elections = ElectionInfobox.all(article)
        let rowNames = elections.isEmpty ? [] : ElectionInfobox.rowNames(contests)
        let candidates = ElectionInfobox.candidates(rowNames)
        let capped = elections.count * candidates.count > ElectionInfobox.pairBudget
        let byLine = capped ? candidates.sorted { [contests] in contests[$0].contest.line < contests[$1].contest.line } : []
        electionResults = elections.map { [contests] box in
            let pool = capped ? ElectionInfobox.nearby(byLine, in: contests, line: box.infobox.line) : candidates
            return box.results(in: contests, rowNames: rowNames, candidates: pool)
        }
    }
}
