import Foundation
import Testing
import WikiCheck
import WikiModel

/// `margin` on the Burnley election boxes, the Saxby Chambliss runoff table, and a constituency
/// table with a Margin column.
@Suite struct MarginRuleTests {
    let rule = MarginRule()

    /// Burnley's fifteen boxes state a majority. Each equals the winner's votes minus the
    /// runner-up's (Bank Hall: 906 − 500 = 406). Three percents miss: Hapton with Park says
    /// 31.6 % where 224 of 1,918 valid votes is 11.7 % (an error in the article); Coalclough
    /// (82 / 1,682 = 4.88 %, written 4.8) and Queensgate (30.58 %, written 30.5) are rounded down,
    /// which is a warning.
    @Test func burnleyMajorities() throws {
        let findings = CheckFixtures.findings(rule, try CheckFixtures.article(CheckFixtures.burnley))
        #expect(findings.filter { $0.severity == .error }.map(\.location.line) == [810])
        #expect(findings.filter { $0.severity == .error }.map(\.actual) == ["31.6%"])
        #expect(findings.filter { $0.severity == .error }.map(\.expected) == ["11.7%"])
        #expect(findings.filter { $0.severity == .warning }.compactMap(\.location.line).sorted() == [586, 929])
        #expect(!findings.contains { $0.expected?.hasSuffix("%") == false })  // every vote count holds
    }

    /// Bank Hall's majority written as 416: the winner's lead is 406.
    @Test func burnleyEditedMajorityFires() throws {
        let article = try CheckFixtures.article(CheckFixtures.burnley, editing: [
            ("|votes      = 406\n   |percentage = 25.2", "|votes      = 416\n   |percentage = 25.8"),
        ])
        let findings = CheckFixtures.findings(rule, article).filter { $0.location.line == 362 }
        #expect(findings.map(\.expected) == ["406"])
        #expect(findings.map(\.actual) == ["416"])
    }

    /// Saxby Chambliss table 5 (the Wikinews box, an HTML table, is table 2): Majority 318,612 = 1,226,528 − 907,916, and 14.9 % of the
    /// 2,134,444 votes. Written 318,621 it fires.
    @Test func saxbyMajorityRow() throws {
        #expect(CheckFixtures.findings(rule, try CheckFixtures.article("Saxby_Chambliss.expanded")).isEmpty)
        let edited = try CheckFixtures.article("Saxby_Chambliss.expanded", editing: [("| 318,612", "| 318,621")])
        let findings = CheckFixtures.findings(rule, edited)
        #expect(findings.map(\.expected) == ["318,612"])
        #expect(findings.map(\.actual) == ["318,621"])
        #expect(findings.first?.location.table == 5)
        #expect(findings.first?.location.row == 4)
    }

    /// A constituency table laid out like the Khyber Pakhtunkhwa reference rendering
    /// (`../shared/corpus/reference/`), with three of its rows: Margin = winner's votes −
    /// runner-up's (30,022 − 12,514 = 17,508; 24,055 − 15,462 = 8,593; 25,330 − 19,422 = 5,908).
    @Test func marginColumn() {
        let table = """
            {| class="wikitable"
            ! colspan="2" | Constituency !! colspan="4" | Winner !! colspan="4" | Runner Up
            ! rowspan="2" | Margin !! rowspan="2" | Turnout
            |-
            ! No. !! Name !! Candidate !! Party !! Votes !! % !! Candidate !! Party !! Votes !! %
            |-
            | PK-4 || Swat-II || Ali Shah || PTI || 30,022 || 47.31 || Sardar Khan || PML(N) || 12,514 || 19.72 || 17,508 || 38.28
            |-
            | PK-5 || Swat-III || Akhtar Khan || PTI || 24,055 || 40.47 || Sanaullah Khan || JUI(F) || 15,462 || 26.01 || MARGIN || 41.34
            |-
            | PK-6 || Swat-IV || Fazal Hakim || PTI || 25,330 || 32.65 || Iftikhar Ahmad || PTI(P) || 19,422 || 25.04 || 5,908 || 40.35
            |}
            """
        let holds = CheckFixtures.article(wikitext: table.replacingOccurrences(of: "MARGIN", with: "8,593"))
        #expect(CheckFixtures.findings(rule, holds).isEmpty)
        let fires = CheckFixtures.article(wikitext: table.replacingOccurrences(of: "MARGIN", with: "8,539"))
        let findings = CheckFixtures.findings(rule, fires)
        #expect(findings.map(\.expected) == ["8,593"])
        #expect(findings.map(\.actual) == ["8,539"])
        #expect(findings.first?.location.row == 3)
        #expect(findings.first?.location.column == 10)
    }
}
