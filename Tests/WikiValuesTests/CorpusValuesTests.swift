import Foundation
import TestSupport
import Testing
import WikiValues

/// The acceptance table: real values from `Corpus/`, each with its expected kind and number.
@Suite struct CorpusValuesTests {
    static let rows = CorpusRow.elections + CorpusRow.places + CorpusRow.other

    @Test func tableIsLargeAndVaried() {
        #expect(Self.rows.count >= 150)
        let kinds = Set(Self.rows.map(\.expected.kind))
        #expect(kinds == Set(ValueKind.allCases))
        #expect(Set(Self.rows.map(\.article)).count >= 25)
    }

    @Test(arguments: rows) func parsesAsExpected(_ row: CorpusRow) {
        #expect(ValueParser.parse(row.text) == row.expected)
    }

    /// Every row really comes from its article: the raw snippet is in the file.
    @Test func everyRowIsInItsArticle() throws {
        var files: [String: String] = [:]
        for row in Self.rows {
            if files[row.article] == nil {
                let url = Fixtures.corpus.appendingPathComponent(row.article + ".wikitext")
                files[row.article] = try String(contentsOf: url, encoding: .utf8)
            }
            #expect(files[row.article]!.contains(row.raw), "\(row.article) lacks \(row.raw.debugDescription)")
        }
    }
}
