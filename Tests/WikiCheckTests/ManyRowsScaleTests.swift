import Testing
import TestSupport
import WikiExtract
import WikiModel
@testable import WikiCheck

/// Templates and tables with tens of thousands of rows read in time linear in their size:
/// each was once quadratic (a key lookup scanning every parameter, a filter of the infobox's
/// fields per group, each contest finding compared with every other finding, a list template's
/// items each read by a walk over all its parameters). The time limit
/// guards against a return; the results are checked row by row.
@Suite struct ManyRowsScaleTests {
    /// The first contest of `kind` read from `head`, `count` numbered parts (1-based) and `tail`.
    static func contest(_ kind: Contest.Kind, _ head: String, _ tail: String, count: Int,
                        part: (Int) -> String) throws -> Contest {
        var text = head
        for i in 1...count { text += part(i) }
        text += tail
        return try #require(CheckFixtures.article(wikitext: text).contests.first { $0.kind == kind })
    }

    @Test("{{Election results}} with 40,000 parties: every row read, the last of a repeated key wins",
          .timeLimit(.minutes(1)))
    func electionResults() throws {
        let rows = 40_000
        let contest = try Self.contest(.electionResults, "{{Election results", "|votes7=999\n}}\n", count: rows) {
            "|party\($0)=Party \($0)|votes\($0)=\($0 * 10)|seats\($0)=1\n"
        }
        #expect(contest.rows.count == rows)
        #expect(contest.rows.first?.party == "Party 1" && contest.rows.last?.party == "Party \(rows)")
        #expect(contest.rows[6].votes == 999)
        #expect(contest.rows[rows - 1].votes == rows * 10)
    }

    @Test("an election infobox with 9,000 numbered groups: one row each, fields gathered wherever they stand",
          .timeLimit(.minutes(1)))
    func infoboxGroups() throws {
        let groups = 9_000  // group numbers stop at 9999
        let contest = try Self.contest(.infobox, "{{Infobox election|votes5=55\n", "}}\n", count: groups) {
            "|party\($0)=Party \($0)|seats\($0)=\($0 % 7)\n"
        }
        #expect(contest.rows.count == groups)
        #expect(contest.rows[4].party == "Party 5" && contest.rows[4].votes == 55)
        #expect(contest.rows[groups - 1].party == "Party \(groups)")
    }

    @Test("a results table of 20,000 rows: its contest's findings never repeat the table's", .timeLimit(.minutes(1)))
    func resultsTableFindings() throws {
        let rows = 20_000
        var text = "{| class=wikitable\n! Party !! Votes !! %\n"
        for i in 0..<rows { text += "|-\n| Party \(i) || \(i + 1) || 1.0\n" }
        text += "|-\n! Total !! 1 !! 100\n|}\n"
        let article = CheckFixtures.article(wikitext: text)
        #expect(article.contests.contains { $0.kind == .resultsTable })
        let findings = Checker.check(article)
        #expect(!findings.isEmpty)
        struct Key: Hashable { let table: Int?, rule: String, expected: String?, actual: String? }
        let tableKeys = Set(findings.filter { $0.location.contest == nil }.map {
            Key(table: $0.location.table, rule: $0.rule, expected: $0.expected, actual: $0.actual)
        })
        for finding in findings where finding.location.contest != nil && finding.location.table != nil {
            #expect(!tableKeys.contains(Key(table: finding.location.table, rule: finding.rule,
                                            expected: finding.expected, actual: finding.actual)))
        }
    }

    /// Each item was read by a walk over all the template's parameters (20 s for 50,000 items,
    /// over 5 minutes for 200,000); now one walk reads them all.
    @Test("a {{ubl}} of 200,000 items in an infobox value: every item read, in order", .timeLimit(.minutes(1)))
    func longList() throws {
        let items = 200_000
        let text = "{{Infobox settlement|name=x|list={{ubl|" + (1...items).map { "item \($0)" }.joined(separator: "|") + "}}}}\n"
        let field = try #require(CheckFixtures.article(wikitext: text).infoboxes.first?.fields.first { $0.key == "list" })
        // An infobox value keeps its lines: one item a line.
        let lines = field.text.split(separator: "\n")
        #expect(lines.count == items)
        #expect(lines.prefix(2) == ["item 1", "item 2"] && lines.last == "item \(items)")
    }

    /// A range word was looked up by a walk over all the parameters, once per word: 50,000 of
    /// them took over two minutes. A convert reads at most ten (real ones have one or two).
    @Test("a {{convert}} of 50,000 range words: read in time, cut after ten", .timeLimit(.minutes(1)))
    func longConvertRange() throws {
        let text = "{{Infobox settlement|name=x|length={{convert|1" + String(repeating: "|to|2", count: 50_000) + "|km}}}}\n"
        let field = try #require(CheckFixtures.article(wikitext: text).infoboxes.first?.fields.first { $0.key == "length" })
        #expect(field.text.hasPrefix("1 to 2 to 2"))
        #expect(field.text.split(separator: " ").count < 30)
    }
}
