import Foundation
import Testing
import TestSupport
import Wikitext
import WikiExtract
import WikiModel

/// OpenCompare's wikitext → CSV pairs (Apache-2.0): the grid with spans expanded, as text.
@Suite("Tables: OpenCompare pairs")
struct TableOpenCompareTests {
    static let names = ["basic", "basic_inline", "boolean", "code", "colspan", "core_functions", "empty",
                        "includes", "internal_link", "rowspan", "rowspan_colspan", "uri"]

    /// Cells whose text depends on rendering templates or page-only markup, not on the grid:
    /// their text is the plain-text renderer's business (see the report); the grid is still checked.
    static func renderingDependent(_ raw: String) -> Bool {
        raw.contains("{{") || raw.contains("[[Category:") || raw.contains("include>")
    }

    @Test("each pair gives the expected grid", arguments: names)
    func pair(_ name: String) throws {
        let wikitext = try String(contentsOf: try Fixtures.shared("peer-tests/opencompare_\(name).wikitext"), encoding: .utf8)
        let csv = try String(contentsOf: try Fixtures.shared("peer-tests/opencompare_\(name).csv"), encoding: .utf8)
        let expected = Self.parseCSV(csv)
        let tables = TableExtractor.extract(WikitextDocument(parsing: wikitext))
        let rows = tables.first?.rows ?? GridRows([[Cell]]())
        #expect(rows.count == expected.count)
        #expect(rows.map(\.count) == expected.map(\.count))
        for (y, row) in zip(rows, expected).enumerated() {
            for (x, pair) in zip(row.0, row.1).enumerated() where !Self.renderingDependent(pair.0.raw) {
                #expect(pair.0.text == pair.1, "\(name) [\(y), \(x)]")
            }
        }
    }

    /// A small CSV reader: quoted fields (with "" escapes), blanks around fields ignored.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        for line in text.split(whereSeparator: \.isNewline) where !line.allSatisfy(\.isWhitespace) {
            var fields: [String] = []
            var field = "", quoted = false, inQuotes = false
            var chars = Array(line)[...]
            while let c = chars.popFirst() {
                if inQuotes {
                    if c == "\"" {
                        if chars.first == "\"" { field.append("\""); chars = chars.dropFirst() } else { inQuotes = false }
                    } else { field.append(c) }
                } else if c == "\"" {
                    inQuotes = true; quoted = true; field = ""
                } else if c == "," {
                    fields.append(quoted ? field : field.trimmingCharacters(in: .whitespaces)); field = ""; quoted = false
                } else if !quoted {
                    field.append(c)
                }
            }
            fields.append(quoted ? field : field.trimmingCharacters(in: .whitespaces))
            rows.append(fields)
        }
        return rows
    }
}
