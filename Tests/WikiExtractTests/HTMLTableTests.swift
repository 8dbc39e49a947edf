import Foundation
import TestSupport
import Testing
import Wikitext
@testable import WikiExtract
import WikiModel

/// Tables written with HTML tags, and mixed with wikitext, read as a browser reads them.
@Suite("Tables: HTML table markup")
struct HTMLTableTests {
    static func tables(_ text: String) -> [Table] { TableTestHelpers.tables(text) }
    static func texts(_ table: Table) -> [[String]] { table.rows.map { $0.map(\.text) } }

    @Test("<table> with rows, header cells, caption, attributes and spans")
    func basic() {
        let t = Self.tables("""
        <table class="wikitable" style="x">
        <caption>Results ''2024''</caption>
        <tr><th>Party</th><th colspan="2">Seats</th></tr>
        <tr><td rowspan=2>A [[Alpha Party|Alpha]]</td><td>10</td><td>12%</td></tr>
        <tr><td>20</td><td>30<ref>note</ref></td></tr>
        </table>
        """)
        #expect(t.count == 1)
        let table = t[0]
        #expect(table.index == 1 && table.line == 1 && table.caption == "Results 2024")
        #expect(table.attributes["class"] == "wikitable")
        #expect(table.headerRows == 1)
        #expect(table.columns == ["Party", "Seats", "Seats 2"])
        #expect(Self.texts(table) == [["Party", "Seats", "Seats"], ["A Alpha", "10", "12%"], ["A Alpha", "20", "30"]])
        #expect(table.rows[2][0].origin == GridPosition(row: 1, col: 0))
        #expect(table.rawRows.map(\.count) == [2, 3, 2])
        #expect(table.rawRows[0][1].colspan == 2 && table.rawRows[1][0].rowspan == 2)
        #expect(table.rows[1][0].links.first?.target == "Alpha Party")
        #expect(table.rows[1][2].value.kind == .percent)
        #expect(table.rows[2][2].notes.count == 1 && table.rows[2][2].value.number == 30)
        #expect(table.rows[1][1].raw == "10" && table.rows[1][1].line == 4)
        #expect(table.rowInfo.map(\.line) == [3, 4, 5])
    }

    @Test("a cell outside any <tr> gets an implied row; unclosed <td> and <tr> end at the next one")
    func impliedAndUnclosed() {
        #expect(Self.tables("<table>\n<td>a</td>\n</table>").map { $0.rawRows.map(\.count) } == [[1]])
        let t = Self.tables("<table><tr><td>a<td>b<tr><td>c</table>")[0]
        #expect(Self.texts(t) == [["a", "b"], ["c", ""]])
        #expect(TableGrid.isEmptySlot(t.rows[1][1]))
        #expect(Self.tables("<table></table>").map(\.rows.count) == [0])
    }

    @Test("thead, tbody and tfoot: rows in model order, tfoot last")
    func rowGroups() {
        let t = Self.tables("""
        <table><thead><tr><th>H</th></tr></thead>
        <tfoot><tr><td>F</td></tr></tfoot>
        <tbody><tr><td>B1</td></tr><tr><td>B2</td></tr></tbody></table>
        """)[0]
        #expect(Self.texts(t) == [["H"], ["B1"], ["B2"], ["F"]])
        #expect(t.headerRows == 1 && t.columns == ["H"])
    }

    @Test("nesting both ways points at the enclosing cell; index follows source order")
    func nesting() {
        let t = Self.tables("""
        {|
        |a
        |
        <table><tr><td>x</td><td>
        {|
        |inner
        |}
        </td></tr></table>
        |}
        <table><tr><td>last</td></tr></table>
        """)
        #expect(t.map(\.index) == [1, 2, 3, 4])
        #expect(t.map(\.line) == [1, 4, 5, 10])
        guard t.count == 4 else { return }
        #expect(t[0].rawRows.map(\.count) == [2] && t[0].rows[0][1].text == "")
        #expect(t[1].parent == Table.Parent(table: 1, row: 0, col: 1))
        #expect(t[2].parent == Table.Parent(table: 2, row: 0, col: 1) && t[2].rows[0][0].text == "inner")
        #expect(t[3].parent == nil)
    }

    @Test("mixed syntax: an HTML row in a wikitable, <tr> inside a wikitext cell, !! kept in HTML cells")
    func mixed() {
        #expect(Self.tables("{|\n|-\n<td>foo</td>\n|}").map(Self.texts) == [[["foo"]]])
        let t = Self.tables("{|\n!a\n<tr><td>b!!c</td></tr>\n|}")[0]
        #expect(Self.texts(t) == [["a"], ["b!!c"]])
        #expect(t.headerRows == 1 && t.columns == ["a"])
        let cells = Self.tables("{|\n|x<td>y</td>\n|z\n|}")[0]
        #expect(Self.texts(cells) == [["x", "y", "z"]])
    }

    @Test("<table> directly in a table (not in a cell) ends it, as browsers do")
    func tableInTable() {
        let t = Self.tables("<table><tr><td>a</td></tr><table><tr><td>b</td></tr></table>")
        #expect(t.map(Self.texts) == [[["a"]], [["b"]]])
        #expect(t[1].parent == nil)
    }

    @Test("table tags with no table, stray closing tags and unclosed tags do not crash")
    func junk() {
        #expect(Self.tables("<td>a</td><tr></tr></table></td>").isEmpty)
        // `</tr>` closes the cell and the row; `b` outside any cell is fostered out of the table.
        #expect(Self.tables("<table><tr><td>a</tr></td></tbody></caption></th>b").map(Self.texts) == [[["a"]]])
        #expect(Self.tables("<table>").count == 1)
        #expect(Self.tables("<table><caption>c<td>a").first?.caption == "c")
        #expect(Self.tables("{|\n|a</table>b\n|}").map(Self.texts) == [[["ab"]]])
    }

    @Test("a template or footnote is a barrier: table tags inside one never close a cell outside")
    func barriers() {
        let t = Self.tables("<table><tr><td>a{{tpl|</td><td>}}b</td></tr></table>")[0]
        #expect(t.rawRows.map(\.count) == [1])
        let n = Self.tables("<table><tr><td>a<ref><table><tr><td>n</td></tr></table></ref></td></tr></table>")
        #expect(n.count == 2 && n[0].rows[0][0].text == "a" && n[0].rows[0][0].notes.count == 1)
        #expect(n[1].parent == Table.Parent(table: 1, row: 0, col: 0))
    }

    @Test("party colours in HTML cell and row attributes")
    func styleParty() {
        let t = Self.tables("<table><tr style=\"background:{{party color|Labour Party (UK)}}\"><td style=\"background:{{party color|Conservative Party (UK)}}\">x</td></tr></table>")[0]
        #expect(t.rows[0][0].styleParty == "Conservative Party (UK)")
        #expect(t.rowInfo[0].styleParty == "Labour Party (UK)")
    }

    @Test("a page with no table tags is read by the wikitext path; the browser walk agrees with it")
    func precheck() {
        #expect(!HTMLTableTag.mayOccur(in: Array("{|\n|a\n|}<ref>x</ref><tt>t</tt><span>".utf8)))
        #expect(HTMLTableTag.mayOccur(in: Array("x </TD>".utf8)))
        #expect(HTMLTableTag.mayOccur(in: Array("<Caption>".utf8)))
        let doc = WikitextDocument(parsing: "{|\n|+ cap\n! a !! b\n|-\n| rowspan=2 | 1 || 2\n|-\n| 3\n{|\n|n\n|}\n|}")
        #expect(HTMLTableWalk.tables(doc) == nil)
        #expect(HTMLTableWalk.tables(doc, force: true) == TableExtractor.wikitables(doc))
    }

    @Test("the table tag precheck agrees with a plain index scan over the corpus pages")
    func precheckOnCorpus() throws {
        // The precheck as first written, by index: every `<`, an optional `/`, then a table tag name.
        func reference(_ src: [UInt8]) -> Bool {
            src.withUnsafeBufferPointer { buffer in
                var i = 0
                while i + 2 < buffer.count {
                    if buffer[i] == UInt8(ascii: "<") {
                        var j = i + 1
                        if j < buffer.count && buffer[j] == UInt8(ascii: "/") { j += 1 }
                        if HTMLTableTag.named(buffer, at: j) != nil { return true }
                    }
                    i += 1
                }
                return false
            }
        }
        var pages = 0, holding = 0
        for file in Fixtures.corpusFiles() {
            let bytes = try [UInt8](Data(contentsOf: file))
            #expect(HTMLTableTag.mayOccur(in: bytes) == reference(bytes), "\(file.lastPathComponent)")
            pages += 1
            if reference(bytes) { holding += 1 }
        }
        #expect(pages > 30 && holding > 0 && holding < pages)
        for text in ["<", "<t", "<td", "</", "</t", "</td", "x<", "<<td>", "a</TH", "<ref>"] {
            #expect(HTMLTableTag.mayOccur(in: Array(text.utf8)) == reference(Array(text.utf8)), "\(text)")
        }
    }

    @Test("100,000 HTML rows, absurd spans and 2,000 nested tables (the first levels kept)", .timeLimit(.minutes(1)))
    func stress() {
        let rows = String(repeating: "<tr><td>1</td><td rowspan=99999 colspan=99999>2</td></tr>\n", count: 100_000)
        let t = Self.tables("<table>\n" + rows + "</table>")
        #expect(t.count == 1 && t[0].rawRows.count == 100_000)
        #expect(t[0].columns.count == TableLimits.maxColumns)
        let deep = String(repeating: "<table><tr><td>", count: 2_000)
        let nested = Self.tables(deep + "x")
        #expect(nested.count == TableLimits.maxNesting + 1)
        #expect(nested.last?.parent == Table.Parent(table: TableLimits.maxNesting, row: 0, col: 0))
    }
}
