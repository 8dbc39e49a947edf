import Testing
import TestSupport
import Wikitext
import WikiExtract
import WikiModel

/// A colour swatch column (an empty coloured cell before the party's name, both under one
/// header) is named `… colour`, and the name column keeps the header's name.
@Suite("Tables: colour swatch columns")
struct ColourSwatchColumnTests {
    func tables(_ name: String) throws -> [Table] {
        TableExtractor.extract(WikitextDocument(parsing: try Fixtures.corpusBytes(name)))
    }

    /// Adur's composition: `! colspan="2" |Party` three times, over `|style="…background:{{party
    /// color|Labour Party (UK)}}" |` and `|[[Labour Party (UK)|Labour]]`.
    @Test("Adur's composition: Party colour, Party, Seats in each block")
    func adurComposition() throws {
        let table = try #require(try tables("2024_Adur_District_Council_election.wikitext").first)
        #expect(table.columns == ["After 2022 election / Party colour", "After 2022 election / Party", "After 2022 election / Seats",
                                  "Before 2024 election / Party colour", "Before 2024 election / Party", "Before 2024 election / Seats",
                                  "After 2024 election / Party colour", "After 2024 election / Party", "After 2024 election / Seats"])
        let labour = try #require(table.rows.first { $0[1].text == "Labour" })
        #expect(labour[0].text == "" && labour[0].styleParty == "Labour Party (UK)")
        #expect(labour.map(\.text) == ["", "Labour", "7", "", "Labour", "9", "", "Labour", "17"])
    }

    /// Saxby Chambliss's 2008 runoff: the swatch is a `!` cell with a hex background
    /// (`! style="background-color: <nowiki>#FF3333</nowiki>; …" |`), no party named; the
    /// results table still reads its rows, the party from the name column.
    @Test("a hex-coloured header-cell swatch; the runoff's contest still reads its parties")
    func hexSwatchInResultsTable() throws {
        let bytes = try Fixtures.corpusBytes("Saxby_Chambliss.expanded.wikitext")
        let runoff = try #require(TableExtractor.extract(WikitextDocument(parsing: bytes)).first { $0.line == 944 })
        let prefix = "2008 Georgia U.S. Senator general election runoff / "
        #expect(runoff.columns.prefix(3) == [prefix + "Party colour", prefix + "Party", prefix + "Candidate"][...])
        let contests = ContestExtractor.extract(WikitextDocument(parsing: bytes)).filter { $0.line == 944 }
        let contest = try #require(contests.first)
        #expect(contest.rows.map(\.party) == ["Republican", "Democratic"])
        #expect(contest.rows.map(\.votes) == [1_226_528, 907_916])
    }

    /// An empty column is a swatch only when coloured: Oxygen's
    /// `{{bartable}}` bar column has no text but no colour either, and keeps the numbered name.
    @Test("an empty column without colour keeps its numbered name")
    func notSwatches() throws {
        let oxygen = try #require(try tables("Oxygen.wikitext").first { $0.line == 318 })
        #expect(oxygen.columns.suffix(2) == ["Mass fraction in parts per million", "Mass fraction in parts per million 2"][...])
    }
}
