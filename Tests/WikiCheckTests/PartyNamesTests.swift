import Testing
@testable import WikiCheck
import WikiModel

/// Party matching by link target, name and abbreviation, with rows named as in the
/// Pakistani `{{Election results}}`.
@Suite struct PartyNamesTests {
    let rows = ["Pakistan Tehreek-e-Insaf", "Pakistan Muslim League (N)", "Pakistan People's Party",
                "Pakistan Muslim League (Q)", "National Party", "Pakistan Tehreek-e-Insaf Parliamentarians", "Independents"]
        .enumerated().map { ContestRow(party: $0.element, line: $0.offset) }

    private func field(_ raw: String, _ text: String) -> Field {
        Field(key: "party1", group: 1, raw: raw, text: text, line: 1)
    }

    @Test func linkTargetWinsOverLabel() {
        let party2 = field("[[Independent politician|IND]]<br />(backed by [[Pakistan Tehreek-e-Insaf|PTI]]){{efn|name=PTI Status}}",
                           "IND (backed by PTI)")
        #expect(PartyNames(field: party2).match(in: rows) == 0)
    }

    @Test func plainName() {
        #expect(PartyNames(field: field("Pakistan Muslim League (N)", "Pakistan Muslim League (N)")).match(in: rows) == 1)
    }

    @Test func abbreviations() {
        #expect(PartyNames(field: field("PPP", "PPP")).match(in: rows) == 2)
        #expect(PartyNames(field: field("PML-N", "PML-N")).match(in: rows) == 1)
        #expect(PartyNames(field: field("PML(Q)", "PML(Q)")).match(in: rows) == 3)
        #expect(PartyNames(field: field("PTI", "PTI")).match(in: rows) == 0)
    }

    /// `[[National Party (Pakistan)|National Party]]` renders "National Party" in the results.
    @Test func disambiguationDropped() {
        #expect(PartyNames(field: field("[[National Party (Pakistan)|NP]]", "NP")).match(in: rows) == 4)
    }

    /// "Pakistan Muslim League" alone could be (N) or (Q): no match rather than a wrong one.
    @Test func ambiguousNameMatchesNothing() {
        #expect(PartyNames(field: field("Pakistan Muslim League", "Pakistan Muslim League")).match(in: rows) == nil)
    }

    @Test func unknownPartyMatchesNothing() {
        #expect(PartyNames(field: field("[[Awami National Party|ANP]]", "ANP")).match(in: rows) == nil)
    }
}
