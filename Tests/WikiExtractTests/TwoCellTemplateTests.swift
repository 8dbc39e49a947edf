import Testing
import TestSupport
import Wikitext
import WikiExtract
import WikiModel

/// Templates that write two cells where the source writes one (`TwoCellTemplates`): the grid
/// has both, so the cells after them stay under their headers.
@Suite("Tables: templates that write two cells")
struct TwoCellTemplateTests {
    func tables(_ name: String, appending extra: String = "") throws -> [Table] {
        let text = String(decoding: try Fixtures.corpusBytes(name), as: UTF8.self) + extra
        return TableExtractor.extract(WikitextDocument(parsing: text))
    }

    /// Burnley's council composition: `! colspan="2" | Party` over `| {{Party name with
    /// colour|Labour Party (UK)}}`. Read as one cell, the seats sat under the name column and
    /// the second block's party under the first block's seats.
    @Test("{{Party name with colour}}: a colour cell naming the party, then the name; the seats stay under Seats")
    func partyNameWithColour() throws {
        let tables = try tables("2026_Burnley_Borough_Council_election.wikitext")
        let composition = try #require(tables.first { $0.line == 128 })
        #expect(composition.columns.count == 6)
        let seats = try #require(composition.columns.firstIndex(of: "After 2024 election / Seats"))
        let labour = try #require(composition.rows.firstIndex { $0.count > 1 && $0[1].text == "Labour Party (UK)" })
        let row = composition.rows[labour]
        #expect(row[0].text == "" && row[0].styleParty == "Labour Party (UK)")
        #expect(row[0].raw == " {{Party name with colour|Labour Party (UK)}}")  // as written, after the bar
        #expect(row[1].raw == "{{Party name with colour|Labour Party (UK)}}" && row[1].styleParty == nil)
        #expect(row[seats].value.number == 15)
        #expect(row.map(\.text) == ["", "Labour Party (UK)", "15", "", "Labour Party (UK)", "13"])
        // The written row keeps both cells the page draws.
        #expect(composition.rawRows[labour].count == 6)

        let incumbents = try #require(tables.first { $0.line == 180 })
        #expect(incumbents.columns == ["Ward", "Incumbent councillor", "Party colour", "Party", "Re-standing"])
        let bankHall = try #require(incumbents.rows.first { $0[0].text == "Bank Hall" })
        #expect(bankHall.map(\.text) == ["Bank Hall", "Afrasiab Anwar", "", "Independent politician", "Yes"])
        #expect(bankHall[1].notes.count == 1)  // the footnote stays with its own cell
        #expect(incumbents.rows.dropFirst().allSatisfy { $0[4].text == "Yes" || $0[4].text == "No" })
    }

    /// Oxygen's abundances: `! colspan="2"|Mass fraction …` over `| align="right"|{{bartable|
    /// 739,000||0.001}}`: the number, then the bar (no text). The written cell's attributes
    /// stay with the first.
    @Test("{{bartable}}: the number with the cell's attributes, then an empty bar cell")
    func bartable() throws {
        let table = try #require(try tables("Oxygen.wikitext").first { $0.line == 318 })
        let hydrogen = try #require(table.rows.first { $0.count > 1 && $0[1].text == "Hydrogen" })
        #expect(hydrogen.count == 4)
        #expect(hydrogen[2].value.number == 739_000 && hydrogen[2].attributes["align"] == "right")
        #expect(hydrogen[3].text == "" && hydrogen[3].raw.hasPrefix("{{bartable") && hydrogen[3].attributes.isEmpty)
        #expect(hydrogen[3].origin == GridPosition(row: hydrogen[2].origin.row, col: 3))
    }

    /// A page holding an HTML table is read by the HTML walk, which reads wikitext cells with
    /// the same reader: Burnley's tables come out the same with one appended.
    @Test("the HTML table walk draws the two cells too")
    func htmlWalkReadsTwoCells() throws {
        let plain = try tables("2026_Burnley_Borough_Council_election.wikitext")
        let walked = try tables("2026_Burnley_Borough_Council_election.wikitext",
                                appending: "\n<table><tr><td>x</td></tr></table>\n")
        #expect(walked.count == plain.count + 1)
        for (a, b) in zip(plain, walked) {
            #expect(a.rows.map { $0.map(\.text) } == b.rows.map { $0.map(\.text) }, "table at line \(a.line)")
            #expect(a.columns == b.columns)
        }
    }
}

/// A results table that names its parties with `{{Party name with colour}}` under
/// `! colspan=2 | Party` (the usual shape of UK results tables), with Burnley 2026's figures
/// (its election summary, lines 271–300). Read as one cell, the party cell pulled every number
/// one column left: the votes read 43.27 (the percent), the percent 11 (the seats), no seats.
@Suite("Tables: two-cell templates in results tables")
struct TwoCellResultsTableTests {
    @Test("the numbers stay under Votes, % and Seats")
    func resultsTableColumnsLineUp() throws {
        let text = """
            == Results ==
            {| class="wikitable"
            ! colspan=2 | Party !! Votes !! % !! Seats
            |-
            | {{Party name with colour|Reform UK}} || 11,440 || 43.27 || 11
            |-
            | {{Party name with colour|Independent politician}} || 3,575 || 13.52 || 3
            |-
            | {{Party name with colour|Liberal Democrats (UK, 2025)}} || 3,127 || 11.83 || 1
            |}
            """
        let doc = WikitextDocument(parsing: text)
        let contests = ContestExtractor.extract(doc, tables: TableExtractor.extract(doc))
        let c = try #require(contests.first { $0.kind == .resultsTable })
        #expect(c.rows.map(\.party) == ["Reform UK", "Independent politician", "Liberal Democrats (UK, 2025)"])
        #expect(c.rows.map(\.votes) == [11_440, 3_575, 3_127])
        #expect(c.rows.map(\.percent) == [43.27, 13.52, 11.83])
        #expect(c.rows.map { $0.seats["Seats"] } == [11, 3, 1])
    }
}
