import Testing
import TestSupport
import Wikitext
import WikiExtract
import WikiModel
@testable import WikiCheck

/// Matching election infoboxes with results contests stays bounded on absurd pages: past
/// `ElectionInfobox.pairBudget` pairs, each infobox is matched among the contests nearest to
/// it. No article of Corpus/ comes near the budget, so their findings are the full matching's.
@Suite struct ElectionMatchingScaleTests {
    /// The infobox and the `{{Election results}}` of the 2024 Pakistani general election, as
    /// written in Corpus/.
    static func pakistanTemplates() throws -> (infobox: String, results: String) {
        let bytes = try Fixtures.corpusBytes(CheckFixtures.pakistan + ".wikitext")
        let document = WikitextDocument(parsing: bytes)
        func text(of name: String) throws -> String {
            let node = try #require(document.root.descendants.first {
                $0.kind == .template && String(decoding: bytes[$0.range], as: UTF8.self).hasPrefix("{{" + name)
            })
            return String(decoding: bytes[node.range], as: UTF8.self)
        }
        return (try text(of: "Infobox election"), try text(of: "Election results"))
    }

    @Test("520 copies of an infobox and its results: every copy finds its one disagreement", .timeLimit(.minutes(1)))
    func manyCopies() throws {
        let (infobox, results) = try Self.pakistanTemplates()
        let copies = 520  // 520 × 520 pairs: just past the budget
        let article = CheckFixtures.article(wikitext: String(repeating: infobox + "\n" + results + "\n", count: copies))
        let context = CheckContext(article)
        #expect(context.elections.count == copies)
        #expect(context.elections.count * ElectionInfobox.candidates(ElectionInfobox.rowNames(context.contests)).count
                > ElectionInfobox.pairBudget)
        // Each infobox is matched with a copy of its results near it: within the window of
        // `nearbyContests` candidates around it (the earliest of the window wins the tie).
        let candidates = ElectionInfobox.candidates(ElectionInfobox.rowNames(context.contests))
        let rank = Dictionary(uniqueKeysWithValues: candidates.enumerated().map { (context.contests[$1].position, $0) })
        for (k, match) in context.electionResults.enumerated() {
            let position = try #require(match).facts.position
            #expect(abs(try #require(rank[position]) - k) <= ElectionInfobox.nearbyContests, "infobox \(k + 1)")
        }
        // The one real disagreement of the article (PML-N's seats: 100 against 98), once per copy.
        let findings = CheckFixtures.findings(InfoboxResultsRule(), article)
        #expect(findings.count == copies)
        #expect(findings.allSatisfy { $0.location.field == "seats1" && $0.expected == "98" && $0.actual == "100" })
    }

    @Test("no Corpus/ article reaches the pair budget")
    func corpusBelowBudget() throws {
        var elections = 0
        for file in Fixtures.corpusFiles() {
            let name = file.deletingPathExtension().lastPathComponent
            let context = CheckContext(try CheckFixtures.article(name))
            let pairs = context.elections.count * ElectionInfobox.candidates(ElectionInfobox.rowNames(context.contests)).count
            #expect(pairs * 100 < ElectionInfobox.pairBudget, "\(name): \(pairs) pairs")
            elections += context.elections.count
        }
        #expect(elections >= 3)
    }
}
