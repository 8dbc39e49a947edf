import Foundation
import Testing
import TestSupport

/// `wikiconv convert DUMP` with per-page budgets (issue 7, bad input): a page over the size or
/// time budget is reported on one line naming its title and id, and skipped; the run goes on
/// and succeeds.
@Suite("Per-page budgets in convert")
struct PageBudgetTests {
    struct Result {
        var status: Int32
        var stderr: String
        var jsonl: String
    }

    static func convert(_ arguments: [String], copies: Int = 1) throws -> Result {
        let binary = try InterruptTests.wikiconv()
        let directory = try TemporaryDirectory()
        let dump = try InterruptTests.writeDump(copies: copies, in: directory)
        let output = directory.path("out")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["convert", dump, "--format", "jsonl", "--output", output] + arguments
        let stderr = directory.path("stderr")
        #expect(FileManager.default.createFile(atPath: stderr, contents: nil))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: stderr))
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stderr: (try? String(contentsOfFile: stderr, encoding: .utf8)) ?? "",
                      jsonl: (try? String(contentsOfFile: output + "/articles.jsonl", encoding: .utf8)) ?? "")
    }

    /// Corpus/ files larger than `bytes` (the pages the size budget must skip), by title.
    static func corpusTitles(largerThan bytes: Int) throws -> (big: [String], small: Int) {
        var big: [String] = [], small = 0
        for file in Fixtures.corpusFiles() {
            let size = try Data(contentsOf: file).count
            let title = file.deletingPathExtension().lastPathComponent.replacingOccurrences(of: "_", with: " ") + " 1"
            if size > bytes { big.append(title) } else { small += 1 }
        }
        return (big, small)
    }

    @Test("pages over --max-page-mb are reported with title and id and skipped; the rest are written")
    func sizeBudget() throws {
        let limit = 100_000
        let (big, small) = try Self.corpusTitles(largerThan: limit)
        try #require(!big.isEmpty && small > 0, "Corpus/ needs pages on both sides of \(limit) bytes")
        let result = try Self.convert(["--max-page-mb", "0.1"])
        #expect(result.status == 0, "\(result.stderr.prefix(1000))")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == big.count, "\(result.stderr.prefix(2000))")
        for title in big {
            #expect(lines.contains { $0.contains("page \"\(title)\" (id ") && $0.contains("over the limit of 100000") },
                    "no report for \(title)")
        }
        #expect(result.jsonl.split(separator: "\n").count == small)
    }

    @Test("a page over --page-timeout is reported and skipped, and the run goes on")
    func timeBudget() throws {
        // A budget no real page meets: every page is reported once, none is written, and the
        // run still ends normally. (Which pages exceed a realistic budget depends on the machine.)
        let result = try Self.convert(["--page-timeout", "0.000001"])
        #expect(result.status == 0, "\(result.stderr.prefix(1000))")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == Fixtures.corpusFiles().count, "\(result.stderr.prefix(2000))")
        #expect(lines.allSatisfy { $0.contains("over the 1e-06 s page budget") && $0.contains("(id ") })
        #expect(result.jsonl.isEmpty)
    }
}
