import Testing
import TestSupport
import WikiCheck
import WikiModel

@Suite struct CheckerTests {
    @Test func emptyArticleHasNoFindings() {
        #expect(Checker.check(Article(title: "Empty")).isEmpty)
    }

    @Test func ruleIdsAreUnique() {
        let ids = Checker.rules.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { Checker.rule($0)?.id == $0 })
    }

    /// Errors first, each carrying the article's file; lines ascend within a severity.
    @Test func findingsAreSortedAndCarryTheFile() throws {
        let findings = Checker.check(try CheckFixtures.article(CheckFixtures.burnley))
        #expect(!findings.isEmpty)
        #expect(findings.allSatisfy { $0.location.file == "Corpus/\(CheckFixtures.burnley).wikitext" })
        #expect(findings.map(\.severity) == findings.map(\.severity).sorted())
        for severity in Finding.Severity.allCases {
            let lines = findings.filter { $0.severity == severity }.compactMap(\.location.line)
            #expect(lines == lines.sorted())
        }
        #expect(findings.allSatisfy { !$0.message.contains("\n") })
    }

    /// Every error-level finding over `Corpus/`, each checked by hand against the wikitext
    /// (see the rule tests for the arithmetic): all five are real disagreements in the articles.
    /// A new error here is either a new true finding (add it, with its check) or a false
    /// positive to fix.
    @Test func corpusErrorsAreTheHandCheckedOnes() throws {
        var errors: [String] = []
        for url in Fixtures.corpusFiles() {
            let name = String(url.lastPathComponent.dropLast(".wikitext".count))
            for finding in Checker.check(try CheckFixtures.article(name)) where finding.severity == .error {
                errors.append("\(name):\(finding.location.line ?? 0) \(finding.rule) \(finding.expected ?? "") \(finding.actual ?? "")")
            }
        }
        #expect(errors.sorted() == [
            // Thorne & Moorends (3 seats): 611 / 3,318 ballots = 18.4 %, written 19.6 %.
            "2021_Doncaster_Metropolitan_Borough_Council_election:1609 percent-of-votes 18.4% 19.6%",
            // Infobox seats1 = 100 for PML-N; {{Election results}} st4t2 = 98.
            "2024_Pakistani_general_election:20 infobox-results 98 100",
            // "All 336 seats", but the Total seat type of the 23 rows adds up to 311.
            "2024_Pakistani_general_election:590 seats 336 311",
            // Whittlefield with Ightenhill: 2,085 votes cast, but the candidates have 2,129.
            "2026_Burnley_Borough_Council_election:1160 turnout ≥ 2,129 2,085",
            // Hapton with Park: majority 224 of 1,918 valid votes = 11.7 %, written 31.6 %.
            "2026_Burnley_Borough_Council_election:810 margin 11.7% 31.6%",
        ])
    }
}
