import Testing
import TestSupport
import WikiCheck
import WikiModel

/// `first-preferences` on the single transferable vote example of the templates' documentation.
@Suite struct FirstPreferencesRuleTests {
    let rule = FirstPreferencesRule()

    /// 2,500 + 2,352 + 1,927 + 1,823 + 1,398 = 10,000 first preferences, the stated valid votes.
    @Test func documentationExampleAddsUp() throws {
        let article = CheckFixtures.article(wikitext: Fixtures.stvExample)
        #expect(article.contests.count == 1)
        #expect(CheckFixtures.findings(rule, article).isEmpty)
    }

    /// Valid votes written as 11,000: the first preferences still add up to 10,000. Ordinary
    /// election boxes (no counts) are not judged: Burnley states no valid votes beside its rows.
    @Test func validVotesThatDoNotAddUpFire() throws {
        let edited = try CheckFixtures.replace("valid=10,000", with: "valid=11,000", in: Fixtures.stvExample)
        let findings = CheckFixtures.findings(rule, CheckFixtures.article(wikitext: edited))
        #expect(findings.map(\.severity) == [.error])
        #expect(findings.map(\.expected) == ["11,000"])
        #expect(findings.map(\.actual) == ["10,000"])
        #expect(findings.map(\.location.line) == [2])
        #expect(CheckFixtures.findings(rule, try CheckFixtures.article(CheckFixtures.burnley)).isEmpty)
    }
}
