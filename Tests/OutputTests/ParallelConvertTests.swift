import Foundation
import Testing
import TestSupport

/// `wikiconv convert FOLDER --jobs N`: files are extracted on N threads and written in file
/// order, so every output (the SQLite file included) is the same bytes whatever N; files finish
/// out of order (Corpus/ holds pages from 2 kB to 600 kB), which is what the reordering is for.
@Suite("Converting files on several threads")
struct ParallelConvertTests {
    /// Runs `wikiconv convert Corpus --jobs jobs` with `extra` arguments; returns the output folder.
    static func convert(jobs: Int, extra: [String] = [], in directory: TemporaryDirectory) throws -> String {
        let output = directory.path("out-\(jobs)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try InterruptTests.wikiconv())
        process.arguments = ["convert", Fixtures.corpus.path, "--jobs", "\(jobs)", "--output", output] + extra
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return output
    }

    /// Relative path → bytes of every file below `folder`.
    static func contents(of folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in try OutputFreshnessTests.files(under: URL(fileURLWithPath: folder)) {
            files[path] = try Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(path))
        }
        return files
    }

    @Test("every format is the same bytes with 1 and 3 threads")
    func sameBytesWhateverTheThreads() throws {
        let directory = try TemporaryDirectory()
        let one = try Self.contents(of: Self.convert(jobs: 1, in: directory))
        let three = try Self.contents(of: Self.convert(jobs: 3, in: directory))
        #expect(one.keys.sorted() == three.keys.sorted())
        #expect(one["wikiconv.sqlite"] != nil && one["articles.jsonl"] != nil)
        #expect(one.keys.filter { $0.hasPrefix("json/") }.count == Fixtures.corpusFiles().count)
        for (path, bytes) in one where three[path] != bytes {
            Issue.record("\(path) differs between --jobs 1 and --jobs 3")
        }
    }

    @Test("--template keeps the same articles, in the same order, with 3 threads")
    func templateFilterWhateverTheThreads() throws {
        let directory = try TemporaryDirectory()
        let filter = ["--template", "Infobox election", "--format", "jsonl"]
        let one = try String(contentsOfFile: Self.convert(jobs: 1, extra: filter, in: directory) + "/articles.jsonl", encoding: .utf8)
        let three = try String(contentsOfFile: Self.convert(jobs: 3, extra: filter, in: directory) + "/articles.jsonl", encoding: .utf8)
        let lines = one.split(separator: "\n")
        #expect(lines.count >= 3 && lines.count < Fixtures.corpusFiles().count)  // some kept, some filtered out
        #expect(one == three)
    }
}
