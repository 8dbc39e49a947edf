import Testing
import TestSupport
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

    /// Alkali metal (gensim dump sample) tabulates one element per column: numeric columns,
    /// but the row `Electron configuration` holds `[He] 2s¹` … `[Rn] 7s¹`, one property across
    /// them, none a number: not reported (there were five findings). Its numeric rows parse.
    @Test func aRowReadAcrossIsNotJudgedByItsColumns() throws {
        let article = CheckFixtures.article(wikitext: try Fixtures.dumpPage("Alkali metal", in: Fixtures.gensimDump))
        let table = try #require(CheckFixtures.table(article, 1))
        let row = try #require(table.rows.firstIndex { $0.count > 1 && $0[0].text == "Electron configuration" })
        #expect(table.rows[row].dropFirst().allSatisfy { $0.value.kind == .unparsed })
        #expect(table.rows[row].count == 7)
        #expect(CheckFixtures.findings(rule, article).allSatisfy { $0.location.row != row })
        // The same cells in a row that also holds a number are judged.
        let edited = try Fixtures.dumpPage("Alkali metal", in: Fixtures.gensimDump)
            .replacingOccurrences(of: "&#91;[[Radon|Rn]]&#93; 7s<sup>1</sup>", with: "87")
        let findings = CheckFixtures.findings(rule, CheckFixtures.article(wikitext: edited)).filter { $0.location.row == row }
        #expect(findings.count == 5)
    }

    /// Latgolys upu saroksts (dumpster-dive smallwiki sample), a river per row: Narata's two
    /// lengths `43,2` (a decimal comma) do not parse, and its row has a name after them, so
    /// the row reads down like the others: both are reported.
    @Test func aRowWithTextAfterItsUnparsedCellsIsJudged() throws {
        let page = try Fixtures.dumpPage("Latgolys upu saroksts", in: Fixtures.smallwikiDump)
        let findings = CheckFixtures.findings(rule, CheckFixtures.article(wikitext: page))
        #expect(findings.filter { $0.actual == "'43,2'" }.map(\.location.column) == [1, 2])
    }
}
