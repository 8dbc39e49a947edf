import Testing
import WikiCheck
import WikiModel

/// `infobox-results`: the acceptance case of issue 8 (2024 Pakistani general election) and the
/// council elections.
@Suite struct InfoboxResultsRuleTests {
    let rule = InfoboxResultsRule()

    /// Read by hand. The infobox (line 3) names three parties; the `{{Election results}}` at
    /// line 590 has 23 rows with seat types General, Women, Minority and Total, and no `pcN`,
    /// so its shares are the votes over their sum, 59,221,077.
    ///
    /// | infobox | results row | seats | votes | percent |
    /// |---|---|---|---|---|
    /// | party1 Pakistan Muslim League (N) | party2 (same name) | **100 vs Total 98** | 13,999,656 both | 23.64 vs 23.6397 |
    /// | party2 IND (backed by [[Pakistan Tehreek-e-Insaf\|PTI]]) | party1 (link target) | 93 vs 93 | 18,457,567 both | 31.17 vs 31.1672 |
    /// | party3 [[Pakistan People's Party\|PPP]] | party3 (link target) | 68 vs 68 | 8,244,944 both | 13.92 vs 13.9223 |
    ///
    /// So exactly one disagreement: PML-N's seats, 100 in the infobox, 98 in the results.
    @Test func pakistanHasExactlyTheOneRealDisagreement() throws {
        let findings = CheckFixtures.findings(rule, try CheckFixtures.article(CheckFixtures.pakistan))
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.severity == .error)
        #expect(finding.location.field == "seats1")
        #expect(finding.location.line == 20)
        #expect(finding.location.infobox == 1)
        #expect(finding.location.row == 1)  // party2 of the template, zero-based
        #expect(finding.expected == "98")
        #expect(finding.actual == "100")
    }

    /// With the infobox corrected to 98 nothing is left; with PTI's vote or PPP's share
    /// changed, each is reported on its own field.
    @Test func pakistanEditedCopies() throws {
        let fixed = try CheckFixtures.article(CheckFixtures.pakistan, editing: [("| seats1 = '''100'''", "| seats1 = '''98'''")])
        #expect(CheckFixtures.findings(rule, fixed).isEmpty)

        let votes = try CheckFixtures.article(CheckFixtures.pakistan, editing: [
            ("| seats1 = '''100'''", "| seats1 = '''98'''"),
            ("| popular_vote2 = '''18,457,567'''", "| popular_vote2 = '''18,475,567'''"),
            ("| percentage3 = 13.92%", "| percentage3 = 13.97%"),
        ])
        let findings = CheckFixtures.findings(rule, votes)
        #expect(findings.map(\.location.field) == ["popular_vote2", "percentage3"])
        #expect(findings.map(\.expected) == ["18,457,567", "13.92%"])
        #expect(findings.map(\.actual) == ["18,475,567", "13.97%"])
    }

    /// The council infoboxes agree with their summaries: Doncaster Labour 40 seats, 26,986
    /// votes, 40.2 %; Adur Labour seats 13 (won) and seats_after 17 (total), 9,380 votes, 48.5 %.
    @Test func councilsHold() throws {
        for name in [CheckFixtures.doncaster, CheckFixtures.adur, CheckFixtures.burnley] {
            #expect(CheckFixtures.findings(rule, try CheckFixtures.article(name)).isEmpty, "\(name)")
        }
    }

    /// Adur's Conservative seats_after written as 9: the summary's total is 8.
    @Test func adurEditedSeatsAfterFires() throws {
        let article = try CheckFixtures.article(CheckFixtures.adur, editing: [("| seats_after2      = '''8'''", "| seats_after2      = '''9'''")])
        let findings = CheckFixtures.findings(rule, article)
        #expect(findings.map(\.location.field) == ["seats_after2"])
        #expect(findings.map(\.expected) == ["8"])
    }
}
