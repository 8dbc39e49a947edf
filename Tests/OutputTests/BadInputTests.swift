import Foundation
import Testing
import TestSupport
import WikiExport

/// Bad input to the command line (the brief's list): a missing file or an empty folder ends
/// the run with one line; binary data is reported on one line naming the file and line and
/// skipped; ill-formed UTF-8 is reported with file, line and column and read as U+FFFD, so
/// that every output stays well-formed UTF-8. The articles are real ones from Corpus/.
@Suite("Bad input on the command line")
struct BadInputTests {
    struct Run {
        var status: Int32
        var stdout: Data
        var stderr: String
    }

    /// Runs `wikiconv ARGUMENTS` in `folder`.
    static func run(_ arguments: [String], in folder: String) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try InterruptTests.wikiconv())
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let out = folder + "/.stdout", err = folder + "/.stderr"
        #expect(FileManager.default.createFile(atPath: out, contents: nil))
        #expect(FileManager.default.createFile(atPath: err, contents: nil))
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: (try? Data(contentsOf: URL(fileURLWithPath: out))) ?? Data(),
                   stderr: (try? String(contentsOfFile: err, encoding: .utf8)) ?? "")
    }

    /// The election article with `insert` put at the start of PTI's cell in its results table, and the 1-based line and character column of the inserted bytes.
    static func article(inserting insert: [UInt8]) throws -> (bytes: [UInt8], line: Int, column: Int) {
        let text = try Fixtures.corpusBytes("2024_Pakistani_general_election.wikitext")
        let needle = Array("\n|[[Pakistan Tehreek-e-Insaf]]{{efn".utf8)
        guard let at = (0...(text.count - needle.count)).first(where: { text[$0..<$0 + needle.count].elementsEqual(needle) }) else {
            throw InterruptTests.Missing(description: "the article has no results row for PTI")
        }
        let offset = at + 2  // inside the cell, after "\n|"
        let line = text[..<offset].filter { $0 == 0x0A }.count + 1
        let lineStart = text[..<offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let column = text[lineStart..<offset].filter { $0 & 0xC0 != 0x80 }.count + 1
        return (Array(text[..<offset]) + insert + Array(text[offset...]), line, column)
    }

    @Test("ill-formed UTF-8 is reported with file, line and column and read as U+FFFD; the outputs stay UTF-8")
    func illFormedUTF8() throws {
        let bad = try Self.article(inserting: [0xFF, 0xC3])  // a stray byte, then a lead byte with no continuation
        let repaired = try Self.article(inserting: Array("\u{FFFD}\u{FFFD}".utf8))
        let directory = try TemporaryDirectory()
        for (name, bytes) in [("bad", bad.bytes), ("repaired", repaired.bytes)] {
            try FileManager.default.createDirectory(atPath: directory.path(name), withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: directory.path(name) + "/Election.wikitext"))
        }
        let run = try Self.run(["convert", "Election.wikitext", "--format", "jsonl", "--output", "-"], in: directory.path("bad"))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "wikiconv: Election.wikitext:\(bad.line):\(bad.column): invalid UTF-8 (byte 0xFF), read as U+FFFD (2 places in all)\n")
        // The same bytes as converting the text with U+FFFD written in: nothing else changes.
        let expected = try Self.run(["convert", "Election.wikitext", "--format", "jsonl", "--output", "-"], in: directory.path("repaired"))
        #expect(expected.stderr.isEmpty, "\(expected.stderr)")
        #expect(run.stdout == expected.stdout)
        #expect(String(data: run.stdout, encoding: .utf8) != nil)
        let article = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
        let tables = try #require(article["tables"] as? [[String: Any]])
        let texts = tables.flatMap { ($0["rows"] as? [[[String: Any]]] ?? []).flatMap { $0.compactMap { $0["text"] as? String } } }
        #expect(texts.contains { $0.hasPrefix("\u{FFFD}\u{FFFD}Pakistan Tehreek-e-Insaf") })

        // Every other format: well-formed UTF-8 files, and the repaired text in SQLite.
        let all = try Self.run(["convert", "Election.wikitext", "--output", "out"], in: directory.path("bad"))
        #expect(all.status == 0, "\(all.stderr)")
        let root = directory.path("bad") + "/out"
        let files = try FileManager.default.subpathsOfDirectory(atPath: root).filter { !$0.hasSuffix(".sqlite") }
        #expect(files.contains { $0.hasSuffix(".csv") } && files.contains { $0.hasSuffix(".md") })
        for file in files {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: root + "/" + file, isDirectory: &isFolder)
            guard !isFolder.boolValue else { continue }
            let data = try Data(contentsOf: URL(fileURLWithPath: root + "/" + file))
            #expect(String(data: data, encoding: .utf8) != nil, "\(file) is not UTF-8")
        }
        let database = try SQLiteDatabase(path: root + "/wikiconv.sqlite")
        defer { database.close() }
        let count = try database.query("SELECT count(*) > 0 FROM table_cells WHERE substr(text, 1, 26) = char(65533, 65533) || 'Pakistan Tehreek-e-Insaf'")
        #expect(count.rows.first?.first == .integer(1), "\(count.rows)")
    }

    @Test("binary data is reported with file and line and skipped; the other files are converted")
    func binaryFile() throws {
        let directory = try TemporaryDirectory()
        let folder = directory.path("in")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // The binary itself: a real file that is not text.
        let binary = try Data(contentsOf: URL(fileURLWithPath: try InterruptTests.wikiconv()))
        try binary.write(to: URL(fileURLWithPath: folder + "/A_binary.wikitext"))
        try Data(try Fixtures.corpusBytes("2024_Pakistani_general_election.wikitext")).write(to: URL(fileURLWithPath: folder + "/B_election.wikitext"))
        let nul = try #require(binary.firstIndex(of: 0))
        let line = binary[..<nul].filter { $0 == 0x0A }.count + 1
        let run = try Self.run(["convert", "in", "--format", "jsonl", "--output", "-"], in: directory.path(""))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "wikiconv: in/A_binary.wikitext:\(line): binary data (a NUL byte at byte \(nul + 1)), not wikitext; skipped\n")
        let lines = run.stdout.split(separator: 0x0A)
        #expect(lines.count == 1)
        let article = try JSONSerialization.jsonObject(with: Data(lines[0])) as? [String: Any]
        #expect(article?["title"] as? String == "B election")

        // UTF-16 text (the article saved as UTF-16 with its byte-order mark) is named as such.
        let text = String(decoding: try Fixtures.corpusBytes("2024_Pakistani_general_election.wikitext"), as: UTF8.self)
        for (name, encoding) in [("C_le", String.Encoding.utf16LittleEndian), ("D_be", .utf16BigEndian)] {
            let bom: [UInt8] = encoding == .utf16LittleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
            try (Data(bom) + (text.data(using: encoding) ?? Data())).write(to: URL(fileURLWithPath: folder + "/\(name).wikitext"))
        }
        let utf16 = try Self.run(["convert", "in", "--format", "jsonl", "--output", "-"], in: directory.path(""))
        #expect(utf16.status == 0)
        #expect(utf16.stderr.split(separator: "\n").filter { $0.contains("UTF-16 text (a byte-order mark), not UTF-8") }.count == 2,
                "\(utf16.stderr)")
        #expect(utf16.stdout.split(separator: 0x0A).count == 1)

        // `inspect` cannot show a binary file: one line, exit 2.
        let inspect = try Self.run(["inspect", "in/A_binary.wikitext"], in: directory.path(""))
        #expect(inspect.status == 2)
        #expect(inspect.stderr == "wikiconv: in/A_binary.wikitext:\(line): binary data (a NUL byte at byte \(nul + 1)), not wikitext\n")
    }

    @Test("a missing file, a folder with no .wikitext file and a folder given as a file end the run with one line")
    func missingInput() throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: directory.path("empty"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: directory.path("folder.wikitext"), withIntermediateDirectories: true)
        try Data(try Fixtures.corpusBytes("2024_Pakistani_general_election.wikitext")).write(to: URL(fileURLWithPath: directory.path("empty/notes.txt")))
        let cases: [([String], String)] = [
            (["convert", "nothere.wikitext", "--output", "out"], "wikiconv: nothere.wikitext: no such file or folder\n"),
            (["convert", "empty", "--output", "out"], "wikiconv: empty: a folder with no .wikitext files\n"),
            (["validate", "empty"], "wikiconv: empty: a folder with no .wikitext files\n"),
            (["inspect", "folder.wikitext"], "wikiconv: folder.wikitext: is a directory, expected a file\n"),
            (["inspect", "nothere.wikitext"], "wikiconv: nothere.wikitext: no such file\n"),
        ]
        for (arguments, message) in cases {
            let run = try Self.run(arguments, in: directory.path(""))
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stderr == message, "\(arguments)")
        }
        #expect(!FileManager.default.fileExists(atPath: directory.path("out")))
    }

    @Test("a dump page with ill-formed UTF-8 is reported with title, id, line and column, and converted")
    func dumpPage() throws {
        let bad = try Self.article(inserting: [0xFF])
        var xml = Array("<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\" version=\"0.11\">\n<page><title>Election</title><ns>0</ns><id>7</id><revision><id>70</id><text xml:space=\"preserve\">".utf8)
        for b in bad.bytes {
            switch b {
            case UInt8(ascii: "&"): xml += Array("&amp;".utf8)
            case UInt8(ascii: "<"): xml += Array("&lt;".utf8)
            case UInt8(ascii: ">"): xml += Array("&gt;".utf8)
            default: xml.append(b)
            }
        }
        xml += Array("</text></revision></page>\n</mediawiki>\n".utf8)
        let directory = try TemporaryDirectory()
        try Data(xml).write(to: URL(fileURLWithPath: directory.path("dump.xml")))
        let run = try Self.run(["convert", "dump.xml", "--format", "jsonl", "--output", "out"], in: directory.path(""))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "wikiconv: dump.xml: page \"Election\" (id 7), line \(bad.line), column \(bad.column): invalid UTF-8 (byte 0xFF), read as U+FFFD\n")
        let jsonl = try Data(contentsOf: URL(fileURLWithPath: directory.path("out/articles.jsonl")))
        let article = try JSONSerialization.jsonObject(with: jsonl) as? [String: Any]
        #expect(article?["title"] as? String == "Election")
    }
}
