import Foundation
import Testing
import TestSupport
import Wikitext
@testable import WikiExtract
import WikiModel

/// Results wikitables as contests of kind `results-table`, on the real articles of Corpus/.
/// Every expectation is read by hand from the wikitext (the line is given).
@Suite("Results table contests")
struct ResultsTableContestTests {
    struct Page {
        let tables: [Table]
        let contests: [Contest]
        var fromTables: [Contest] { contests.filter { $0.kind == .resultsTable } }

        init(_ name: String) throws {
            let doc = WikitextDocument(parsing: try Fixtures.corpusBytes(name))
            tables = TableExtractor.extract(doc)
            contests = ContestExtractor.extract(doc, tables: tables)
        }

        /// The contests read from the table that starts on `line`.
        func contests(ofTableAt line: Int) throws -> [Contest] {
            let table = try #require(tables.first { $0.line == line })
            let end = ResultsTableContest.lastLine(table)
            return fromTables.filter { $0.line >= table.line && $0.line <= end }
        }
    }

    @Test("Saxby Chambliss: the 2008 runoff table (an expanded election box) with majority and turnout")
    func saxbyRunoff() throws {
        let page = try Page("Saxby_Chambliss.expanded.wikitext")
        let runoff = try page.contests(ofTableAt: 944)
        try #require(runoff.count == 1)
        let c = runoff[0]
        #expect(c.title == "2008 Georgia U.S. Senator general election runoff")
        #expect(c.section == "Electoral history")
        // Lines 956–971: the party name sits beside a colour-only `!` cell under the spanned `Party`.
        #expect(c.rows.map(\.party) == ["Republican", "Democratic"])
        #expect(c.rows.map(\.candidate) == ["Saxby Chambliss (incumbent)", "Jim Martin"])
        #expect(c.rows.map(\.votes) == [1_226_528, 907_916])
        #expect(c.rows.map(\.percent) == [57.5, 42.5])
        // The ±% cells are empty: nil, not zero.
        #expect(c.rows.allSatisfy { $0.swing == nil && !$0.percentComputed })
        // Lines 975–987: Majority and Turnout are totals, not rows.
        #expect(c.totals.majority == 318_612 && c.totals.majorityPercent == 14.9)
        #expect(c.totals.turnout == 2_134_444 && c.totals.turnoutPercent == nil)
        #expect(c.totals.valid == nil)
    }

    @Test("Saxby Chambliss: electoral-history tables, one election per row, candidates side by side")
    func saxbyHistory() throws {
        let page = try Page("Saxby_Chambliss.expanded.wikitext")
        // Lines 852–904: Georgia's 8th district 1994–2000, a Democrat and a Republican per row.
        let house = try page.contests(ofTableAt: 852)
        #expect(house.map(\.title) == ["1994", "1996", "1998", "2000"])
        #expect(house.allSatisfy { $0.rows.map(\.party) == ["Democrat", "Republican"] })
        let y1994 = try #require(house.first)
        #expect(y1994.rows.map(\.candidate) == ["Craig Mathis", "Saxby Chambliss"])
        #expect(y1994.rows.map(\.votes) == [53_408, 89_591])
        #expect(y1994.rows.map(\.percent) == [37, 63])
        #expect(house.last?.rows.map(\.candidate) == ["Jim Marshall", "Saxby Chambliss"])
        #expect(house.last?.rows.map(\.votes) == [79_051, 113_380])
        // Lines 910–939: 2002, with a third candidate whose party has its own column.
        let senate = try page.contests(ofTableAt: 910)
        try #require(senate.count == 1)
        #expect(senate[0].title == "2002")
        #expect(senate[0].rows.map(\.candidate) == ["Max Cleland", "Saxby Chambliss", "Claude \"Sandy\" Thomas"])
        #expect(senate[0].rows.map(\.party) == ["Democrat", "Republican", "Libertarian"])
        #expect(senate[0].rows.map(\.votes) == [932_422, 1_071_352, 27_830])
        #expect(senate[0].rows.map(\.percent) == [46, 53, 1])
    }

    @Test("2024 Pakistani general election: the Prime Minister vote table; the opinion polls are no contest")
    func pakistan() throws {
        let page = try Page("2024_Pakistani_general_election.wikitext")
        // Lines 859–885: three header rows (`←2022 | 3 March 2024 | Next→`, `Candidate | Party |
        // Votes Obtained`, `Required majority → | 169 out of 336`), two candidates, Abstentions.
        let pm = try page.contests(ofTableAt: 859)
        try #require(pm.count == 1)
        let c = pm[0]
        #expect(c.section == "Election of the Prime Minister")
        #expect(c.title == nil)  // the caption `|+` is empty
        #expect(c.rows.map(\.candidate) == ["Shehbaz Sharif", "Omar Ayub"])
        #expect(c.rows.map(\.party) == ["PMLN", "PTI"])
        #expect(c.rows.map(\.votes) == [201, 92])
        #expect(c.rows.map(\.elected) == [true, false])  // {{tick}} and {{cross}}
        #expect(c.rows.allSatisfy { $0.percent == nil && $0.seats.isEmpty })
        // Abstentions (`N/A`) is no candidate and no total.
        #expect(c.totals == ContestTotals())
        // Line 378: opinion polls, party columns (PTI, PML(N) …) but no votes column.
        #expect(try page.contests(ofTableAt: 378).isEmpty)
        // Line 181: the contesting parties with their 2018 vote share: not a result.
        #expect(try page.contests(ofTableAt: 181).isEmpty)
        // The {{Election results}} contest is still there, once.
        #expect(page.contests.filter { $0.kind == .electionResults }.count == 1)
    }

    @Test("council composition tables (Party / Seats, before and after) are no contest",
          arguments: ["2024_Adur_District_Council_election.wikitext", "2026_Burnley_Borough_Council_election.wikitext"])
    func compositionTables(_ name: String) throws {
        let page = try Page(name)
        #expect(page.tables.contains { $0.columns.contains { $0.hasSuffix("/ Seats") } })
        #expect(page.fromTables.isEmpty)
    }

    @Test("results-table contests per Corpus/ article, counted by hand from the wikitext")
    func perArticle() throws {
        let expected = ["Saxby_Chambliss.expanded.wikitext": 6, "2024_Pakistani_general_election.wikitext": 1]
        for file in Fixtures.corpusFiles() {
            let name = file.lastPathComponent
            let count = try Page(name).fromTables.count
            #expect(count == expected[name, default: 0], "\(name)")
        }
    }

    /// Tables that look like results by their header words but are not, with the reason.
    static let notResults: [String: [Int: String]] = [
        "Constructive_vote_of_no_confidence.wikitext": [
            26: "motions, not a contest: `Yes`/`No`/`Abstention` counts per motion; `Vote successful?` is yes or no",
        ],
    ]

    @Test("coverage: every results-like table of Corpus/ (a header with votes and a party or candidate) is a contest")
    func coverage() throws {
        var missed: [String] = []
        var covered = 0
        for file in Fixtures.corpusFiles() {
            let name = file.lastPathComponent
            let page = try Page(name)
            for table in page.tables {
                // Deliberately looser than the synonym list: any header mentioning them.
                let lower = table.columns.map { $0.lowercased() }
                guard lower.contains(where: { $0.contains("vote") }),
                      lower.contains(where: { $0.contains("party") || $0.contains("candidate") }) else { continue }
                if Self.notResults[name]?[table.line] != nil { continue }
                if try page.contests(ofTableAt: table.line).isEmpty {
                    missed.append("\(name) table \(table.index) (line \(table.line)): \(table.columns)")
                } else {
                    covered += 1
                }
            }
        }
        #expect(missed.isEmpty, "\(missed.joined(separator: "\n"))")
        #expect(covered == 3)
        // Every listed exception is still in the corpus and still not a contest.
        for (name, lines) in Self.notResults {
            let page = try Page(name)
            for line in lines.keys { #expect(try page.contests(ofTableAt: line).isEmpty, "\(name) line \(line)") }
        }
    }
}

/// The column names alone decide; these are the synonyms the docs list.
@Suite("Results table columns")
struct ResultsTableColumnsTests {
    func role(_ name: String) -> ResultsColumnRole? { ResultsTableLayout.header(Substring(name)).role }

    @Test("synonyms and grouped headers")
    func synonyms() {
        #expect(role("Party") == .party)
        #expect(role("Political party") == .party)
        #expect(role("Candidate") == .candidate)
        #expect(role("Candidates") == nil)  // the number fielded
        #expect(role("Votes") == .votes)
        #expect(role("Popular vote") == .votes)
        #expect(role("No. of votes") == .votes)
        #expect(role("Popular vote / Votes") == .votes)
        #expect(role("Popular vote / %") == .percent)
        #expect(role("Vote %") == .percent)
        #expect(role("Seats won") == .seats(type: "Seats"))
        #expect(role("Seats / Won") == .seats(type: "Seats"))
        #expect(role("Seats / General") == .seats(type: "General"))
        #expect(role("Seats / Contested") == nil)
        #expect(role("Seats / +/−") == .seatChange)
        #expect(role("Seats / ±") == .seatChange)
        #expect(role("±%") == .swing)
        #expect(role("Swing") == .swing)
        #expect(role("+/–") == .change)
        #expect(role("Next→ / Votes Obtained / 169 out of 336") == .votes)
        #expect(role("Voteshare in 2018") == nil)
        #expect(role("Vote") == nil)  // how a member voted, in roll calls
    }

    @Test("a bare +/− is the change of the column before it")
    func bareChange() throws {
        let headers = ResultsTableLayout.headers(["Party", "Votes", "%", "+/−", "Seats", "+/−"])
        let f = ResultsTableLayout.fields(headers, in: headers.indices, round: nil)
        #expect(f.swing == [3] && f.seatChange == [5] && f.votes == [1] && f.percent == [2])
    }

    @Test("totals labels")
    func totals() {
        #expect(ResultsTableTotalsRow(label: "Total") == .total)
        #expect(ResultsTableTotalsRow(label: "Valid votes") == .valid)
        #expect(ResultsTableTotalsRow(label: "Invalid/blank votes") == .invalid)
        #expect(ResultsTableTotalsRow(label: "Total votes cast") == .turnout)
        #expect(ResultsTableTotalsRow(label: "Registered voters/turnout") == .electorate)
        #expect(ResultsTableTotalsRow(label: "Required majority →") == .ignored)
        #expect(ResultsTableTotalsRow(label: "Abstentions") == .ignored)
        #expect(ResultsTableTotalsRow(label: "Labour Party") == nil)
        #expect(ResultsTableTotalsRow(label: "Independent") == nil)
    }
}

/// The layouts Corpus/ lacks, on small tables written for these tests in the shape of
/// Wikipedia's hand-written results tables (numbers from the 2024 UK, 2017 French and 2024
/// Indian results, trimmed).
@Suite("Results table layouts")
struct ResultsTableLayoutTests {
    func contests(_ wikitext: String) -> [Contest] {
        let doc = WikitextDocument(parsing: Array(wikitext.utf8))
        return ContestExtractor.extract(doc).filter { $0.kind == .resultsTable }
    }

    @Test("grouped headers, colour swatch beside the name, +/− after % and after seats, totals lines")
    func national() throws {
        let all = contests("""
        == Results ==
        {| class="wikitable"
        |+ Results
        ! colspan=2 rowspan=2 | Party
        ! colspan=3 | Popular vote
        ! colspan=2 | Seats
        |-
        ! Votes !! % !! ±pp !! Won !! +/−
        |-
        | style="background:{{party color|Labour Party (UK)}}" |
        | [[Labour Party (UK)|Labour]] || 9,708,716 || 33.7 || {{increase}}1.6 || 411 || {{increase}}209
        |-
        | style="background:{{party color|Conservative Party (UK)}}" |
        | [[Conservative Party (UK)|Conservative]] || 6,828,925 || 23.7 || {{decrease}}19.9 || 121 || {{decrease}}251
        |-
        | style="background:{{party color|Reform UK}}" |
        | || 1,000 || – || || 0 || –
        |-
        ! colspan=2 | Total !! 28,809,340 !! 100.0 !! – !! 650 !! –
        |-
        | colspan=2 | Valid votes || 28,809,340 || 99.6 || colspan=3 |
        |-
        | colspan=2 | Invalid/blank votes || 120,000 || 0.4 || colspan=3 |
        |-
        | colspan=2 | Registered voters/turnout || 48,208,507 || 59.7 || colspan=3 |
        |}
        """)
        try #require(all.count == 1)
        let c = all[0]
        #expect(c.title == "Results" && c.section == "Results")
        #expect(c.seatTypes == ["Seats"])
        #expect(c.rows.map(\.party) == ["Labour", "Conservative", "Reform UK"])  // the last from the swatch
        #expect(c.rows.map(\.votes) == [9_708_716, 6_828_925, 1_000])
        #expect(c.rows.map(\.percent) == [33.7, 23.7, nil])
        #expect(c.rows.map(\.swing) == [1.6, -19.9, nil])
        #expect(c.rows.map { $0.seats.first?.value } == [411, 121, 0])
        #expect(c.rows.map(\.seatChange) == [209, -251, nil])
        #expect(c.totals.valid == 28_809_340 && c.totals.invalid == 120_000)
        #expect(c.totals.electorate == 48_208_507 && c.totals.turnoutPercent == 59.7)
    }

    @Test("votes per round: one contest per round")
    func rounds() throws {
        let all = contests("""
        {| class="wikitable"
        ! rowspan=2 | Candidate !! rowspan=2 | Party !! colspan=2 | First round !! colspan=2 | Second round
        |-
        ! Votes !! % !! Votes !! %
        |-
        | Emmanuel Macron || [[La République En Marche!|LREM]] || 8,656,346 || 24.01 || 20,743,128 || 66.10
        |-
        | Marine Le Pen || FN || 7,678,491 || 21.30 || 10,638,475 || 33.90
        |-
        | François Fillon || LR || 7,212,995 || 20.01 || ||
        |-
        ! colspan=2 | Total !! 23,547,832 !! 65.32 !! 31,381,603 !! 100.00
        |}
        """)
        try #require(all.count == 2)
        #expect(all.map(\.title) == ["First round", "Second round"])
        #expect(all[0].rows.map(\.candidate) == ["Emmanuel Macron", "Marine Le Pen", "François Fillon"])
        #expect(all[0].rows.map(\.votes) == [8_656_346, 7_678_491, 7_212_995])
        #expect(all[1].rows.map(\.candidate) == ["Emmanuel Macron", "Marine Le Pen"])
        #expect(all[1].rows.map(\.percent) == [66.10, 33.90])
        #expect(all.map(\.totals.valid) == [23_547_832, 31_381_603])
    }

    @Test("one constituency per row: winner and runner-up, margin as majority")
    func constituencies() throws {
        let all = contests("""
        {| class="wikitable"
        ! rowspan=2 | # !! rowspan=2 | Constituency !! colspan=3 | Winner !! colspan=3 | Runner-up !! rowspan=2 | Margin
        |-
        ! Candidate !! Party !! Votes !! Candidate !! Party !! Votes
        |-
        | 1 || Amethi || Kishori Lal || INC || 539,228 || Smriti Irani || BJP || 372,032 || 167,196
        |-
        | 2 || Rae Bareli || Rahul Gandhi || INC || 687,649 || Dinesh Pratap Singh || BJP || 297,619 || 390,030
        |}
        """)
        try #require(all.count == 2)
        #expect(all.map(\.title) == ["Amethi", "Rae Bareli"])
        #expect(all[0].rows.map(\.candidate) == ["Kishori Lal", "Smriti Irani"])
        #expect(all[0].rows.map(\.party) == ["INC", "BJP"])
        #expect(all[0].rows.map(\.votes) == [539_228, 372_032])
        #expect(all[0].rows.map(\.elected) == [true, false])
        #expect(all.map(\.totals.majority) == [167_196, 390_030])
    }

    @Test("no votes column, no contest: polls, composition, party lists")
    func notResults() {
        #expect(contests("""
        {| class="wikitable"
        ! Polling firm !! Date !! Sample size !! Lab !! Con !! Lead
        |-
        | YouGov || 1 June 2024 || 2,000 || 45% || 20% || 25
        |}
        """).isEmpty)
        #expect(contests("""
        {| class="wikitable"
        ! Party !! Leader !! Seats
        |-
        | Labour || Keir Starmer || 411
        |}
        """).isEmpty)
        // A table of an election still to come: the columns are there, the numbers are not.
        #expect(contests("""
        {| class="wikitable"
        ! Party !! Candidate !! Votes !! %
        |-
        | Labour || A. N. Other || ||
        |}
        """).isEmpty)
    }
}
