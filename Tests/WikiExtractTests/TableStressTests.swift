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

    @Test("rowspan=99999 colspan=99999 is clamped to 65534 × 1000; past the written rows only a few rows of copies")
    func hugeSpan() {
        let tables = TableTestHelpers.tables("{|\n| rowspan=99999 colspan=99999 | big || z\n|-\n| a\n|}\n")
        let t = tables[0]
        #expect(t.rawRows[0][0].rowspan == TableLimits.maxRowspan && t.rawRows[0][0].colspan == TableLimits.maxColspan)
        #expect(t.columns.count == 1001)
        #expect(t.rows.count * t.columns.count <= TableLimits.maxSlots)
        // Two written rows, then the rows only the big cell reaches: HTML's model adds them (a
        // browser draws none); they are kept up to `minSpanOnlyRows`.
        #expect(t.rows.count == 2 + TableLimits.minSpanOnlyRows)
        #expect(t.rows[2...].allSatisfy { row in row.allSatisfy { $0.origin == GridPosition(row: 0, col: 0) || $0.text.isEmpty } })
        #expect(t.rows[1][1000].text == "a")
        #expect(t.rows[0][999].origin == GridPosition(row: 0, col: 0))
    }

    @Test("a page of 300 absurd tables stays within the page's slot budget; a real table after them keeps its rows")
    func pageBudget() throws {
        let absurd = String(repeating: "{|\n| rowspan=99999 colspan=99999 | big\n|-\n| a\n|}\n", count: 300)
        let real = String(decoding: try Fixtures.corpusBytes("2024_Pakistani_general_election.wikitext"), as: UTF8.self)
        let alone = TableTestHelpers.tables(real)
        let tables = TableTestHelpers.tables(absurd + real)
        #expect(tables.count == 300 + alone.count)
        let slots = tables.reduce(0) { $0 + $1.rows.count * $1.columns.count }
        // The page's budget, plus the room every table gets past it (four slots a written cell).
        let floor = tables.reduce(0) { $0 + max(4 * $1.rawRows.reduce(0) { $0 + $1.count }, 1024) }
        #expect(slots <= TableLimits.maxPageSlots + floor)
        #expect(slots < 2 * TableLimits.maxPageSlots)  // 300 × 2,000,000 before the page budget
        // The article's tables keep every written row (and its parties) behind the absurd ones.
        for (table, original) in zip(tables.suffix(alone.count), alone) {
            #expect(table.rawRows.count == original.rawRows.count)
            #expect(table.rows.count >= original.rawRows.count)
        }
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
