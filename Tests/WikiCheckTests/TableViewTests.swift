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
        for name in names {
            #expect(UnparsedNumbersRule.stem(name) == String(name.reversed().drop(while: \.isNumber).reversed()), "'\(name)'")
            #expect(PartyNames.key(name) == PartyNames.characterKey(name), "'\(name)'")
            #expect(PartyNames.initials(name) == PartyNames.characterInitials(name), "'\(name)'")
        }
    }
}
