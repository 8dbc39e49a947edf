import Testing
import TestSupport
import Wikitext
import WikiExtract
import WikiModel

/// `{{Canadian party colour|…}}`: a colour (the party recorded), the party's name with `name`,
/// and with `row-name` (`row`), standing on a row's own line, the colour cell and the name cell
/// (the colour cell) MediaWiki splits the row into. On the seats of the 2019 Canadian federal
/// election, written as Canada's summary tables write them.
@Suite("Tables: templates that write a row's cells")
struct RowCellTemplateTests {
    static let seats2019 = """
        {| class="wikitable"
        ! colspan=2 | Party !! Leader !! Seats
        |-
        {{Canadian party colour|CA|Liberal|row-name}}
        | [[Justin Trudeau]] || 157
        |-
        {{Canadian party colour|CA|Conservative|row-name}}
        | [[Andrew Scheer]] || 121
        |-
        {{Canadian party colour|CA|Bloc Québécois|row-name}}
        | [[Yves-François Blanchet]] || 32
        |-
        {{Canadian party colour|CA|NDP|row}}
        | [[New Democratic Party|New Democratic]] || [[Jagmeet Singh]] || 24
        |}
        """

    @Test("row-name writes the colour cell and the name cell; the leaders and seats stay under their headers")
    func summaryTable() throws {
        let table = try #require(TableExtractor.extract(WikitextDocument(parsing: Self.seats2019)).first)
        #expect(table.columns == ["Party colour", "Party", "Leader", "Seats"])
        #expect(table.rows.dropFirst().map { $0.map(\.text) } == [
            ["", "Liberal", "Justin Trudeau", "157"], ["", "Conservative", "Andrew Scheer", "121"],
            ["", "Bloc Québécois", "Yves-François Blanchet", "32"], ["", "New Democratic", "Jagmeet Singh", "24"],
        ])
        #expect(table.rows.dropFirst().map { $0[0].styleParty } == ["Liberal", "Conservative", "Bloc Québécois", "NDP"])
        #expect(table.rows[1][0].raw == "{{Canadian party colour|CA|Liberal|row-name}}" && table.rows[1][1].raw == table.rows[1][0].raw)
        #expect(table.rows[4][3].value.number == 24)
        #expect(table.rawRows.map(\.count) == [3, 4, 4, 4, 4])
    }

    @Test("name shows the party; a colour in an attribute names it")
    func inTextAndAttributes() throws {
        let infobox = try #require(InfoboxExtractor.extract(WikitextDocument(parsing: """
            {{Infobox election
            | party1 = {{Canadian party colour|CA|Conservative|name}}
            | colour1 = {{Canadian party colour|CA|Conservative|nohash}}
            }}
            """)).first)
        #expect(infobox.fields.map(\.text) == ["Conservative", ""])
        let table = try #require(TableExtractor.extract(WikitextDocument(parsing: """
            {|
            | style="background:{{Canadian party colour|CA|Green}}" | || Elizabeth May
            |}
            """)).first)
        #expect(table.rows[0][0].styleParty == "Green")
    }
}
