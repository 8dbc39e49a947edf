import Foundation
import Testing
import TestSupport
@testable import WikiCheck
import WikiModel

/// The row readings `TableView` uses pinned against their slow paths on every cell of
/// `Corpus/`: `GridRows.forEachSlot` against `slot(_:_:)` one at a time, and the two-byte gate
/// of `RowRole.quickRole` against the full reading of the label.
@Suite struct RowSlotsTests {
    @Test func forEachSlotReadsAsSlotAndQuickRoleKeepsEveryRole() throws {
        var slots = 0, gated = 0, roles = 0
        for url in try Fixtures.corpusFiles() {
            let article = try CheckFixtures.article(String(url.lastPathComponent.dropLast(".wikitext".count)))
            for table in article.tables {
                let grid = table.rows
                for y in grid.indices {
                    var seen = 0
                    grid.forEachSlot(inRow: y) { slot, x in
                        #expect(x == seen)
                        #expect(slot == grid.slot(y, x), "table \(table.index) slot \(y), \(x)")
                        seen += 1
                    }
                    #expect(seen == grid.width(of: y))
                    slots += seen
                    for x in 0..<grid.width(of: y) {
                        let text = grid.cell(y, x).text
                        let role = RowRole(label: text)
                        let gate = grid.withSlotText(y, x, RowRole.mayStartFirstWord)
                        // The gate only ever turns away labels without a role.
                        #expect(gate || role == .other, "'\(text)'")
                        if role != .other { #expect(grid.withSlotText(y, x, RowRole.quickRole) == nil); roles += 1 }
                        if !gate { gated += 1 }
                    }
                }
            }
        }
        #expect(slots > 10000)
        #expect(gated > 1000)
        #expect(roles > 10)
    }

    @Test func quickRoleGateOnWrittenLabels() {
        let labels = ["Total", "TOTALS", " grand total", "Overall total", "Sum", "Valid votes", "Majority", "margin",
                      "Lead", "Turnout", "Voter turnout", "Invalid", "Rejected ballots", "Spoilt", "spoiled", "Blank",
                      "Null", "Abstention", "abstentions", "Abstained", "Registered voters", "Electorate",
                      "Eligible voters", "'''Total'''", "(total)"]
        for label in labels {
            var text = label
            #expect(RowRole(label: label) != .other, "'\(label)'")
            let gate = text.withUTF8(RowRole.mayStartFirstWord)
            #expect(gate, "'\(label)'")
        }
        for label in ["Labour", "T", "Tory", "1 total", "Ünion", "To", "Conservative", "Liberal Democrats"] {
            var text = label
            let gate = text.withUTF8(RowRole.mayStartFirstWord)
            #expect(gate || RowRole(label: label) == .other, "'\(label)'")
        }
    }
}
