import Testing
import TestSupport
import Wikitext
import WikiExtract
import WikiModel

/// `{{Election results}}` parameters beyond the Pakistani article's (`partyN`, `votesN`,
/// `stKtN`): candidates (`candN`), a second round or ballot (`votesN_2`, `seatsN_2`), seat
/// change (`scN`), swing (`swN`), rows that are no party (`rowN`), stated valid votes, and the
/// parties' seats in all (`totseatsN`).
@Suite("Contests: {{Election results}} parameters")
struct ElectionResultsParameterTests {
    static func contests(_ text: String) -> [Contest] {
        ContestExtractor.extract(WikitextDocument(parsing: text)).filter { $0.kind == .electionResults }
    }

    /// The 2022 French presidential election as an editor writes it: candidates, their
    /// parties, and both rounds' votes.
    @Test("two rounds: a contest per round, candidates and parties in both, percentages per round")
    func presidentialRunoff() throws {
        let text = """
            {{Election results
            |firstround=First round |secondround=Second round
            |cand1=[[Emmanuel Macron]] |party1=[[La République En Marche!]] |votes1=9,783,058 |votes1_2=18,768,639
            |cand2=[[Marine Le Pen]] |party2=[[National Rally]] |votes2=8,133,828 |votes2_2=13,288,686
            |cand3=[[Jean-Luc Mélenchon]] |party3=[[La France Insoumise]] |votes3=7,712,520
            }}
            """
        let contests = Self.contests(text)
        try #require(contests.count == 2)
        let (first, second) = (contests[0], contests[1])
        #expect(first.title == "First round" && second.title == "Second round")
        #expect(first.rows.map(\.candidate) == ["Emmanuel Macron", "Marine Le Pen", "Jean-Luc Mélenchon"])
        #expect(first.rows.map(\.party) == ["La République En Marche!", "National Rally", "La France Insoumise"])
        #expect(first.rows.map(\.votes) == [9_783_058, 8_133_828, 7_712_520])
        #expect(second.rows.map(\.candidate) == ["Emmanuel Macron", "Marine Le Pen"])
        #expect(second.rows.map(\.votes) == [18_768_639, 13_288_686])
        #expect(second.totals.valid == 32_057_325)
        #expect(second.rows.map(\.percent) == [58.55, 41.45] && second.rows.allSatisfy(\.percentComputed))
    }

    /// The Pakistani article's template, edited: row 1 gets a second ballot, a seat change and a
    /// swing; a `None of the above` row is added; the valid votes are stated. `votes1_2` (row 1,
    /// second ballot) and `votes12` (row 12) are different keys: the underscore between digits
    /// counts, where `seats_%` and `seats%` are one key.
    @Test("votes1_2 is not votes12; sc, sw, row and valid are read")
    func editedPakistan() throws {
        let page = String(decoding: try Fixtures.corpusBytes("2024_Pakistani_general_election.wikitext"), as: UTF8.self)
        let edited = page.replacingOccurrences(of: "|votes1=18457567\n", with: "|votes1=18457567\n|votes1_2=1000|seats1_2=5|sc1=+2|sw1=3.1\n")
            .replacingOccurrences(of: "|invalid= \n", with: "|invalid= \n|row24=None of the above|votes24=1\n|valid=60000000\n")
        #expect(edited != page)
        let contests = Self.contests(edited)
        try #require(contests.count == 2)
        let first = contests[0]
        #expect(first.rows.count == 24)
        #expect(first.rows[11].votes == 205_768)  // votes12, not votes1_2
        #expect(first.rows[0].seatChange == 2 && first.rows[0].swing == 3.1)
        #expect(first.rows[23].party == "None of the above" && first.rows[23].votes == 1)
        #expect(first.totals.valid == 60_000_000 && first.rows[0].percent == 30.76)
        let second = contests[1]
        #expect(second.rows.count == 1 && second.rows[0].party == "Pakistan Tehreek-e-Insaf")
        #expect(second.rows[0].votes == 1_000 && second.rows[0].seats.map(\.value) == [5])
    }

    /// A mixed system's parties win seats on two ballots: `totseatsN` gives their seats in all,
    /// as the `Total` seat type (one stated `Total` type wins over it).
    @Test("totseats is the Total seats")
    func totalSeats() throws {
        let text = "{{Election results\n|party1=[[Labour Party (UK)|Labour]] |votes1=1,000 |seats1=10 |votes1_2=900 |seats1_2=1 |totseats1=11\n}}"
        let contests = Self.contests(text)
        try #require(contests.count == 2)
        #expect(contests[0].rows[0].seats.map(\.key) == ["Seats", "Total"])
        #expect(contests[0].rows[0].seats.map(\.value) == [10, 11])
        #expect(contests[1].rows[0].seats.map(\.value) == [1])
    }
}
