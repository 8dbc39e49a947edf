import Testing
import TestSupport
import Wikitext
import WikiModel
@testable import WikiExtract

/// Issue 4's acceptance table: the infobox of `Corpus/2024_Pakistani_general_election.wikitext`.
@Suite struct InfoboxFoundingArticleTests {
    static let boxes: [Infobox] = {
        let bytes = (try? Fixtures.corpusBytes("2024_Pakistani_general_election.wikitext")) ?? []
        return InfoboxExtractor.extract(WikitextDocument(parsing: bytes))
    }()
    var box: Infobox { Self.boxes[0] }

    func field(_ key: String) throws -> Field {
        try #require(box.fields.first { $0.key == key }, "no field \(key)")
    }

    @Test func oneInfoboxElection() {
        #expect(Self.boxes.count == 1)
        #expect(box.template == "Infobox election")
        #expect(box.line == 3)
        #expect(box.fields.count == 49)
        #expect(box.fields.first?.key == "country")
        #expect(box.fields.last?.key == "after_party")
    }

    @Test func seats1() throws {
        let f = try field("seats1")
        #expect(f.raw == "'''100'''")
        #expect(f.text == "100")
        #expect(f.value == Value(kind: .integer, number: 100, status: .exact))
        #expect(f.group == 1)
        #expect(f.line == 20)
    }

    @Test func popularVote1KeepsTheCitationAsANote() throws {
        let f = try field("popular_vote1")
        #expect(f.text == "13,999,656")
        #expect(f.value.kind == .integer)
        #expect(f.value.number == 13_999_656)
        #expect(f.notes.count == 1)
        #expect(f.notes.first?.kind == .ref)
        #expect(f.notes.first?.text.contains("General Elections 2024 Pakistan Dashboard") == true)
        #expect(f.notes.first?.raw.hasPrefix("<ref>{{cite web") == true)
    }

    @Test func percentage1() throws {
        let f = try field("percentage1")
        #expect(f.value == Value(kind: .percent, number: 23.64, status: .exact))
    }

    @Test func seatChange1IsAPositiveChange() throws {
        let f = try field("seat_change1")
        #expect(f.raw == "{{increase}}16")
        #expect(f.text == "+16")
        #expect(f.value.kind == .change)
        #expect(f.value.number == 16)
    }

    @Test func swing1IsANegativeChangeInPercentagePoints() throws {
        let f = try field("swing1")
        #expect(f.text == "−0.71pp")
        #expect(f.value.kind == .change)
        #expect(f.value.number == -0.71)
        #expect(f.value.unit == "pp")
    }

    @Test func seatChange2IsANegativeChange() throws {
        let f = try field("seat_change2")
        #expect(f.value.kind == .change)
        #expect(f.value.number == -56)
    }

    @Test func turnoutIsAPercentWithoutFootnoteDigits() throws {
        let f = try field("turnout")
        #expect(f.text == "47.8% (−3.9pp)")
        #expect(f.value.kind == .percent)
        #expect(f.value.number == 47.8)
        #expect(f.notes.map(\.kind) == [.ref])
    }

    @Test func registered() throws {
        let f = try field("registered")
        #expect(f.value == Value(kind: .integer, number: 128_585_760, status: .exact))
    }

    @Test func leader1KeepsTheEfnAsANote() throws {
        let f = try field("leader1")
        #expect(f.text == "Nawaz Sharif")
        #expect(f.value.kind == .text)
        #expect(f.notes.count == 1)
        #expect(f.notes.first?.kind == .efn)
        #expect(f.notes.first?.text.hasPrefix("Nawaz Sharif led the PML-N election campaign") == true)
        #expect(f.notes.first?.text.contains("with Shehbaz Sharif the candidate otherwise.") == true)
    }

    /// `IND<br />(backed by PTI)`: the field keeps the page's two lines; the contest row's
    /// party, a name, reads them as one.
    @Test func party2KeepsItsLinesAndTheContestReadsOne() throws {
        let f = try field("party2")
        #expect(f.text == "IND\n(backed by PTI)")
        let contest = try #require(InfoboxContest.contests(Self.boxes).first)
        #expect(contest.rows.map(\.party).contains("IND (backed by PTI)"))
        #expect(f.notes.map(\.name) == ["PTI Status", "PTI Status 2"])
        #expect(f.notes.allSatisfy { $0.kind == .efn && $0.text.isEmpty })
    }

    @Test func seats2HasNoFootnoteDigits() throws {
        let f = try field("seats2")
        #expect(f.value == Value(kind: .integer, number: 93, status: .exact))
        #expect(f.notes.first?.text.contains("39 of these seats") == true)
    }

    @Test func colourFieldIsEmpty() throws {
        let f = try field("colour2")
        #expect(f.text == "")
        #expect(f.value.kind == .empty)
    }

    @Test func threeGroupsCarryTheParties() {
        #expect(box.groups.map(\.index) == [1, 2, 3])
        let wanted = ["leader", "party", "seats", "popular_vote", "percentage", "swing"]
        for group in box.groups {
            #expect(wanted.allSatisfy { group.fields[$0] != nil }, "group \(group.index): \(group.fields.keys)")
        }
        #expect(box.groups[0].fields["leader"] == "Nawaz Sharif")
        #expect(box.groups[0].fields["party"] == "Pakistan Muslim League (N)")
        #expect(box.groups[0].fields["seats"] == "100")
        #expect(box.groups[1].fields["party"] == "IND\n(backed by PTI)")
        #expect(box.groups[2].fields["swing"] == "+0.89pp")
        #expect(box.groups[0].fields.keys == ["image", "leader", "party", "seats", "seat_change", "last_election",
                                              "popular_vote", "percentage", "swing"])
    }

    @Test func keysKeepTheirDigits() {
        let numbered = box.fields.filter { $0.group != nil }
        #expect(numbered.count == 28)
        #expect(numbered.allSatisfy { $0.key.last?.isNumber == true })
    }
}
