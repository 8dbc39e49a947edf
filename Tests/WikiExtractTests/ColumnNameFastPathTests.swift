import Foundation
import Testing
import TestSupport
import Wikitext
import WikiModel
@testable import WikiExtract

/// ``TableHeaders/unique(_:)`` proves names distinct on hashes before comparing strings: it
/// must rename exactly as comparing the strings does (``TableHeaders/renamed(_:)``).
@Suite struct ColumnNameFastPathTests {
    /// Name lists of real pages: each table's column names and the text of every grid row
    /// (rows repeat texts often, spanned cells always, and hold text beyond ASCII).
    static func corpusNameLists() throws -> [[String]] {
        var lists: [[String]] = []
        for file in Fixtures.corpusFiles() {
            let document = WikitextDocument(parsing: [UInt8](try Data(contentsOf: file)))
            for table in TableExtractor.extract(document) {
                lists.append(table.columns)
                for row in table.rows { lists.append(row.map(\.text)) }
            }
        }
        return lists
    }

    @Test func uniqueMatchesStringComparisonOnCorpus() throws {
        var repeats = 0, lists = 0
        for names in try Self.corpusNameLists() {
            let distinct = Set(names).count == names.count
            if !distinct { repeats += 1 }
            // The hash check may only answer "no repeat" when there is none.
            if !TableHeaders.mayRepeat(names) { #expect(distinct, "\(names)") }
            #expect(TableHeaders.unique(names) == TableHeaders.renamed(names), "\(names)")
            lists += 1
        }
        #expect(lists > 3000)
        #expect(repeats > 500)
    }

    @Test func canonicallyEqualSpellingsRepeat() {
        // Precomposed and combining é; the Kelvin sign is canonically `K`.
        for names in [["Caf\u{E9}", "Cafe\u{301}"], ["K", "\u{212A}"], ["a", "b", "K", "c", "\u{212A}"]] {
            #expect(TableHeaders.mayRepeat(names))
            #expect(TableHeaders.unique(names) == TableHeaders.renamed(names))
            #expect(Set(TableHeaders.unique(names)).count == names.count)
        }
        let long = (0..<40).map { "Party \($0)" }
        #expect(!TableHeaders.mayRepeat(long))
        #expect(TableHeaders.mayRepeat(long + ["Party 7"]))
        #expect(TableHeaders.unique(long + ["Party 7"]).last == "Party 7 2")
    }
}
