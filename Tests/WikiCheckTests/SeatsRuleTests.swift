import Testing
import WikiCheck
import WikiModel

/// `seats` on the four election articles.
@Suite struct SeatsRuleTests {
    let rule = SeatsRule()

    /// By hand from the wikitext: Doncaster "All 55 seats", the summary's seats 40 + 11 + 0 + 0
    /// + 3 + 0 + 0 + 1 + 0 + 0 + 0 + 0 = 55; Adur "16 out of 29", seats won 13 + 1 + 1 + 1 + 0 + 0
    /// = 16 and totals 17 + 8 + 2 + 2 + 0 + 0 = 29; Burnley "15 out of 45", seats won
    /// 11 + 3 + 1 + 0 + 0 + 0 + 0 = 15 and totals 12 + 10 + 6 + 10 + 4 + 3 + 0 = 45.
    @Test func councilSeatsAddUp() throws {
        for name in [CheckFixtures.doncaster, CheckFixtures.adur, CheckFixtures.burnley] {
            #expect(CheckFixtures.findings(rule, try CheckFixtures.article(name)).isEmpty, "\(name)")
        }
    }

    /// Adur with one seat moved to the Conservatives' total: 30 where the infobox says 29.
    @Test func adurEditedTotalFires() throws {
        let article = try CheckFixtures.article(CheckFixtures.adur, editing: [("|total seats   = '''8'''", "|total seats   = '''9'''")])
        let findings = CheckFixtures.findings(rule, article)
        #expect(findings.map(\.expected) == ["29"])
        #expect(findings.map(\.actual) == ["30"])
        #expect(findings.first?.location.field == "seats_for_election")
    }

    /// Pakistan: every party's General + Women + Minority equals its Total (PML-N 75 + 19 + 4 =
    /// 98, PPP 54 + 12 + 2 = 68, MQM-P 17 + 4 + 0 = 21 …). But the Total column adds up to 311
    /// (93 + 98 + 68 + 8 + 21 + 4 + 4 + seven single seats + 8 independents) while the infobox
    /// says "All 336 seats": the template leaves 25 seats unaccounted for. A real finding.
    @Test func pakistanTotalFallsShortOfSeatsForElection() throws {
        let findings = CheckFixtures.findings(rule, try CheckFixtures.article(CheckFixtures.pakistan))
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.severity == .error)
        #expect(finding.expected == "336")
        #expect(finding.actual == "311")
        #expect(finding.location.line == 590)
        #expect(finding.location.infobox == 1)
    }

    /// PML-N's Total written as 99: its seat types make 98.
    @Test func pakistanEditedSeatTypeFires() throws {
        let article = try CheckFixtures.article(CheckFixtures.pakistan, editing: [("|st4t2=98", "|st4t2=99")])
        let rowFindings = CheckFixtures.findings(rule, article).filter { $0.location.row != nil }
        #expect(rowFindings.map(\.expected) == ["98"])
        #expect(rowFindings.map(\.actual) == ["99"])
        #expect(rowFindings.first?.location.row == 1)
    }
}
