import Testing
import WikiCheck
import WikiModel

/// `table-totals` on real tables: Alabama's metropolitan areas, the United Kingdom's ethnic
/// groups, the 2026 FIFA World Cup host vote.
@Suite struct TableTotalsRuleTests {
    let rule = TableTotalsRule()

    /// Alabama table 2 (line 353): the twelve metropolitan populations, added by hand from the
    /// wikitext (1,143,772 + 441,086 + … + 103,531), make the Total row's 3,633,514.
    @Test func alabamaMetropolitanTotalHolds() throws {
        let article = try CheckFixtures.article("Alabama")
        #expect(CheckFixtures.findings(rule, article).isEmpty)
    }

    /// The same table with the total changed by one digit: an error at the Total cell.
    @Test func alabamaEditedTotalFires() throws {
        let article = try CheckFixtures.article("Alabama", editing: [("3,633,514", "3,663,514")])
        let findings = CheckFixtures.findings(rule, article)
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.severity == .error)
        #expect(finding.expected == "3,633,514")
        #expect(finding.actual == "3,663,514")
        #expect(finding.location.table == 2)
        #expect(finding.location.row == 13)      // header row 0, twelve areas, then Total
        #expect(finding.location.column == 2)    // Rank, Metropolitan Area, Population
        #expect(finding.location.line == 422)  // the cell "3,633,514", below the row's "|-" at 419
    }

    /// United Kingdom table 1 (line 490): the 2001 and 2011 columns add up exactly (2001 has a
    /// dash for Gypsy / Traveller, which counts as no number); an edited 2011 figure fires.
    @Test func unitedKingdomEthnicGroups() throws {
        #expect(CheckFixtures.findings(rule, try CheckFixtures.article("United_Kingdom")).isEmpty)
        let edited = try CheckFixtures.article("United_Kingdom", editing: [("|| 1,174,983 ||", "|| 1,175,983 ||")])
        let findings = CheckFixtures.findings(rule, edited)
        #expect(findings.map(\.expected) == ["63,183,178"])
        #expect(findings.map(\.actual) == ["63,182,178"])
        #expect(findings.first?.location.column == 3)
    }

    /// 2026 FIFA World Cup table 4: "Total valid votes" is 200 = 134 + 65 + 1, with the 3
    /// abstentions left out (abstentions are not valid votes). Counting an abstention as a bid
    /// vote breaks it.
    @Test func fifaValidVotesLeaveAbstentionsOut() throws {
        #expect(CheckFixtures.findings(rule, try CheckFixtures.article("2026_FIFA_World_Cup")).isEmpty)
        let edited = try CheckFixtures.article("2026_FIFA_World_Cup", editing: [("|align=left|Morocco\n|65", "|align=left|Morocco\n|66")])
        let findings = CheckFixtures.findings(rule, edited)
        #expect(findings.count == 1)
        #expect(findings.first?.expected == "201")
        #expect(findings.first?.actual == "200")
    }

    /// Belgium table 1: the areas add up to 30,688 km² but the Total says 30,689: within the
    /// rounding of eleven rounded areas, so a warning, not an error. Density is not a sum and
    /// is not checked; the populations add up.
    @Test func belgiumAreaIsARoundingWarning() throws {
        let findings = CheckFixtures.findings(rule, try CheckFixtures.article("Belgium"))
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.expected == "30,688")
        #expect(findings.first?.actual == "30,689")
    }
}
