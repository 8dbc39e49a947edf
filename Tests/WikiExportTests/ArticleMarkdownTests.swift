import Testing
import WikiModel
@testable import WikiExport

@Suite struct ArticleMarkdownTests {
    @Test func linesAreJoinedAndPipesEscaped() {
        let fields = [
            Field(key: "a|b", raw: "", text: "one\ntwo\r\n\r\nthree\u{2028}four | five\u{85}", line: 1),
            // A combining mark makes `|\u{301}` one Character, which is not a `|`.
            Field(key: "k", raw: "", text: "\n|\u{301}x\n", line: 2),
            Field(key: "empty", raw: "", text: "", line: 3),
        ]
        let cells = [Cell(text: "x\n\ny|z\n", raw: "", origin: GridPosition(row: 0, col: 0), line: 5),
                     Cell(text: "", raw: "", origin: GridPosition(row: 0, col: 1), line: 5)]
        let article = Article(title: "T", infoboxes: [Infobox(template: "Infobox x", line: 1, fields: fields)],
                              tables: [Table(index: 1, section: "S", caption: "cap|tion\nline", line: 4,
                                             columns: ["c|1", "c2"], rows: [cells])])
        #expect(ArticleMarkdown.render(article) == """
            # T

            ## Infobox x

            - **a\\|b**: one / two / three / four \\| five
            - **k**: |\u{301}x

            ## Table 1 — S

            *cap\\|tion / line*

            | c\\|1 | c2 |
            | --- | --- |
            | x / y\\|z |  |

            """)
    }

    @Test func contestsShowGroupedVotesAndTheirOutcome() {
        let article = Article(title: "T", contests: [TestArticles.doncaster.contests[1]])
        #expect(ArticleMarkdown.render(article) == """
            # T

            ## Contest 1: Bessacarr

            | Party | Candidate | Votes | % | Elected |
            | --- | --- | --- | --- | --- |
            | Conservative Party (UK) | Nick Allen | 2,210 | 51 | yes |
            | Labour Party (UK) | Mo Khan | 1,650 | 38.1 |  |

            electorate 9,870; turnout 4,333 (43.9%); majority 560; gain  from Labour Party (UK)

            """)
    }

    /// Vote counts are grouped by thousands with a real minus sign; the extremes must not trap.
    @Test func groupedNumbers() {
        #expect(ArticleMarkdown.grouped(18_457_567) == "18,457,567")
        #expect(ArticleMarkdown.grouped(-1234) == "−1,234")
        #expect(ArticleMarkdown.grouped(Int.min) == "−9,223,372,036,854,775,808")
    }
}
