import Testing
import TestSupport
import Wikitext
@testable import WikiExtract
import WikiModel

/// HTML tables of real articles in Corpus/ (expanded pages, where navboxes and message boxes
/// arrive as `<table>` markup), and the browser walk checked against the wikitext path.
@Suite("Tables: HTML tables in real articles")
struct HTMLTableArticleTests {
    static func tables(_ name: String) throws -> [Table] {
        TableExtractor.extract(WikitextDocument(parsing: try Fixtures.corpusBytes(name)))
    }

    @Test("Saxby Chambliss: 20 tables, 15 of them HTML (message boxes, navboxes nested four deep)")
    func saxby() throws {
        let t = try Self.tables("Saxby_Chambliss.expanded.wikitext")
        #expect(t.count == 20)
        #expect(t.map(\.index) == Array(1...20))
        // The Wikinews box: one row, an image cell and the text cell.
        let mbox = t[1]
        #expect(mbox.line == 793 && mbox.section == "2008 race")
        #expect(mbox.attributes["class"] == "metadata mbox-small plainlinks")
        #expect(TableTestHelpers.size(mbox) == (1, 2))
        #expect(mbox.rows[0][1].text.hasPrefix("Wikinews has related news:\nRepublican Senator from Georgia wins"))
        // A navbox: an outer one-cell table holding the real grid.
        let outer = t[8], navbox = t[9]
        #expect(outer.line == 1057 && TableTestHelpers.size(outer) == (1, 1))
        #expect(navbox.parent == Table.Parent(table: 9, row: 0, col: 0))
        #expect(TableTestHelpers.size(navbox) == (5, 3))
        #expect(navbox.headerRows == 1)
        #expect(navbox.rows[0][0].header && navbox.rawRows[0][0].colspan == 3)
        #expect(navbox.rows[0][0].text.hasSuffix("United States Senators from Georgia"))
        #expect(navbox.rows[2][0].text == "Class 2" && navbox.rows[4][0].text == "Class 3")
        #expect(navbox.rows[4][1].text.hasPrefix("Gunn • Jackson • Milledge"))
        #expect(navbox.rawRows[1].count == 1 && navbox.rowInfo[1].attributes["style"] == "height:2px;")
        #expect(navbox.rows[4][2].origin == GridPosition(row: 2, col: 2))
        // The committee chairs: a column table inside a navbox inside a navbox.
        let chairs = t[16]
        #expect(chairs.parent == Table.Parent(table: 16, row: 0, col: 0))
        #expect(t[15].parent == Table.Parent(table: 15, row: 0, col: 0))
        #expect(t[14].parent == Table.Parent(table: 14, row: 2, col: 0))
        #expect(chairs.rows[0].map(\.text) == ["Chairpersons (Democratic)", "Ranking Members (Republican)"])
        #expect(chairs.rows[2][0].text.hasPrefix("Debbie Stabenow (Michigan) – Agriculture"))
        #expect(chairs.rows[2][1].links.first?.target == "Pat Roberts")
    }

    @Test("Help:Table: HTML tables between wikitables, inline ones nested, one inside a wikitable")
    func helpTable() throws {
        let t = try Self.tables("Help_Table.expanded.wikitext")
        #expect(t.map(\.index) == Array(1...t.count))
        // The sidebar: a <th> outside any row (implied row), an empty <tr></tr>, then the links.
        let sidebar = t[0]
        #expect(sidebar.line == 2 && sidebar.section == nil)
        #expect(sidebar.headerRows == 1 && sidebar.columns == ["Wiki markup"])
        #expect(sidebar.rows.count == 3 && TableGrid.isEmptySlot(sidebar.rows[1][0]))
        #expect(sidebar.rows[2][0].text.hasPrefix("Basic markup\nText, links, and talk pages"))
        #expect(sidebar.rows[2][0].links.count == 7)
        // `<table><tr><td>HELLO WORLD</table>` inside a list item, then a table in a cell of another.
        let inline = t.filter { $0.line == 920 || $0.line == 924 }
        #expect(inline.map { "\($0.rows.count)x\($0.columns.count)" } == ["1x1", "1x3", "1x1"])
        #expect(inline[0].rows[0][0].text == "HELLO WORLD")
        #expect(inline[1].rows[0].map(\.text) == ["This is a test table here", "", "followed by this text afterward."])
        #expect(inline[2].parent == Table.Parent(table: inline[1].index, row: 0, col: 1))
        // An HTML table in a wikitable's cell (the syntax comparison), 2×2 of numbers.
        let numbers = try #require(t.first { $0.line == 1436 })
        #expect(numbers.parent == Table.Parent(table: numbers.index - 1, row: 6, col: 1))
        #expect(numbers.rows.map { $0.map(\.text) } == [["1", "2"], ["3", "4"]])
        #expect(numbers.rows[1][1].value.kind == .integer)
        #expect(numbers.attributes["cellpadding"] == "3")
        // Layout tables around the style-class examples hold the wikitables they show.
        let layout = try #require(t.first { $0.line == 1016 })
        #expect(t.filter { $0.parent?.table == layout.index }.count == 2)
    }

    @Test("on every corpus page, the browser walk builds the wikitext tables exactly as the wikitext path does")
    func sameAsWikitextPath() throws {
        var pages = 0
        for url in Fixtures.corpusFiles() {
            let doc = WikitextDocument(parsing: try Fixtures.corpusBytes(url.lastPathComponent))
            guard !HTMLTableTag.mayOccur(in: doc.source) else { continue }
            let walked = HTMLTableWalk.tables(doc, force: true) ?? []
            #expect(walked == TableExtractor.wikitables(doc), "\(url.lastPathComponent)")
            pages += 1
        }
        #expect(pages > 10)
    }
}
