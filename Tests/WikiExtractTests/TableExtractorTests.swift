import Testing
import TestSupport
import Wikitext
import WikiExtract
import WikiModel

/// The grid, cell and header rules on small tables.
@Suite("Tables: extractor")
struct TableExtractorTests {
    func one(_ text: String) throws -> Table { try #require(TableTestHelpers.tables(text).first) }

    @Test("a full-width `!` row under the column headers opens a section, not a second header row (Belgium's provinces)")
    func sectionRowUnderHeaders() throws {
        let doc = WikitextDocument(parsing: try Fixtures.corpusBytes("Belgium.wikitext"))
        let t = try #require(TableExtractor.extract(doc).first { $0.section == "Provinces" })
        #expect(t.headerRows == 1)
        #expect(Array(t.columns.prefix(3)) == ["Province", "Dutch name", "French name"])
        let sections = t.rows.indices.filter { t.rowInfo[$0].isSection }.map { t.rows[$0][0].text }
        #expect(sections == ["Flemish Region", "Walloon Region", "Brussels-Capital Region"])
    }

    @Test("`{{ref|Ada_range|[j]}}` markers leave the text and stay as notes by name (Comparison of programming languages)")
    func refTemplateMarkersAreNotes() throws {
        let doc = WikitextDocument(parsing: try Fixtures.corpusBytes("Comparison_of_programming_languages_(basic_instructions).wikitext"))
        let t = try #require(TableExtractor.extract(doc).first { $0.line == 13 })
        // Line 35: `<tt>range 0 .. 2**8 - 1</tt>{{ref|Ada_range|[j]}} or <tt>mod 2**8</tt>{{ref|Ada_mod|[k]}}`.
        let cell = try #require(t.rows.lazy.flatMap { $0 }.first { $0.line == 35 })
        #expect(cell.text == "range 0 .. 2**8 - 1 or mod 2**8")
        #expect(cell.notes.map(\.kind) == [.ref, .ref])
        #expect(cell.notes.map(\.name) == ["Ada_range", "Ada_mod"])
    }

    @Test("attributes: quoted, single-quoted, unquoted, junk kept, templates intact")
    func attributes() {
        let a = TableAttributes.parse(#"class="wikitable sortable" style='x: y' Width=5 junk "q" style=background:{{party color|Labour Party (UK)}} a="open"#)
        #expect(a.keys == ["class", "style", "width", "junk", "\"q\"", "style", "a"])
        #expect(a["class"] == "wikitable sortable")
        #expect(a["width"] == "5")
        #expect(a["junk"] == "")
        #expect(TableAttributes.value("style", in: a) == "background:{{party color|Labour Party (UK)}}")
        #expect(a["a"] == "open")
    }

    @Test("rowspan and colspan fill a rectangular grid; origin names the top-left slot")
    func spans() throws {
        let t = try one("{|\n! rowspan=2 | A !! colspan=2 | B\n|-\n! b1 !! b2\n|-\n| 1 || 2 || 3\n|}")
        #expect(TableTestHelpers.data(t) == [["A", "B", "B"], ["A", "b1", "b2"], ["1", "2", "3"]])
        #expect(t.rows[1][0].origin == GridPosition(row: 0, col: 0) && t.rows[1][0].rowspan == 2)
        #expect(t.rawRows.map(\.count) == [2, 2, 3])
        #expect(t.headerRows == 2)
        #expect(t.columns == ["A", "B / b1", "B / b2"])
    }

    @Test("rowspan=0 grows to the end; a span past the last row adds rows of empty slots")
    func rowGroupEnd() throws {
        let t = try one("{|\n| rowspan=3 | a || rowspan=0 | b || c\n|-\n| d\n|}")
        #expect(TableTestHelpers.data(t) == [["a", "b", "c"], ["a", "b", "d"], ["a", "b", nil]])
        #expect(t.rows[0][1].rowspan == 3)
        #expect(t.rawRows[0][1].rowspan == 0)
        #expect(TableGrid.isEmptySlot(t.rows[2][2]))
    }

    @Test("overlapping cells: the later one shows, as in wikitextparser")
    func overlap() throws {
        let t = try one("{|\n| a || rowspan=2 | b\n|-\n| colspan=2 | c || d\n|}")
        #expect(TableTestHelpers.data(t) == [["a", "b", nil], ["c", "c", "d"]])
    }

    @Test("inline || and !!, ||| empty cells, pipes in links and templates")
    func splitting() throws {
        let t = try one("{|\n! h1 !! h2 !! h3\n|-\n||| x || [[A|B]] {{t|1|2}}\n|}")
        #expect(TableTestHelpers.data(t) == [["h1", "h2", "h3"], ["", "x", "[[A|B]] {{t|1|2}}"]])
        #expect(t.rows[1][2].text == "B")
        #expect(t.rows[1][2].links == [Link(target: "A", text: "B")])
    }

    @Test("footnotes leave the text and become notes")
    func notes() throws {
        let t = try one("{|\n| 1,234<ref name=a>Source</ref>\n|}")
        #expect(t.rows[0][0].text == "1,234")
        #expect(t.rows[0][0].notes.map(\.kind) == [.ref])
        #expect(t.rows[0][0].notes.first?.name == "a")
        #expect(t.rows[0][0].value.kind == .integer && t.rows[0][0].value.number == 1234)
    }

    @Test("style party on cells and rows, in its usual spellings")
    func styleParty() throws {
        let t = try one("""
        {|
        |- style="background:{{party shading/Labour}}"
        | style="background:{{Party color|Conservative Party (UK)}}" | x
        | bgcolor={{Green Party of England and Wales/meta/color}} | y
        | style="background:#fff" | z
        |}
        """)
        #expect(t.rows[0].map(\.styleParty) == ["Conservative Party (UK)", "Green Party of England and Wales", nil])
        #expect(t.rowInfo[0].styleParty == "Labour")
    }

    @Test("caption: nil when absent, empty kept, first one wins")
    func captions() throws {
        #expect(try one("{|\n| a\n|}").caption == nil)
        #expect(try one("{|\n|+\n| a\n|}").caption == "")
        #expect(try one("{|\n|+ ''One''\n|+ Two\n| a\n|}").caption == "One")
    }

    @Test("row headers, mid-table section rows and duplicate column names")
    func headers() throws {
        let t = try one("{|\n! Year !! Year !! Votes\n|-\n! 2020\n| a || 1\n|-\n| colspan=3 | Later\n|-\n! 2021\n| b || 2\n|}")
        #expect(t.headerRows == 1)
        #expect(t.columns == ["Year", "Year 2", "Votes"])
        #expect(t.rows[1][0].header && !t.rows[1][1].header)
        #expect(t.rowInfo.map(\.isSection) == [false, false, true, false])
    }

    @Test("a table without header rows gets Column N names")
    func noHeaders() throws {
        let t = try one("{|\n| a || b\n|}")
        #expect(t.headerRows == 0)
        #expect(t.columns == ["Column 1", "Column 2"])
    }

    @Test("nested tables: each its own table, pointing at its cell; section is the innermost heading")
    func nested() {
        let tables = TableTestHelpers.tables("== A ==\n=== B ===\n{|\n| x || y\n|-\n| z ||\n{|\n| inner\n|}\n|}\n== C ==\n{|\n| c\n|}")
        #expect(tables.count == 3)
        #expect(tables.map(\.section) == ["B", "B", "C"])
        #expect(tables[1].parent == Table.Parent(table: 1, row: 1, col: 1))
        #expect(tables[0].rows[1][1].text == "")
        #expect(tables[1].rows[0][0].text == "inner")
        #expect(tables[2].parent == nil)
    }

    @Test("span values as HTML reads them")
    func spanParsing() throws {
        let t = try one("{|\n| colspan=\" 2a2\" | a || colspan=1.5 | b || colspan=0 | c || colspan=x | d || colspan=+2 | e\n|}")
        #expect(t.rawRows[0].map(\.colspan) == [2, 1, 1, 1, 2])
    }
}
