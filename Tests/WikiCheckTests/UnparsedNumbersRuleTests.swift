import Testing
import WikiCheck
import WikiModel

/// `unparsed-number` on Alabama's metropolitan areas and Estonia's natural resources.
@Suite struct UnparsedNumbersRuleTests {
    let rule = UnparsedNumbersRule()

    /// Alabama: every population and rank parses.
    @Test func alabamaHolds() throws {
        #expect(CheckFixtures.findings(rule, try CheckFixtures.article("Alabama")).isEmpty)
    }

    /// Huntsville's population written as two figures: the cell no longer parses.
    @Test func alabamaEditedCellFires() throws {
        let article = try CheckFixtures.article("Alabama", editing: [("441,086", "441,086/417,593")])
        let findings = CheckFixtures.findings(rule, article)
        #expect(findings.count == 1)
        #expect(findings.first?.location.table == 2)
        #expect(findings.first?.location.row == 2)
        #expect(findings.first?.location.column == 2)
        #expect(findings.first?.actual == "'441,086/417,593'")
    }

    /// Economy of Estonia table 4, "Reserves": "15,6000,000 mln m³" (line 480) groups digits in
    /// fours, and "21,1 km³" uses a decimal comma; both are reported.
    @Test func estoniaReserves() throws {
        let findings = CheckFixtures.findings(rule, try CheckFixtures.article("Economy_of_Estonia"))
        #expect(findings.contains { $0.location.line == 480 && $0.actual == "'15,6000,000 mln m³'" })
        #expect(findings.contains { $0.actual == "'21,1 km³'" })
        #expect(findings.allSatisfy { $0.severity == .warning && $0.location.table == 4 })
    }
}
