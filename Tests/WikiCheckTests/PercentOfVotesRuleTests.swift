import Testing
import WikiCheck
import WikiModel

/// `percent-of-votes` on election boxes (Burnley, Doncaster) and on the Saxby Chambliss runoff
/// table.
@Suite struct PercentOfVotesRuleTests {
    let rule = PercentOfVotesRule()

    /// Burnley, Bank Hall (line 362): 906, 500 and 206 votes of 1,612 are 56.2, 31.0 and 12.8 %,
    /// as written. The whole article has no miss: every share rounds right.
    @Test func burnleyBoxesHold() throws {
        #expect(CheckFixtures.findings(rule, try CheckFixtures.article(CheckFixtures.burnley)).isEmpty)
    }

    /// Bank Hall's winner written as 58.2 %: an error on that row.
    @Test func burnleyEditedShareFires() throws {
        let article = try CheckFixtures.article(CheckFixtures.burnley, editing: [
            ("|votes      = 906\n   |percentage = 56.2", "|votes      = 906\n   |percentage = 58.2"),
        ])
        let findings = CheckFixtures.findings(rule, article)
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.severity == .error)
        #expect(finding.expected == "56.2%")
        #expect(finding.actual == "58.2%")
        #expect(finding.location.row == 0)
        #expect(finding.location.line == 363)
    }

    /// Doncaster, Thorne & Moorends (3 seats, line 1566): shares are of the 3,318 ballots.
    /// Tracey Wheeler's 611 votes are 18.4 %, but the box says 19.6 % (by hand: 611 / 3,318 =
    /// 0.18415); the other seven rows round right (1,649 / 3,318 = 49.7 % …). A real error.
    @Test func doncasterThorneIsARealError() throws {
        let findings = CheckFixtures.findings(rule, try CheckFixtures.article(CheckFixtures.doncaster))
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.severity == .error)
        #expect(finding.message.hasPrefix("Tracey Wheeler"))
        #expect(finding.expected == "18.4%")
        #expect(finding.actual == "19.6%")
        #expect(finding.location.line == 1609)
    }

    /// Saxby Chambliss table 5 (line 944; the Wikinews box, an HTML table, is table 2): 1,226,528 and 907,916 of 2,134,444 are 57.5 % and
    /// 42.5 %; with the Republican share written 59.5 % it fires.
    @Test func saxbyRunoffTable() throws {
        #expect(CheckFixtures.findings(rule, try CheckFixtures.article("Saxby_Chambliss.expanded")).isEmpty)
        let edited = try CheckFixtures.article("Saxby_Chambliss.expanded", editing: [
            ("| 57.5%", "| 59.5%"),
        ])
        let findings = CheckFixtures.findings(rule, edited)
        #expect(findings.map(\.expected) == ["57.5%"])
        #expect(findings.map(\.actual) == ["59.5%"])
        #expect(findings.first?.location.table == 5)
    }
}
