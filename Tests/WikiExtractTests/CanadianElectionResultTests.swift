import Testing
import TestSupport
import Wikitext
import WikiExtract
import WikiModel

/// The Canadian election boxes (`{{Canadian election result}}`, alias `{{CANelec}}`, with
/// `/top`, `/total`, `/gain`, `/hold`), on the figures of the example in the template's
/// documentation (Template:Canadian election result/total/doc, Wikipedia, CC BY-SA 4.0): the
/// 2011 Ontario general election in Oak Ridges—Markham. The hold's swing is the one the
/// example's changes give ((−3.43 − 1.07) / 2).
@Suite("Contests: Canadian election boxes")
struct CanadianElectionResultTests {
    static let oakRidges = """
        ==Election results==
        {{Canadian election result/top|ON|2011|Oak Ridges—Markham|percent=yes|change=yes|expenditures=yes}}
        {{CANelec|ON|Liberal|[[Helena Jaczek]]|28,878|44.78|-3.43|$83,066.00}}
        {{CANelec|ON|Progressive Conservative|Farid Wassef|23,950|37.14|+1.07|146,606.59}}
        {{CANelec|ON|New Democratic|Joe Whitfeld|8,548|13.26|+5.33|11,142.60}}
        {{CANelec|ON|Green|Trifon Haitas|1,569|2.43|-4.01|350.00}}
        {{CANelec|ON|Libertarian|Karl Boelling|1,057|1.64|–|213.07}}
        {{CANelec|ON|Independent|Ruida Lu|484|0.75||2,766.14}}
        {{Canadian election result/total|Total valid votes/Expense limit|64,486|100.0|+8.85|$180,834.78}}
        {{Canadian election result/total|Total rejected ballots|395|0.61|-0.13}}
        {{Canadian election result/total|Turnout|64,881|42.70|-5.07}}
        {{Canadian election result/total|Eligible voters|151,959||+21.63}}
        {{CANelec/hold|ON|Liberal|-2.25}}
        {{CANelec/source|Source: Elections Ontario}}
        {{end}}
        """

    @Test("one election-box contest: title from /top, positional candidate rows, totals by label, hold")
    func oakRidgesMarkham() throws {
        let contests = ContestExtractor.extract(WikitextDocument(parsing: Self.oakRidges))
        try #require(contests.count == 1)
        let c = contests[0]
        #expect(c.kind == .electionBox && c.title == "2011 Ontario general election: Oak Ridges—Markham")
        #expect(c.section == "Election results")
        #expect(c.rows.map(\.party) == ["Liberal", "Progressive Conservative", "New Democratic", "Green", "Libertarian", "Independent"])
        #expect(c.rows.map(\.candidate) == ["Helena Jaczek", "Farid Wassef", "Joe Whitfeld", "Trifon Haitas", "Karl Boelling", "Ruida Lu"])
        #expect(c.rows.map(\.votes) == [28_878, 23_950, 8_548, 1_569, 1_057, 484])
        #expect(c.rows.map(\.percent) == [44.78, 37.14, 13.26, 2.43, 1.64, 0.75])
        #expect(c.rows.map(\.swing) == [-3.43, 1.07, 5.33, -4.01, nil, nil])
        #expect(c.totals.valid == 64_486 && c.totals.invalid == 395 && c.totals.turnout == 64_881)
        #expect(c.totals.turnoutPercent == 42.70 && c.totals.electorate == 151_959)
        #expect(c.outcome == ContestOutcome(result: .hold, party: "Liberal", from: "Liberal", to: "Liberal", swing: -2.25))
        #expect(c.rows.map(\.elected) == [true, false, false, false, false, false])  // the held party's candidate
        #expect(ContestExtractor.countElectionTemplates(WikitextDocument(parsing: Self.oakRidges)) == 13)
    }

    @Test("a /top names a federal riding; /gain gives winner and loser")
    func federalGain() throws {
        let text = Self.oakRidges.replacingOccurrences(of: "{{Canadian election result/top|ON|2011|Oak Ridges—Markham|", with: "{{CANelec/top|CA|2011|Oak Ridges—Markham (electoral district)|Oak Ridges—Markham|")
            .replacingOccurrences(of: "{{CANelec/hold|ON|Liberal|-2.25}}", with: "{{CANelec/gain|ON|Liberal|Progressive Conservative|-2.25}}")
        let c = try #require(ContestExtractor.extract(WikitextDocument(parsing: text)).first)
        #expect(c.title == "2011 Canadian federal election: Oak Ridges—Markham")
        #expect(c.outcome == ContestOutcome(result: .gain, party: "Liberal", from: "Progressive Conservative", to: "Liberal", swing: -2.25))
    }
}
