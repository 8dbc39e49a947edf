import Testing
import TestSupport
import WikiModel
@testable import WikiCheck

/// Figures no election has (10^15 votes on each of ten thousand rows) add up beyond `Int`:
/// extraction and the checks must still finish, with no trap. Each case trapped before
/// (`{{Election results}}`' valid votes, a box's sums in `percent-of-votes`, `margin` and
/// `turnout`, a table's sums in `Format.number`).
@Suite struct AbsurdFiguresTests {
    static let huge = "999,999,999,999,999"

    @Test("an election box of 10,000 candidates of 10^15 votes is read and not judged")
    func electionBox() throws {
        var text = "{{Election box begin|title=Big}}\n"
        for i in 0..<10_000 { text += "{{Election box candidate|party=P\(i)|candidate=C\(i)|votes=\(Self.huge)|percentage=1}}\n" }
        text += "{{Election box majority|votes=5|percentage=1}}\n{{Election box turnout|votes=7|percentage=1}}\n{{Election box end}}\n"
        let article = CheckFixtures.article(wikitext: text)
        #expect(article.contests.first?.rows.count == 10_000)
        #expect(ContestFacts.all(article).first?.hasSensibleFigures == false)
        #expect(Checker.check(article).isEmpty)
    }

    @Test("{{Election results}} whose votes add up beyond Int leaves its valid votes unstated")
    func electionResults() throws {
        var text = "{{Election results\n"
        for i in 1...20_000 { text += "|party\(i)=P\(i)|votes\(i)=\(Self.huge)\n" }
        text += "|electorate=5}}\n"
        let article = CheckFixtures.article(wikitext: text)
        let contest = try #require(article.contests.first { $0.kind == .electionResults })
        #expect(contest.rows.count == 20_000 && contest.rows[0].votes == 999_999_999_999_999)
        #expect(contest.totals.valid == nil && contest.totals.turnout == nil)
        _ = Checker.check(article)
    }

    @Test("a results table whose rows add up beyond Int is judged, its sums written as Swift spells them")
    func resultsTable() throws {
        var text = "{| class=\"wikitable\"\n! Party !! Votes !! %\n"
        for i in 0..<20_000 { text += "|-\n| P\(i) || \(Self.huge) || 1.0\n" }
        text += "|-\n| Turnout || 5 || 1\n|}\n"
        let findings = Checker.check(CheckFixtures.article(wikitext: text))
        let turnout = try #require(findings.first { $0.rule == "turnout" })
        #expect(turnout.expected?.hasPrefix("≥ 1.99999") == true && turnout.expected?.hasSuffix("e+19") == true)
    }
}
