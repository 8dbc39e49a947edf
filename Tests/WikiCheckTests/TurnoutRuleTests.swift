import Testing
import WikiCheck
import WikiModel

/// `turnout` on the Burnley and Adur election boxes and the Saxby Chambliss runoff table.
@Suite struct TurnoutRuleTests {
    let rule = TurnoutRule()

    /// Burnley's boxes state votes cast, rejected ballots and electors. By hand: Bank Hall
    /// 1,624 / 4,316 = 37.6 %, and 1,624 = 1,612 valid + 12 rejected. Two boxes do not add up:
    /// Whittlefield with Ightenhill (line 1160) states 2,085 votes cast, but its five candidates
    /// have 1,017 + 583 + 215 + 186 + 128 = 2,129 votes (an error in the article); Cliviger with
    /// Worsthorne (line 523) has 2,361 cast for 2,355 valid + 5 rejected (one ballot unaccounted
    /// for: a warning).
    @Test func burnleyTurnouts() throws {
        let findings = CheckFixtures.findings(rule, try CheckFixtures.article(CheckFixtures.burnley))
        #expect(findings.filter { $0.severity == .error }.map(\.location.line) == [1160])
        #expect(findings.filter { $0.severity == .error }.map(\.actual) == ["2,085"])
        #expect(findings.filter { $0.severity == .warning }.map(\.location.line) == [523])
        #expect(findings.count == 2)
    }

    /// Bank Hall's turnout written as 39.6 %: 1,624 of 4,316 electors is 37.6 %.
    @Test func burnleyEditedTurnoutFires() throws {
        let article = try CheckFixtures.article(CheckFixtures.burnley, editing: [
            ("|votes      = 1,624\n   |percentage = 37.6", "|votes      = 1,624\n   |percentage = 39.6"),
        ])
        let findings = CheckFixtures.findings(rule, article).filter { $0.location.line == 362 }
        #expect(findings.map(\.expected) == ["37.6%"])
        #expect(findings.map(\.actual) == ["39.6%"])
        #expect(findings.first?.severity == .error)
    }

    /// Adur's boxes hold (Buckingham: 1,339 cast = the 681 + 424 + 164 + 70 valid votes).
    @Test func adurHolds() throws {
        #expect(CheckFixtures.findings(rule, try CheckFixtures.article(CheckFixtures.adur)).isEmpty)
    }

    /// Saxby Chambliss table 5: Turnout 2,134,444 = 1,226,528 + 907,916. Written as 2,034,444
    /// it is below the candidates' votes.
    @Test func saxbyTurnoutRow() throws {
        #expect(CheckFixtures.findings(rule, try CheckFixtures.article("Saxby_Chambliss.expanded")).isEmpty)
        let edited = try CheckFixtures.article("Saxby_Chambliss.expanded", editing: [("| 2,134,444", "| 2,034,444")])
        let findings = CheckFixtures.findings(rule, edited)
        #expect(findings.map(\.actual) == ["2,034,444"])
        #expect(findings.map(\.expected) == ["≥ 2,134,444"])
        #expect(findings.first?.location.row == 5)
    }
}
