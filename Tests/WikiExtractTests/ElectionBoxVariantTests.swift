import Testing
import TestSupport
import Wikitext
import WikiExtract
import WikiModel

/// The compact election boxes (`{{Election box inline begin}}`, `inline candidate …`,
/// `inline incumbent`) take the full boxes' parameters and give the same contest.
@Suite("Contests: inline election boxes")
struct ElectionBoxVariantTests {
    /// The 2020 United States presidential election in Georgia, written with inline boxes.
    @Test("inline begin, inline candidates with party link, end: one election-box contest")
    func inlineBox() throws {
        let text = """
            ==Results==
            {{Election box inline begin no change|title=2020 United States presidential election in Georgia}}
            {{Election box inline candidate with party link no change|candidate=[[Joe Biden]]|party=Democratic Party (United States)|votes=2,473,633|percentage=49.47}}
            {{Election box inline incumbent|candidate=[[Donald Trump]]|party=Republican Party (United States)|votes=2,461,854|percentage=49.24}}
            {{Election box inline candidate with party link no change|candidate=[[Jo Jorgensen]]|party=Libertarian Party (United States)|votes=62,229|percentage=1.24}}
            {{Election box end}}
            """
        let contests = ContestExtractor.extract(WikitextDocument(parsing: text))
        try #require(contests.count == 1)
        let c = contests[0]
        #expect(c.kind == .electionBox && c.title == "2020 United States presidential election in Georgia" && c.section == "Results")
        #expect(c.rows.map(\.candidate) == ["Joe Biden", "Donald Trump", "Jo Jorgensen"])
        #expect(c.rows.map(\.votes) == [2_473_633, 2_461_854, 62_229])
        #expect(c.rows.map(\.percent) == [49.47, 49.24, 1.24])
        #expect(ContestExtractor.countElectionTemplates(WikitextDocument(parsing: text)) == 5)
    }
}
