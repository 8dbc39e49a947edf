import Foundation
import Testing
import TestSupport
import WikiExport

/// A single transferable vote's counts leave in every format with their fractions (transfers
/// pass on fractions of a ballot): the templates' documentation example with two counts made
/// fractional, converted by the command line.
@Suite("Exports: fractional STV counts")
struct STVCountsExportTests {
    @Test("JSON, CSV, Markdown and SQLite keep 2,818.45 and null counts")
    func fractionalCountsInEveryFormat() throws {
        let text = Fixtures.stvExample.replacingOccurrences(of: "count2=2,818", with: "count2=2,818.45")
        let directory = try TemporaryDirectory()
        try Data(text.utf8).write(to: URL(fileURLWithPath: directory.path("STV.wikitext")))
        let run = try BadInputTests.run(["convert", "STV.wikitext", "--output", "out"], in: directory.path(""))
        #expect(run.status == 0, "\(run.stderr)")

        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: directory.path("out/json/STV.json"))))
        let contests = try #require((json as? [String: Any])?["contests"] as? [[String: Any]])
        let rows = try #require(contests.first?["rows"] as? [[String: Any]])
        let counts = try #require(rows[1]["counts"] as? [Any])
        #expect(counts.count == 4)
        #expect((counts[0] as? NSNumber)?.doubleValue == 2_352 && (counts[1] as? NSNumber)?.doubleValue == 2_818.45)
        #expect(counts[3] is NSNull)

        let csv = try String(contentsOfFile: directory.path("out/csv/contest_rows.csv"), encoding: .utf8)
        #expect(csv.contains(",\"2352; 2818.45; 2500; \"\n"))
        let markdown = try String(contentsOfFile: directory.path("out/md/STV.md"), encoding: .utf8)
        #expect(markdown.contains("| 2,352 | 23.5 | 2,818.45 | 2,500 |  | yes |"))
        let database = try SQLiteDatabase(path: directory.path("out/wikiconv.sqlite"))
        defer { database.close() }
        #expect(try database.query("SELECT counts FROM contest_rows WHERE position = 2").rows == [[.text("[2352,2818.45,2500,null]")]])
    }
}
