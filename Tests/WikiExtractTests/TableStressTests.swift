import Foundation
import Testing
import TestSupport
import Wikitext
@testable import WikiExtract
import WikiModel

/// Absurd input stays bounded: spans are clamped as HTML says, the grid has a slot budget.
@Suite("Tables: stress")
struct TableStressTests {
    @Test("100,000 rows")
    func manyRows() {
        var text = "{| class=wikitable\n! a !! b !! c\n"
        for i in 0..<100_000 { text += "|-\n| \(i) || x || y\n" }
        text += "|}\n"
        let clock = ContinuousClock()
        var tables: [Table] = []
        let elapsed = clock.measure { tables = TableTestHelpers.tables(text) }
        #expect(tables.count == 1)
        #expect(tables[0].rows.count == 100_001)
        #expect(tables[0].rows.allSatisfy { $0.count == 3 })
        #expect(tables[0].rows[100_000][0].text == "99999")
        #expect(elapsed < .seconds(60))
    }

    @Test("rowspan=99999 colspan=99999 is clamped to 65534 × 1000, within the slot budget")
    func hugeSpan() {
        let tables = TableTestHelpers.tables("{|\n| rowspan=99999 colspan=99999 | big || z\n|-\n| a\n|}\n")
        let t = tables[0]
        #expect(t.rawRows[0][0].rowspan == TableLimits.maxRowspan && t.rawRows[0][0].colspan == TableLimits.maxColspan)
        #expect(t.columns.count == 1001)
        #expect(t.rows.count * t.columns.count <= TableLimits.maxSlots)
        #expect(t.rows.count == TableLimits.maxSlots / 1001)
        #expect(t.rows[1][1000].text == "a")
        #expect(t.rows[0][999].origin == GridPosition(row: 0, col: 0))
    }

    @Test("a row of many huge colspans stops at the column limit")
    func wideRow() {
        let row = Array(repeating: "colspan=1000 | w", count: 10).joined(separator: " || ")
        let t = TableTestHelpers.tables("{|\n| \(row)\n|}\n")[0]
        #expect(t.columns.count == TableLimits.maxColumns)
        #expect(t.rawRows[0].count == 10)
        #expect(t.rawRows[0][9].origin == GridPosition(row: -1, col: -1))
    }

    @Test("deeply nested tables: the first maxNesting levels below the top are tables, the rest stays raw text",
          arguments: [("{|\n|\n", "|}\n", "{|"), ("<table><tr><td>", "</td></tr></table>", "<table>")])
    func deepNesting(open: String, close: String, marker: String) {
        let depth = 10_000
        let text = String(repeating: open, count: depth) + "x" + String(repeating: close, count: depth)
        let tables = TableTestHelpers.tables(text)
        let kept = TableLimits.maxNesting + 1
        #expect(tables.count == kept)
        #expect(tables.map(\.index) == Array(1...kept))
        for (i, table) in tables.enumerated() {
            #expect(table.parent == (i == 0 ? nil : Table.Parent(table: i, row: 0, col: 0)))
        }
        // The deepest table kept holds the rest of the nest in its cell's raw wikitext.
        let raw = tables.last?.rows.first?.first?.raw ?? ""
        #expect(raw.components(separatedBy: marker).count - 1 == depth - kept)
    }

    @Test("no article of Corpus/ nests tables past the limit: every table is kept")
    func corpusNesting() throws {
        var nested = 0
        for file in Fixtures.corpusFiles() {
            let document = WikitextDocument(parsing: try Array(Data(contentsOf: file)))
            let tables = TableExtractor.extract(document)
            nested += tables.filter { $0.parent != nil }.count
            // Unlimited: the limit has nothing to drop, so the tables come back as they are.
            #expect(TableExtractor.limitingNesting(tables).count == tables.count, "\(file.lastPathComponent)")
        }
        #expect(nested > 5, "Corpus/ should hold nested tables")
    }
}
