import Testing
import TestSupport
import Wikitext
import WikiExtract
import WikiModel

/// The founding article's three tables (grid sizes count header rows).
@Suite("Tables: 2024 Pakistani general election")
struct TableFoundingArticleTests {
    static func tables() throws -> [Table] {
        TableExtractor.extract(WikitextDocument(parsing: try Fixtures.corpusBytes("2024_Pakistani_general_election.wikitext")))
    }

    @Test("three tables, in order, with their sections and lines")
    func three() throws {
        let tables = try Self.tables()
        #expect(tables.map(\.index) == [1, 2, 3])
        #expect(tables.map(\.section) == ["Parties", "Opinion polls", "Election of the Prime Minister"])
        #expect(tables.map(\.line) == [181, 378, 859])
        #expect(tables.allSatisfy { $0.parent == nil })
        for t in tables { #expect(t.rows.allSatisfy { $0.count == t.columns.count }) }
    }

    @Test("Parties: 19×9, one header row, row headers coloured by party")
    func parties() throws {
        let t = try Self.tables()[0]
        #expect(TableTestHelpers.size(t) == (19, 9))
        #expect(t.headerRows == 1)
        #expect(t.attributes["class"] == "wikitable sortable")
        #expect(t.columns.prefix(4) == ["Name colour", "Name", "Name 2", "Flag"])  // the swatch, then the names
        let pti = t.rows[1]
        #expect(pti[0].header && pti[0].styleParty == "Pakistan Tehreek-e-Insaf")
        #expect(pti[1].text == "PTI" && !pti[1].header)
        #expect(pti[2].links.first?.target == "Pakistan Tehreek-e-Insaf")
        #expect(t.rows[0][0].colspan == 3 && t.rows[0][2].origin == GridPosition(row: 0, col: 0))
    }

    @Test("Opinion polls: 13×14, two header rows, party columns and coloured header cells")
    func polls() throws {
        let t = try Self.tables()[1]
        #expect(TableTestHelpers.size(t) == (13, 14))
        #expect(t.headerRows == 2)
        for name in ["PTI", "PML(N)", "PPP", "Lead", "Sample size", "Last date of polling", "Polling firm"] {
            #expect(t.columns.contains(name), "\(name) in \(t.columns)")
        }
        let colour = Dictionary(uniqueKeysWithValues: t.rows[1].compactMap { c in c.styleParty.map { (c.origin.col, $0) } })
        #expect(colour[3] == "Pakistan Tehreek-e-Insaf")
        #expect(colour[4] == "Pakistan Muslim League (N)")
        #expect(colour[5] == "Pakistan Peoples Party")
        #expect(colour[9] == "Independent")
        // "Lead" spans both header rows: one cell, repeated, with its origin in the first row.
        let lead = try #require(t.columns.firstIndex(of: "Lead"))
        #expect(t.rows[1][lead].origin == GridPosition(row: 0, col: lead) && t.rows[1][lead].rowspan == 2)
        // The first poll: a colspan=2 cell is repeated; the lead cell names its party.
        let first = t.rows[2]
        #expect(first[0].text == "30 June 2023")
        #expect(first[8].text == "5%" && first[9].origin == first[8].origin)
        #expect(first[lead].styleParty == "Pakistan Tehreek-e-Insaf")
        #expect(first[3].value.kind == .percent && first[3].value.number == 42)
        // The MMA header's {{efn}} is a note, not text.
        #expect(t.rows[0][6].text == "MMA")
    }

    @Test("Prime Minister election: 6×4 with the empty caption kept")
    func primeMinister() throws {
        let t = try Self.tables()[2]
        #expect(TableTestHelpers.size(t) == (6, 4))
        #expect(t.caption == "")
        #expect(t.rows[3][0].styleParty == "Pakistan Muslim League (N)")
        #expect(t.rows[3][1].text == "Shehbaz Sharif")
        #expect(t.rowInfo[5].attributes["class"] == "sortbottom")
    }
}
