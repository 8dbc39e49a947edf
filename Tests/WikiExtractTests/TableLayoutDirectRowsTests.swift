import Foundation
import Testing
import TestSupport
import Wikitext
@testable import WikiExtract
import WikiModel

/// ``TableLayout`` lays out a row that nothing reaches from above, its cells one row high,
/// directly; these pin that shortcut to the full HTML5 algorithm on every table of Corpus/
/// and on spans that mix both kinds of row.
@Suite("Tables: layout of direct rows")
struct TableLayoutDirectRowsTests {
    /// Both layouts of the same written cells, compared member by member.
    private func expectSame(_ spans: [(rowspan: Int, colspan: Int)], _ counts: [Int],
                            sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let direct = TableLayout(spans: spans, counts: counts)
        let full = TableLayout(spans: spans, counts: counts, directRows: false)
        #expect(direct.width == full.width && direct.height == full.height, sourceLocation: sourceLocation)
        #expect(direct.slots == full.slots, sourceLocation: sourceLocation)
        #expect(direct.placements.count == full.placements.count, sourceLocation: sourceLocation)
        for (a, b) in zip(direct.placements, full.placements) {
            #expect(a.row == b.row && a.col == b.col && a.rowspan == b.rowspan && a.colspan == b.colspan,
                    sourceLocation: sourceLocation)
        }
    }

    @Test("every table of Corpus/ lays out as the full algorithm lays it out")
    func corpus() throws {
        var tables = 0
        for url in Fixtures.corpusFiles() {
            let doc = WikitextDocument(parsing: [UInt8](try Data(contentsOf: url)))
            for table in TableExtractor.extract(doc) {
                let spans = table.rawRows.flatMap { row in row.map { (rowspan: $0.rowspan, colspan: $0.colspan) } }
                expectSame(spans, table.rawRows.map(\.count))
                tables += 1
            }
        }
        #expect(tables > 100)
    }

    @Test("rows below spans, growing spans, overlaps, wide and empty rows")
    func mixed() {
        expectSame([(1, 1), (1, 2), (2, 1), (1, 1), (1, 1), (1, 3), (1, 1)], [3, 2, 0, 2])
        expectSame([(0, 1), (1, 1), (1, 1), (1, 2), (1, 1)], [2, 1, 2])
        expectSame([(1, 2), (3, 1), (1, 1), (1, 1), (1, 4), (1, 1)], [2, 2, 1, 1])
        expectSame([(1, TableLimits.maxColumns - 1), (1, 5), (1, 1), (1, 1)], [3, 1])
        expectSame([], [0, 0])
    }
}
