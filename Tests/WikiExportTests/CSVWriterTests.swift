import Foundation
import TestSupport
import Testing
@testable import WikiExport

@Suite struct CSVWriterTests {
    private func csv(_ header: [String], _ rows: [[String]]) throws -> String {
        var writer = CSVWriter(header: header)
        for row in rows { try writer.writeRow(row) }
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    @Test func quotesOnlyWhenNeeded() throws {
        let out = try csv(["party", "votes"], [
            ["PTI", "18457567"],
            ["a,b", "say \"hi\""],
            ["two\nlines", " padded "],
        ])
        #expect(out == "party,votes\nPTI,18457567\n\"a,b\",\"say \"\"hi\"\"\"\n\"two\nlines\",\" padded \"\n")
    }

    @Test func noByteOrderMarkAndLFLineEnds() throws {
        let out = try csv(["é"], [["x"]])
        #expect(Array(out.utf8.prefix(3)) != [0xEF, 0xBB, 0xBF])
        #expect(!out.contains("\r\n"))
    }

    @Test func padsShortRowsAndRefusesLongOnes() throws {
        var writer = CSVWriter(header: ["a", "b", "c"])
        try writer.writeRow(["1"])
        #expect(throws: CSVWriter.WidthError.self) { try writer.writeRow(["1", "2", "3", "4"]) }
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "a,b,c\n1,,\n")
        #expect(writer.records == 2)
    }

    @Test func loneEmptyFieldIsNotABlankLine() throws {
        #expect(try csv(["only"], [[""], ["x"]]) == "only\n\"\"\nx\n")
    }

    /// Python's csv module reads back exactly what was written, tricky cells included.
    @Test func roundTripsThroughPythonCSV() throws {
        let tricky = [
            "", " ", "plain", "comma,inside", "quote\"inside", "\"starts with quote", "ends with quote\"",
            "new\nline", "cr\rreturn", "crlf\r\nboth", "tab\there", " leading", "trailing ", "ünïcødé",
            "中文", "🇵🇰 flag", "−0.71 pp", "=SUM(A1:A2)", "semi;colon", "back\\slash", "\u{2028}",
        ]
        var rows: [[String]] = []
        for (index, cell) in tricky.enumerated() {
            rows.append([String(index), cell, tricky[(index + 7) % tricky.count]])
        }
        let header = ["n", "cell, with comma", "other \"quoted\""]
        var writer = CSVWriter(header: header)
        for row in rows { try writer.writeRow(row) }

        let directory = try TemporaryDirectory()
        let path = directory.path("tricky.csv")
        try AtomicFile.write(writer.bytes, to: path)
        let script = """
        import csv, json, sys
        with open(sys.argv[1], newline="", encoding="utf-8") as f:
            print(json.dumps(list(csv.reader(f))))
        """
        let output = try Python.run(script, [path])
        let read = try JSONDecoder().decode([[String]].self, from: Data(output.utf8))
        #expect(read == [header] + rows)
    }
}
