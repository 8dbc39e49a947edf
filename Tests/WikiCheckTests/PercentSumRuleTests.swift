import Testing
import WikiCheck
import WikiModel

/// `percent-sum` on the United Kingdom's ethnic groups (a Total row of 100.0 %) and on the
/// Doncaster and Burnley election summaries.
@Suite struct PercentSumRuleTests {
    let rule = PercentSumRule()

    /// UK table 1: 87.1 + 0.1 + 2.3 + 1.9 + 0.7 + 0.7 + 1.4 + 3.0 + 2.0 + 0.9 = 100.1, within
    /// the ±0.55 that ten values and a total rounded to one decimal allow.
    @Test func unitedKingdomShareColumnHolds() throws {
        #expect(CheckFixtures.findings(rule, try CheckFixtures.article("United_Kingdom")).isEmpty)
    }

    /// White raised from 87.1 % to 88.1 %: the column sums to 101.1 %.
    @Test func unitedKingdomEditedShareFires() throws {
        let article = try CheckFixtures.article("United_Kingdom", editing: [("{{0}}87.1 %", "{{0}}88.1 %")])
        let findings = CheckFixtures.findings(rule, article)
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.severity == .error)
        #expect(finding.expected == "100.0%")
        #expect(finding.actual == "101.1%")
        #expect(finding.location.table == 1)
        #expect(finding.location.column == 4)
    }

    /// The Doncaster summary (line 54) states twelve shares, 40.2 + 31.3 + 13.0 + 6.3 + 2.5 +
    /// 2.3 + 2.1 + 1.2 + 0.7 + 0.3 + 0.1 + 0.1 = 100.1; the Burnley and Adur summaries too add
    /// up. The single-seat boxes of Adur and Burnley add up; Doncaster's multi-seat boxes (shares
    /// of ballots, summing past 100) are not checked.
    @Test func electionSummariesHold() throws {
        for name in [CheckFixtures.doncaster, CheckFixtures.adur, CheckFixtures.burnley] {
            #expect(CheckFixtures.findings(rule, try CheckFixtures.article(name)).isEmpty, "\(name)")
        }
    }

    /// Labour's 40.2 written as 45.2: the summary sums to 105.1 %.
    @Test func doncasterEditedSummaryFires() throws {
        let article = try CheckFixtures.article(CheckFixtures.doncaster, editing: [("|votes %    = 40.2", "|votes %    = 45.2")])
        let findings = CheckFixtures.findings(rule, article)
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.actual == "105.1%")
        #expect(findings.first?.location.line == 54)
    }
}
