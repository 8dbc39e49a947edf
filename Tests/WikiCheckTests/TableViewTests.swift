import Foundation
import Testing
import TestSupport
@testable import WikiCheck
import WikiModel

/// The byte-level readings of `TableView`, `ColumnWords`, `isBlank` and `PartyNames` pinned
/// against the `String` and `Character` readings they replace, on every table, cell and
/// column of `Corpus/`.
@Suite struct TableViewTests {
    /// Every corpus article, built as `wikiconv convert` builds it.
    private func articles() throws -> [Article] {
        try Fixtures.corpusFiles().map { url in
            try CheckFixtures.article(String(url.lastPathComponent.dropLast(".wikitext".count)))
        }
    }

    /// The grid of every table of every corpus article.
    private func grids() throws -> [GridRows] {
        try articles().flatMap { $0.tables.map(\.rows) }
    }

    /// The labels as the rules read them before: `String` texts, a repeat compared as strings.
    private func referenceRole(_ cells: GridRow) -> RowRole {
        var count = 0
        var last: String?
        for i in cells.indices {
            let value = cells[i].value
            if TableView.isNumber(value) || count == 3 { break }
            guard value.kind == .text else { continue }
            let text = cells[i].text
            guard !text.isEmpty, last != text else { continue }
            let role = RowRole(label: text)
            if role != .other { return role }
            count += 1
            last = text
        }
        return .other
    }

    @Test func rowsColumnsAndSlotsMatchTheStringReadings() throws {
        var tables = 0, unparsed = 0
        for article in try articles() {
            for table in article.tables {
                tables += 1
                let view = TableView(table)
                for row in view.bodyRows {
                    #expect(view.role(row) == referenceRole(table.rows[row]), "table \(table.index) row \(row) of \(article.title)")
                }
                for row in table.rows.indices {
                    let cells = table.rows[row]
                    let covered = cells.indices.filter { !TableView.isEmptySlot(cells[$0]) }.count
                    #expect(Int(view.coveredSlots[row]) == covered)
                }
                for (column, name) in table.columns.enumerated() {
                    let slow = ColumnWords(words: TableView.leafWords(name), leafName: TableView.leafName(name.lowercased()))
                    #expect(view.columnWords[column] == slow, "column '\(name)'")
                }
                let columns = (0..<view.width).filter { column in
                    view.bodyRows.contains { row in
                        !view.isSection(row) && view.isOwn(row, column) && !table.rows[row][column].header
                            && table.rows[row][column].value.kind == .unparsed
                    }
                }
                #expect(view.unparsedColumns == columns, "table \(table.index) of \(article.title)")
                unparsed += columns.count
            }
        }
        #expect(tables > 100)
        #expect(unparsed > 0)
    }

    @Test func blankCellsMatchTheCharacterReading() throws {
        func slow(_ cell: Cell) -> Bool {
            guard cell.text.utf8.count <= 12 else { return false }
            let letters = String(cell.text.filter { $0.isLetter || $0.isNumber }).lowercased()
            return letters.isEmpty || ["na", "nil", "none", "tbd", "tba", "unknown"].contains(letters)
        }
        var blanks = 0
        for article in try articles() {
            for table in article.tables {
                for row in table.rows {
                    for cell in row {
                        #expect(TableView.isBlank(cell) == slow(cell), "'\(cell.text)'")
                        if slow(cell) { blanks += 1 }
                    }
                }
            }
        }
        #expect(blanks > 0)
    }

    @Test func partyKeysAndInitialsMatchTheCharacterReading() throws {
        var names: [String] = ["The Greens & Co", "the", "Theory", "A&B", "&", "O'Brien Party", "PML-N", "Sinn Féin"]
        for article in try articles() {
            for contest in article.contests { names += contest.rows.compactMap(\.party) }
            for infobox in article.infoboxes { names += infobox.fields.flatMap { [$0.text, $0.key] } }
        }
        #expect(names.count > 100)  // the corpus's names, not only the hand-written ones
        for name in names {
            #expect(UnparsedNumbersRule.stem(name) == String(name.reversed().drop(while: \.isNumber).reversed()), "'\(name)'")
            #expect(PartyNames.key(name) == PartyNames.characterKey(name), "'\(name)'")
            #expect(PartyNames.initials(name) == PartyNames.characterInitials(name), "'\(name)'")
        }
    }

    /// `GridRows.slot` and `withSlotText` say what the slot's `Cell` says, on every slot.
    @Test func slotsReadAsTheirCells() throws {
        var slots = 0
        for grid in try grids() {
            for y in grid.indices {
                for x in 0..<grid.width(of: y) {
                    let cell = grid.cell(y, x), slot = grid.slot(y, x)
                    #expect(Int(slot.row) == cell.origin.row && Int(slot.col) == cell.origin.col)
                    #expect(Int(slot.rowspan) == cell.rowspan && Int(slot.colspan) == cell.colspan)
                    #expect(slot.isEmptySlot == TableView.isEmptySlot(cell))
                    #expect(slot.kind == cell.value.kind && slot.hasNumber == (cell.value.number != nil))
                    #expect(slot.header == cell.header && slot.isTextEmpty == cell.text.isEmpty)
                    #expect(grid.withSlotText(y, x) { Array($0) } == Array(cell.text.utf8))
                    slots += 1
                }
            }
        }
        #expect(slots > 10_000)
    }

    /// `sameText` is `String` equality: on every pair of text slots of a corpus row's first
    /// columns, and on texts where bytes and canonical equivalence differ.
    @Test func sameTextIsStringEquality() throws {
        var pairs = 0
        for grid in try grids() {
            for y in grid.indices {
                let width = min(grid.width(of: y), 6)
                for a in 0..<width {
                    for b in 0..<width where a != b {
                        #expect(TableView.sameText(grid, y, a, b) == (grid.cell(y, a).text == grid.cell(y, b).text))
                        pairs += 1
                    }
                }
            }
        }
        #expect(pairs > 10_000)
        let texts = ["", "a", "ab", "Ab", "Ac", "é", "e\u{301}", "e\u{301}x", "éx", "e", "ex", "x\u{301}", "x",
                     "Total", "Total\u{301}", "Total ", "\u{212A}", "K", "A\u{30A}", "\u{C5}", "\u{212B}", "q\u{307}\u{323}",
                     "q\u{323}\u{307}", "\u{1E0B}\u{323}", "\u{1E0D}\u{307}", "–", "—", "Å x", "Å y"]
        let row = texts.enumerated().map { Cell(text: $0.element, raw: $0.element, origin: GridPosition(row: 0, col: $0.offset), line: 1) }
        let grid = GridRows([row])
        for a in texts.indices {
            for b in texts.indices {
                #expect(TableView.sameText(grid, 0, a, b) == (texts[a] == texts[b]), "'\(texts[a])' / '\(texts[b])'")
            }
        }
    }

    /// `sameText` on ill-formed UTF-8 stored as is: a lead byte without its continuation
    /// bytes (or with a byte past 0xBF) is repaired to U+FFFD when read as a `String`, so
    /// different bytes can be equal strings, and the byte reading must leave them to it.
    @Test func sameTextOnIllFormedBytesIsStringEquality() {
        let texts: [[UInt8]] = [[0xC2, 0x41], [0xC3, 0x41], [0xCB, 0x41], [0xC2], [0xC3], [0x41, 0xC2], [0x41, 0xCB],
                                [0xC2, 0xC2], [0xC3, 0xC3], [0xE2, 0x80, 0xC0], [0xE2, 0x80, 0xC1], [0xE2, 0x80, 0xFF],
                                [0xE2, 0x80, 0x94], [0xE2, 0x80], [0xE2, 0x81], [0xC3, 0xA9], [0xC2, 0xFF], [0xC3, 0xFE],
                                [0xEF, 0xBF, 0xBD, 0x41]]  // U+FFFD then A: equal to a repaired [C2 41]
        var builder = CellStore.Builder(source: texts.flatMap { $0 })
        var start = 0
        for text in texts {
            builder.append(sourceText: start..<(start + text.count), raw: start..<(start + text.count), header: false, line: 1,
                           attributeSource: nil, styleParty: nil, kind: .text, status: nil, number: nil)
            start += text.count
        }
        let n = texts.count
        let cells = TableCells(contents: .records(CellStore(builder)),
                               placements: (0..<n).map { TableCells.Placement(row: 0, col: Int32($0), rowspan: 1, colspan: 1) },
                               spans: Array(repeating: (1, 1), count: n), counts: [n], slots: (0..<n).map(Int32.init),
                               width: n, lines: [1])
        let grid = GridRows(cells)
        var equalStrings = 0
        for a in 0..<n {
            for b in 0..<n {
                let strings = grid.cell(0, a).text == grid.cell(0, b).text
                #expect(TableView.sameText(grid, 0, a, b) == strings, "\(texts[a]) / \(texts[b])")
                if strings && a != b { equalStrings += 1 }
            }
            texts[a].withUnsafeBufferPointer { #expect(!TableView.isPlainNFC($0) || String(validating: $0, as: UTF8.self) != nil) }
        }
        #expect(equalStrings > 0)  // the repair does make different bytes equal
    }
}
