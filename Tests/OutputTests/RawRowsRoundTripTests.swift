import Foundation
import Testing
import TestSupport
import Wikitext
import WikiExport
import WikiExtract
import WikiModel

/// In JSON, `rawRows` refers to the grid (`[row, col, rowspan, colspan]`). Reading the JSON of
/// every Corpus/ article back must give the very cells the extractor wrote, spans as written.
@Suite("rawRows references in JSON")
struct RawRowsRoundTripTests {
    @Test("every written cell of Corpus/ reads back from its JSON reference")
    func corpusRawRowsDecodeBack() throws {
        var cells = 0, references = 0
        for file in Fixtures.corpusFiles() {
            let counts = try Self.checkRoundTrip(try [UInt8](Data(contentsOf: file)), name: file.lastPathComponent)
            cells += counts.cells
            references += counts.references
        }
        // Corpus/ has tens of thousands of written cells, and its grids hold every one of them.
        #expect(cells > 20_000)
        #expect(references == cells)
    }

    @Test("spans as written come back, not the grid's: rowspan=0 and a rowspan past the table")
    func writtenSpansDecodeBack() throws {
        let source = "{|\n| rowspan=0 | a || rowspan=5 | b || c\n|-\n| d\n|}\n"
        let article = ArticleBuilder.build(title: "t", source: Source(path: nil),
                                           document: WikitextDocument(parsing: Array(source.utf8)))
        let table = try #require(article.tables.first)
        #expect(table.rawRows[0].map(\.rowspan) == [0, 5, 1])
        #expect(table.rows[0].map(\.rowspan) == [5, 5, 1])  // the rowspan of 5 makes five rows
        let counts = try Self.checkRoundTrip(Array(source.utf8), name: "spans")
        #expect(counts.cells == 4 && counts.references == 4)
    }

    /// Extracts `bytes`, writes the article as JSON, reads it back, and checks that every
    /// written cell is the same; returns how many cells and how many were written as references.
    static func checkRoundTrip(_ bytes: [UInt8], name: String) throws -> (cells: Int, references: Int) {
        let article = ArticleBuilder.build(title: name, source: Source(path: nil), document: WikitextDocument(parsing: bytes))
        let json = ArticleJSON.encode(article, style: .compact)
        let decoded = try JSONDecoder().decode(Article.self, from: Data(json))
        #expect(decoded.tables.count == article.tables.count, "\(name)")
        var cells = 0, references = 0
        for (table, back) in zip(article.tables, decoded.tables) {
            #expect(back.rawRows.map(\.count) == table.rawRows.map(\.count), "\(name) table \(table.index)")
            for (r, (row, backRow)) in zip(table.rawRows, back.rawRows).enumerated() {
                for (i, (cell, backCell)) in zip(row, backRow).enumerated() {
                    #expect(same(cell, backCell), "\(name) table \(table.index) \(cell.origin)")
                    cells += 1
                    if table.holdsAtOrigin(cell) { references += 1 }
                    // The extractor's tables answer from shared storage, decoded ones by comparing
                    // cells: both must agree with holdsAtOrigin.
                    for t in [table, back] {
                        let reference = t.writtenReference(row: r, at: i)
                        #expect((reference != nil) == table.holdsAtOrigin(cell), "\(name) table \(table.index) [\(r), \(i)]")
                        if let reference {
                            #expect(reference.origin == cell.origin && reference.rowspan == cell.rowspan
                                    && reference.colspan == cell.colspan, "\(name) table \(table.index) [\(r), \(i)]")
                        }
                    }
                }
            }
            // The grid read in place is the grid read by index, and reads back the same from JSON.
            for y in table.rows.indices {
                var visited = 0
                table.rows.forEachCell(inRow: y) { cell, x in
                    #expect(same(cell, table.rows[y][x]), "\(name) table \(table.index) [\(y), \(x)]")
                    visited += 1
                }
                #expect(visited == table.rows[y].count)
                if y < back.rows.count {
                    #expect(zip(table.rows[y], back.rows[y]).allSatisfy { same($0, $1) }, "\(name) table \(table.index) row \(y)")
                }
            }
            #expect(back.rows.count == table.rows.count)
        }
        return (cells, references)
    }

    /// Cell equality up to the order of attributes (JSON objects come back sorted by key).
    static func same(_ a: Cell, _ b: Cell) -> Bool {
        var a = a, b = b
        a.update { $0.attributes = OrderedPairs($0.attributes.entries.sorted { $0.key < $1.key }) }
        b.update { $0.attributes = OrderedPairs($0.attributes.entries.sorted { $0.key < $1.key }) }
        return a == b
    }
}
