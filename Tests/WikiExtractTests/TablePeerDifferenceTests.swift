import Testing
import TestSupport
import Wikitext
import WikiExtract
import WikiModel

/// Corpus tables where our grid differs from wikitextparser's `Table.data(span=True)` and we
/// are right (found by `scripts/table-diff-wtp.py`).
@Suite("Tables: where wikitextparser is wrong")
struct TablePeerDifferenceTests {
    func tables(_ name: String) throws -> [Table] {
        TableExtractor.extract(WikitextDocument(parsing: try Fixtures.corpusBytes(name)))
    }

    @Test("a template's `|param =` lines are parameters, not cells (wikitextparser makes 11 columns)")
    func templateParametersAreNotCells() throws {
        let t = try #require(try tables("List_of_MythBusters_special_episodes.wikitext").first { $0.line == 8 })
        #expect(t.columns.count == 4)
        #expect(t.rows[0][3].raw.contains("{{Episode list"))
        #expect(t.rows.allSatisfy { $0.count == 4 })
    }

    @Test("a table inside a File caption is a table (MediaWiki forms tables before links; wikitextparser misses it)")
    func tableInFileCaption() throws {
        let t = try #require(try tables("2026_FIFA_World_Cup.wikitext").first { $0.line == 205 })
        #expect(t.section == "Voting")
        #expect(t.headerRows == 1)
        #expect(t.columns == ["Allowed to vote", "Ineligible to vote"])
        #expect(t.rows.count == 5)
    }
}
