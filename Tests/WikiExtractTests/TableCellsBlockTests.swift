import Foundation
import Testing
import TestSupport
import Wikitext
import WikiExtract
import WikiModel

/// `TableCells` keeps a table's entries, grid and row starts in one block, the cells' own store
/// apart from any other (fillers, cells made in code). These pin that layout against tables
/// rebuilt from plain `[[Cell]]` lists, which go through the other path (a store per cell).
@Suite("Tables: cell storage in one block")
struct TableCellsBlockTests {
    @Test("every Corpus table reads the same as its cells rebuilt from lists")
    func corpusTablesMatchRebuilt() throws {
        var tables = 0, empties = 0
        let files = Fixtures.corpusFiles()
        #expect(files.count >= 39)
        for url in files {
            let doc = WikitextDocument(parsing: [UInt8](try Data(contentsOf: url)))
            for table in TableExtractor.extract(doc) {
                let grid = table.rows.map { Array($0) }
                let written = table.rawRows.map { Array($0) }
                let rebuilt = Table(index: table.index, line: table.line, rows: grid, rawRows: written)
                #expect(rebuilt.rows == table.rows, "\(url.lastPathComponent) table \(table.index)")
                #expect(rebuilt.rawRows == table.rawRows, "\(url.lastPathComponent) table \(table.index)")
                #expect(rebuilt.rows.count == table.rows.count)
                for y in table.rows.indices {
                    #expect(rebuilt.rows.width(of: y) == table.rows.width(of: y))
                    // The rebuilt cells share the fillers' records (equal by identity), so a
                    // filler is pinned by what it must read as, field by field.
                    for cell in table.rows[y] where TableGrid.isEmptySlot(cell) {
                        #expect(cell.text == "" && cell.raw == "", "\(url.lastPathComponent) table \(table.index) row \(y)")
                        #expect(cell.value.kind == .empty && cell.value.status == .exact)
                        #expect(cell.line == table.rowInfo[y].line, "\(url.lastPathComponent) table \(table.index) row \(y)")
                        empties += 1
                    }
                }
                tables += 1
            }
        }
        #expect(tables > 100)
        #expect(empties > 0, "the corpus has uncovered slots, so fillers are exercised")
    }

    @Test("cells from several stores keep their content and placement")
    func cellsFromSeveralStores() {
        let a = Cell(text: "A", raw: "A", header: true, origin: GridPosition(row: 0, col: 0), colspan: 2, line: 3)
        let b = Cell(text: "1", raw: "1", origin: GridPosition(row: 1, col: 0), line: 4, value: Value(kind: .integer, number: 1))
        let c = Cell(text: "two", raw: "two", origin: GridPosition(row: 1, col: 1), line: 4)
        let table = Table(index: 1, line: 2, rows: [[a, a], [b, c]], rawRows: [[a], [b, c]])
        #expect(table.rows.count == 2)
        #expect(table.rows[0][1] == a)
        #expect(table.rows.cell(1, 0).value.number == 1)
        #expect(table.rows.cell(1, 1).text == "two")
        #expect(table.rawRows.count == 2 && table.rawRows[0].count == 1 && table.rawRows[1].count == 2)
        #expect(table.rawRows[1][1] == c)
        let empty = Table(index: 1, line: 1)
        #expect(empty.rows.isEmpty && empty.rawRows.isEmpty)
    }
}
