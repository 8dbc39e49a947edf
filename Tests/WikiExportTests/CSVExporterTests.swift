import Foundation
import TestSupport
import Testing
import WikiModel
@testable import WikiExport

@Suite struct CSVExporterTests {
    /// Reads every CSV below a folder with Python's csv module: {relative path: rows}.
    static let readAll = #"""
    import csv, json, os, sys
    out = {}
    for root, _, files in os.walk(sys.argv[1]):
        for name in files:
            path = os.path.join(root, name)
            with open(path, newline="", encoding="utf-8") as f:
                out[os.path.relpath(path, sys.argv[1])] = list(csv.reader(f))
    print(json.dumps(out))
    """#

    @Test func exportsRectangularFilesPythonCanRead() throws {
        let directory = try TemporaryDirectory()
        let exporter = try CSVExporter(directory: directory.path("csv"))
        for article in TestArticles.all { try exporter.write(article) }
        try exporter.finish()

        let output = try Python.run(Self.readAll, [directory.path("csv")])
        let files = try JSONDecoder().decode([String: [[String]]].self, from: Data(output.utf8))
        for (name, rows) in files {
            let width = rows.first?.count ?? 0
            #expect(rows.allSatisfy { $0.count == width }, "\(name) is ragged")
            #expect(!name.contains(".wikiconv-"), "temporary file left: \(name)")
        }
        #expect(files["2024_Pakistani_general_election/table-1.csv"] == [
            ["Polling firm", "Party / PTI", "Party / PML(N)"],
            ["Gallup Pakistan", "46%", "31%"],
            ["IPOR", "39%", "34%"],
        ])
        let rows = try #require(files["contest_rows.csv"])
        #expect(rows.first == ArticleCSV.contestRowsHeader)
        let pti = try #require(rows.first { $0.count > 3 && $0[3] == "Pakistan Tehreek-e-Insaf" })
        #expect(pti[5] == "18457567" && pti[6] == "31.17" && pti[8] == "93")
        #expect(pti[9] == "General=93; Women=0; Minority=0; Total=93")
        let fields = try #require(files["infobox_fields.csv"])
        #expect(fields.count == 1 + 11 + 1)
        let seats1: [String] = ["2024 Pakistani general election", "1", "Infobox election", "seats1", "1", "'''100'''",
                                "100", "integer", "100", "", "22"]
        #expect(fields.contains(seats1))
        let contests = files["contests.csv"]?.count ?? 0
        #expect(contests == 1 + 1 + 2 + 1)
        // The tricky title (NUL, quotes, emoji) still made a folder with its two tables.
        let trickyFolder = CSVExporter.directoryName(for: TestArticles.tricky.title)
        #expect(files["\(trickyFolder)/table-2.csv"] != nil)
    }

    @Test func folderNamesAreSafeAndStable() {
        #expect(CSVExporter.directoryName(for: "2024 Pakistani general election") == "2024_Pakistani_general_election")
        #expect(CSVExporter.directoryName(for: "AC/DC") == "AC%2FDC")
        #expect(CSVExporter.directoryName(for: "..") == "%2E.")
        #expect(CSVExporter.directoryName(for: "") == "_")
        #expect(CSVExporter.directoryName(for: "a\u{0}b%") == "a%00b%25")
        let long = String(repeating: "é", count: 300)
        let name = CSVExporter.directoryName(for: long)
        #expect(name.utf8.count <= 200 && name == CSVExporter.directoryName(for: long))
        #expect(name != CSVExporter.directoryName(for: long + "x"))
        #expect(name.hasPrefix("éé") && !name.contains("\u{FFFD}"))
    }

    @Test func tableWiderThanItsColumnNamesKeepsEveryCell() {
        let cells = (0..<3).map { Cell(text: "c\($0)", raw: "", origin: GridPosition(row: 0, col: $0), line: 1) }
        let table = Table(index: 1, line: 1, columns: ["a"], rows: [cells])
        let csv = String(decoding: ArticleCSV.table(table).bytes, as: UTF8.self)
        #expect(csv == "a,column 2,column 3\nc0,c1,c2\n")
    }
}
