import Testing
import WikiCheck
import WikiModel

/// `duplicate-parameter` on the Pakistani infobox.
@Suite struct DuplicateParametersRuleTests {
    let rule = DuplicateParametersRule()

    @Test func pakistanHasNoDuplicates() throws {
        #expect(CheckFixtures.findings(rule, try CheckFixtures.article(CheckFixtures.pakistan)).isEmpty)
    }

    /// `seats1` given a second time, as 98: a warning at the second line, and MediaWiki's
    /// reading (the last value) is what `infobox-results` compares, so the 100-vs-98
    /// disagreement disappears there.
    @Test func repeatedSeatsFire() throws {
        let article = try CheckFixtures.article(CheckFixtures.pakistan, editing: [
            ("| seats1 = '''100'''\n", "| seats1 = '''100'''\n| seats1 = 98\n"),
        ])
        let findings = CheckFixtures.findings(rule, article)
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.severity == .warning)
        #expect(finding.location.field == "seats1")
        #expect(finding.location.line == 21)
        #expect(finding.actual == "'100' then '98'")
        #expect(InfoboxResultsRule().check(article).isEmpty)
    }

    /// The same value twice is only worth knowing.
    @Test func sameValueTwiceIsInfo() throws {
        let article = try CheckFixtures.article(CheckFixtures.pakistan, editing: [
            ("| majority_seats = 169\n", "| majority_seats = 169\n| majority_seats = 169\n"),
        ])
        #expect(CheckFixtures.findings(rule, article).map(\.severity) == [.info])
    }
}
