import Testing
import TestSupport
import Wikitext
import WikiExtract
import WikiModel

/// The terminal rendering used by `wikiconv inspect --tables`.
@Suite("Tables: text grid")
struct TableGridTextTests {
    @Test("columns aligned to content, spans marked, header ruled off")
    func small() throws {
        let t = try #require(TableTestHelpers.tables("== S ==\n{|\n|+ Cap\n! A !! colspan=2 | Long header\n|-\n| rowspan=2 | 1 || 22 || 333\n|-\n| x || y\n|}").first)
        let text = TableGridText.render(t, width: 80)
        #expect(text == """
        Table 1 · S · line 2 · 3×3 · 1 header row
        Caption: Cap
        | A | Long header | Long header 2 |
        |---+-------------+---------------|
        | A | Long header | ←             |
        |---+-------------+---------------|
        | 1 | 22          | 333           |
        | ↑ | x           | y             |

        """)
    }

    @Test("a wide table is printed in column blocks no wider than asked")
    func wide() throws {
        let cells = (1...30).map { "value\($0)" }.joined(separator: " || ")
        let t = try #require(TableTestHelpers.tables("{|\n| \(cells)\n|}").first)
        let text = TableGridText.render(t, width: 60)
        #expect(text.contains("Columns 1–"))
        #expect(text.split(separator: "\n").allSatisfy { TableGridText.displayWidth(String($0)) <= 60 })
        #expect(text.contains("value30"))
    }

    /// Adur's composition: the colour cells show the party their colour names.
    @Test("a colour cell without text shows its party after ▮")
    func colourCells() throws {
        let doc = WikitextDocument(parsing: try Fixtures.corpusBytes("2024_Adur_District_Council_election.wikitext"))
        let table = try #require(TableExtractor.extract(doc).first)
        let lines = TableGridText.render(table, width: 400).split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("| ▮ Labour Party (UK) ") && $0.contains("| Labour ") && $0.contains("| 17 ") })
    }

    @Test("every Corpus/ table renders")
    func corpus() throws {
        for url in Fixtures.corpusFiles() {
            let doc = WikitextDocument(parsing: try Fixtures.corpusBytes(url.lastPathComponent))
            for t in TableExtractor.extract(doc) {
                let text = TableGridText.render(t, width: 100)
                #expect(text.hasPrefix("Table \(t.index)"))
            }
        }
    }
}
