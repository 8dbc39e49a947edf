import Testing
import Wikitext
import WikiExtract
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

    @Test("deeply nested tables")
    func deepNesting() {
        let depth = 2000
        let text = String(repeating: "{|\n|\n", count: depth) + String(repeating: "|}\n", count: depth)
        let tables = TableTestHelpers.tables(text)
        #expect(tables.count == depth)
        #expect(tables.last?.parent == Table.Parent(table: depth - 1, row: 0, col: 0))
    }
}
