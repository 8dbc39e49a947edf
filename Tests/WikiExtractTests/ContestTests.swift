import Foundation
import Testing
import TestSupport
import Wikitext
import WikiExtract
import WikiModel

/// Election results as contests, on the real election articles of Corpus/.
@Suite("Contests")
struct ContestTests {
    func contests(_ name: String) throws -> [Contest] {
        ContestExtractor.extract(WikitextDocument(parsing: try Fixtures.corpusBytes(name)))
    }

    @Test("2024 Pakistani general election: the {{Election results}} contest")
    func pakistan() throws {
        let all = try contests("2024_Pakistani_general_election.wikitext")
        let results = all.filter { $0.kind == .electionResults }
        try #require(results.count == 1)
        let c = results[0]
        #expect(c.rows.count == 23)
        #expect(c.seatTypes == ["General", "Women", "Minority", "Total"])
        #expect(c.rows.compactMap(\.votes).reduce(0, +) == 59_221_077)
        #expect(c.totals.valid == 59_221_077)
        let pti = c.rows[0]
        #expect(pti.party == "Pakistan Tehreek-e-Insaf")
        #expect(pti.votes == 18_457_567)
        #expect(pti.seats.first { $0.key == "General" }?.value == 93)
        let pmln = c.rows[1]
        #expect(pmln.party == "Pakistan Muslim League (N)")
        #expect(pmln.seats.first { $0.key == "General" }?.value == 75)  // despite the HTML comment
        #expect(pmln.seats.map(\.value) == [75, 19, 4, 98])
        #expect(pti.percentComputed && pti.percent == 31.17)
        #expect(c.section == "National Assembly")
        #expect(c.rows.last?.party == "Independents")
    }

    @Test("2021 Doncaster: a contest per ward box with its winners, and the summary")
    func doncaster() throws {
        let all = try contests("2021_Doncaster_Metropolitan_Borough_Council_election.wikitext")
        let boxes = all.filter { $0.kind == .electionBox }
        #expect(boxes.count == 23)
        for box in boxes {
            let winners = box.rows.filter(\.elected).count
            #expect((1...3).contains(winners), "\(box.title ?? "?") has \(winners) winners")
        }
        let adwick = try #require(boxes.first { $0.title?.hasPrefix("Adwick") == true })
        #expect(adwick.rows.filter(\.elected).map(\.candidate) == ["Sarah Diane Smith", "Debbie Hutchinson", "John Mounsey*"])
        #expect(adwick.rows[0].votes == 1467 && adwick.rows[0].percent == 54.3)
        #expect(adwick.totals.turnout == 2703 && adwick.totals.turnoutPercent == 22.98)
        #expect(adwick.outcome?.result == .hold && adwick.outcome?.party == "Labour Party (UK)")
        let summaries = all.filter { $0.kind == .electionSummary }
        try #require(summaries.count == 1)
        let summary = summaries[0]
        #expect(summary.rows.first?.party == "Labour Party (UK)")
        #expect(summary.rows.first?.seats.first?.value == 40)
        #expect(summary.rows.first?.votes == 26_986)
        #expect(summary.rows.first?.seatChange == -3)
        #expect(summary.rows.contains { $0.party == "Edlington and Warmsworth First" && $0.votes == 778 })
        // The en-dash vote is empty, not zero.
        let dash = try #require(summary.rows.last)
        #expect(dash.votes == nil && dash.percent == 0.1)
    }

    @Test("2024 Adur and 2026 Burnley: every ward box is a contest with its totals and outcome",
          arguments: ["2024_Adur_District_Council_election.wikitext", "2026_Burnley_Borough_Council_election.wikitext"])
    func wardBoxes(_ name: String) throws {
        let text = String(decoding: try Fixtures.corpusBytes(name), as: UTF8.self)
        let begins = text.components(separatedBy: "{{Election box begin").count - 1
        let all = try contests(name)
        let boxes = all.filter { $0.kind == .electionBox }
        #expect(boxes.count == begins)
        for box in boxes {
            #expect(box.totals.turnout != nil, "\(box.title ?? "?") has no turnout")
            #expect(box.outcome?.party != nil, "\(box.title ?? "?") has no hold/gain party")
            #expect(box.rows.contains { $0.elected })
        }
        #expect(all.contains { $0.kind == .electionSummary })
    }

    @Test("Burnley boxes state rejected, registered electors and majority")
    func burnleyTotals() throws {
        let boxes = try contests("2026_Burnley_Borough_Council_election.wikitext").filter { $0.kind == .electionBox }
        #expect(boxes.filter { $0.totals.invalid != nil }.count == 15)
        #expect(boxes.filter { $0.totals.electorate != nil }.count == 15)
        #expect(boxes.filter { $0.totals.majority != nil }.count == 15)
    }

    @Test("Adur: the one-line ||party= form and gains with their loser")
    func adurOneLine() throws {
        let boxes = try contests("2024_Adur_District_Council_election.wikitext").filter { $0.kind == .electionBox }
        let rows = boxes.flatMap(\.rows)
        #expect(rows.contains { $0.party == "Britain First" && $0.candidate == "David Bamber" && $0.votes == 131 })
        let gain = try #require(boxes.first { $0.outcome?.result == .gain })
        #expect(gain.outcome?.from == "Conservative Party (UK)" && gain.outcome?.to == "Labour Party (UK)")
        #expect(boxes.contains { $0.totals.invalid == 16 })
    }

    @Test("coverage: every election template of the families lands in a contest")
    func coverage() throws {
        for file in Fixtures.corpusFiles() {
            let doc = WikitextDocument(parsing: [UInt8](try Data(contentsOf: file)))
            let contests = ContestExtractor.extract(doc)
            let total = ContestExtractor.countElectionTemplates(doc)
            if total > 0 { #expect(!contests.isEmpty, "\(file.lastPathComponent)") }
        }
    }
}

@Suite("Infobox contests")
struct InfoboxContestTests {
    @Test("the founding article's Infobox election groups become a contest of kind infobox")
    func pakistanInfobox() throws {
        let doc = WikitextDocument(parsing: try Fixtures.corpusBytes("2024_Pakistani_general_election.wikitext"))
        let contests = ContestExtractor.infoboxContests(InfoboxExtractor.extract(doc))
        try #require(contests.count == 1)
        let c = contests[0]
        #expect(c.kind == .infobox && c.rows.count == 3)
        #expect(c.rows.map(\.candidate) == ["Nawaz Sharif", "Omar Ayub", "Bilawal Bhutto Zardari"])
        #expect(c.rows[0].party == "Pakistan Muslim League (N)")
        #expect(c.rows.map(\.votes) == [13_999_656, 18_457_567, 8_244_944])
        #expect(c.rows.map { $0.seats.first?.value } == [100, 93, 68])
        #expect(c.rows.map(\.seatChange) == [16, -56, 14])
        #expect(c.rows[0].percent == 23.64 && c.rows[0].swing == -0.71)
        #expect(c.totals.turnoutPercent == 47.8 && c.totals.electorate == 128_585_760)
    }

    @Test("a parameter given twice counts as MediaWiki counts it: the last one")
    func duplicateParameterTakesTheLast() throws {
        let text = String(decoding: try Fixtures.corpusBytes("2024_Pakistani_general_election.wikitext"), as: UTF8.self)
        func contest(inserting extra: String, before marker: String) throws -> Contest {
            let range = try #require(text.range(of: marker))
            let doc = WikitextDocument(parsing: text.replacingCharacters(in: range, with: extra + marker))
            let contests = ContestExtractor.infoboxContests(InfoboxExtractor.extract(doc))
            try #require(contests.count == 1)
            return contests[0]
        }
        // Repeats written before the originals lose to them …
        let before = try contest(inserting: "| seats1 = 101\n", before: "| seats1 ")
        #expect(before.rows[0].seats.first?.value == 100)
        // … and written after them, win (`turnout` comes before `seats1` in the article).
        let after = try contest(inserting: "| seats1 = 101\n", before: "| seats2 ")
        #expect(after.rows[0].seats.first?.value == 101)
        let turnout = try contest(inserting: "| turnout = 48.5%\n", before: "| seats1 ")
        #expect(turnout.totals.turnoutPercent == 48.5)
    }

    @Test("every election article of Corpus/ gets its infobox contest",
          arguments: ["2021_Doncaster_Metropolitan_Borough_Council_election.wikitext",
                      "2024_Adur_District_Council_election.wikitext", "2026_Burnley_Borough_Council_election.wikitext"])
    func councils(_ name: String) throws {
        let doc = WikitextDocument(parsing: try Fixtures.corpusBytes(name))
        let contests = ContestExtractor.infoboxContests(InfoboxExtractor.extract(doc))
        #expect(contests.count == 1)
        #expect((contests.first?.rows.count ?? 0) >= 2)
        #expect(contests.first?.rows.allSatisfy { $0.party != nil } == true)
    }
}

/// Single transferable vote boxes (`{{STV Election box begin2}}`, `candidate2`, `end2`), on the
/// templates' documentation example (`Fixtures.stvExample`).
@Suite("Contests: single transferable vote boxes")
struct STVBoxTests {

    @Test("first preferences are the votes, the counts follow, bold names are elected, the end template gives the totals and quota")
    func example() throws {
        let contests = ContestExtractor.extract(WikitextDocument(parsing: Fixtures.stvExample))
        try #require(contests.count == 1)
        let c = contests[0]
        #expect(c.kind == .electionBox && c.title == "Example" && c.section == "Results")
        #expect(c.rows.map(\.candidate) == ["Candidate 1", "Candidate 2", "Candidate 3", "Candidate 4", "Candidate 5"])
        #expect(c.rows.map(\.party) == ["Party 1", "Party 2", "Party 3", "Party 4", "Party 5"])
        #expect(c.rows.map(\.votes) == [2_500, 2_352, 1_927, 1_823, 1_398])
        #expect(c.rows.map(\.percent) == [25.0, 23.5, 19.2, 18.2, 13.9])
        #expect(c.rows.map(\.elected) == [true, true, false, true, false])
        #expect(c.totals.electorate == 12_000 && c.totals.valid == 10_000 && c.totals.invalid == 57)
        #expect(c.totals.turnoutPercent == 83.8 && c.totals.turnout == nil)
        #expect(c.totals.quota == 2_500)
        // The tally at each of the `numcounts=4` rounds: votes are the first; a candidate elected
        // or excluded earlier has none in the later rounds.
        #expect(c.rows.map(\.counts) == [[2_500, nil, nil, nil], [2_352, 2_818, 2_500, nil], [1_927, 2_293, 2_493, nil],
                                          [1_823, 2_389, 2_507, 2_500], [1_398, nil, nil, nil]])
        #expect(ContestExtractor.countElectionTemplates(WikitextDocument(parsing: Fixtures.stvExample)) == 7)
    }

    /// Transfers pass on fractions of a ballot (Scottish counts show `1,503.63`): a later count
    /// keeps its fraction; a first preference is a whole number of ballots, so a fractional one
    /// leaves `votes` unstated.
    @Test("fractional counts after the first are kept; a fractional first count gives no votes")
    func fractionalCounts() throws {
        let text = Fixtures.stvExample.replacingOccurrences(of: "count2=2,818", with: "count2=2,818.45")
            .replacingOccurrences(of: "count1=1,927|count2=2,293|count3=2,493", with: "count1=1,927.5|count2=2,293.1|count3=2,493.77")
        let c = try #require(ContestExtractor.extract(WikitextDocument(parsing: text)).first)
        #expect(c.rows[1].counts == [2_352, 2_818.45, 2_500, nil])
        #expect(c.rows[1].votes == 2_352)
        #expect(c.rows[2].counts == [1_927.5, 2_293.1, 2_493.77, nil])
        #expect(c.rows[2].votes == nil)
    }
}
