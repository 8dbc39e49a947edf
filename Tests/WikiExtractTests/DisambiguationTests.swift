import Testing
import TestSupport
import Wikitext
import WikiExtract
import WikiModel

/// Disambiguation pages are told by their templates (and `__DISAMBIG__`), from the census an
/// article already has. Pages from the gensim dump sample.
@Suite("Articles: disambiguation pages")
struct DisambiguationTests {
    static func isDisambiguation(_ text: String) -> Bool {
        let document = WikitextDocument(parsing: text)
        let article = ArticleBuilder.build(title: "T", source: Source(path: nil), document: document)
        return Disambiguation.isDisambiguation(templatesSeen: article.templatesSeen, text: Array(text.utf8))
    }

    @Test("the sample's disambiguation pages: {{disambiguation}}, {{Disambiguation|geo|hndis}}, {{geodis}}",
          arguments: ["Alien", "Ada", "Aa River", "Austin (disambiguation)", "Asia Minor (disambiguation)"])
    func disambiguationPages(title: String) throws {
        #expect(Self.isDisambiguation(try Fixtures.dumpPage(title, in: Fixtures.gensimDump)))
    }

    @Test("articles are not: their hatnotes point at disambiguation pages", arguments: ["Andre Agassi", "Asia", "Alkali metal"])
    func articles(title: String) throws {
        let page = try Fixtures.dumpPage(title, in: Fixtures.gensimDump)
        #expect(!Self.isDisambiguation(page))
    }

    @Test("{{Disambiguation needed}} sits on articles; __DISAMBIG__ marks a page")
    func markers() throws {
        let page = try Fixtures.dumpPage("Andre Agassi", in: Fixtures.gensimDump)
        #expect(!Self.isDisambiguation(page + "\n[[Tennis]]{{Disambiguation needed|date=May 2024}}"))
        #expect(Self.isDisambiguation(page + "\n__DISAMBIG__"))
        #expect(!Self.isDisambiguation(page + "\n__DISAMBIG_"))
    }
}
