import Testing
import TestSupport
import Wikitext
import WikiExtract
import WikiExport
import WikiModel

/// The Markdown rendering keeps footnotes as GFM footnotes: a marker after the cell or value,
/// the definitions after the table or infobox.
@Suite struct MarkdownFootnoteTests {
    static let markdown: String = {
        let bytes = (try? Fixtures.corpusBytes("2024_Pakistani_general_election.wikitext")) ?? []
        let article = ArticleBuilder.build(title: "2024 Pakistani general election", source: Source(path: "x"),
                                           document: WikitextDocument(parsing: bytes))
        return ArticleMarkdown.render(article)
    }()
    var lines: [Substring] { Self.markdown.split(separator: "\n") }

    @Test func partiesTableNotes() throws {
        let pti = try #require(lines.first { $0.hasPrefix("|  | PTI | Pakistan Tehreek-e-Insaf") })
        #expect(pti.contains("پاکستان تحريکِ انصاف [^t1-1] |"))
        #expect(lines.contains("[^t1-1]: Contested as independent candidates in all constituencies"))
        // Every marker has its definition, and every definition is used.
        let markers = Set(Self.markdown.matches(of: /\[\^([a-z]\d+-\d+)\](?!:)/).map { String($0.1) })
        let defined = Set(lines.compactMap { $0.firstMatch(of: /^\[\^([a-z]\d+-\d+)\]:/).map { String($0.1) } })
        #expect(!markers.isEmpty && markers == defined)
    }

    /// `{{efn|name=seats|…}}` on the infobox's seats: the definition follows the infobox.
    @Test func infoboxNotes() throws {
        let seats = try #require(lines.first { $0.hasPrefix("- **seats_for_election**:") })
        let label = try #require(seats.firstMatch(of: /\[\^(i1-\d+)\]/)).1
        #expect(lines.contains { $0.hasPrefix("[^\(label)]: 60 seats are reserved for women") })
    }
}
