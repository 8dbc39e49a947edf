import Foundation
import Testing
import TestSupport
import WikiModel
@testable import WikiExport

@Suite struct SQLiteExporterTests {
    static let doc = Fixtures.repoRoot.appendingPathComponent("docs/sqlite.md")

    /// One example of docs/sqlite.md: a ```sql block and the ```text block after it.
    struct Example {
        var sql: String
        var expected: [String]
    }

    /// The examples under "## Example queries", in order.
    static func examples() throws -> [Example] {
        let text = try String(contentsOf: doc, encoding: .utf8)
        guard let section = text.range(of: "\n## Example queries") else { return [] }
        var examples: [Example] = []
        var block: [String]?, kind = "", pendingSQL: String?
        for line in text[section.upperBound...].components(separatedBy: "\n") {
            if line.hasPrefix("## ") { break }
            if line.hasPrefix("```") {
                if var lines = block {  // closing fence
                    if kind == "sql" {
                        pendingSQL = lines.joined(separator: "\n")
                    } else if kind == "text", let sql = pendingSQL {
                        lines = lines.filter { !$0.isEmpty }
                        examples.append(Example(sql: sql, expected: lines))
                        pendingSQL = nil
                    }
                    block = nil
                } else {
                    kind = String(line.dropFirst(3))
                    block = []
                }
            } else if block != nil {
                block!.append(line)
            }
        }
        return examples
    }

    /// `col | col` lines: the header, then one line per row (NULL prints as an empty field).
    static func render(_ result: (columns: [String], rows: [[SQLiteValue]])) -> [String] {
        [result.columns.joined(separator: " | ")] + result.rows.map { $0.map(\.description).joined(separator: " | ") }
    }

    static func fixtureDatabase(_ directory: TemporaryDirectory) throws -> SQLiteExporter {
        let exporter = try SQLiteExporter(path: directory.path("wikiconv.sqlite"))
        try exporter.write([TestArticles.pakistan, TestArticles.doncaster])
        return exporter
    }

    @Test func documentedExamplesReturnTheDocumentedRows() throws {
        let directory = try TemporaryDirectory()
        let exporter = try Self.fixtureDatabase(directory)
        let examples = try Self.examples()
        #expect(examples.count >= 5)
        for example in examples {
            let actual = Self.render(try exporter.database.query(example.sql))
            #expect(actual == example.expected, "\(example.sql)\n---\n\(actual.joined(separator: "\n"))")
        }
    }

    @Test func everyTableOfTheDocExists() throws {
        let directory = try TemporaryDirectory()
        let exporter = try Self.fixtureDatabase(directory)
        let names = try exporter.database.query("SELECT name FROM sqlite_schema WHERE type IN ('table', 'view')")
            .rows.map(\.[0].description)
        let text = try String(contentsOf: Self.doc, encoding: .utf8)
        for name in names {
            #expect(text.contains("### `\(name)`"), "docs/sqlite.md does not describe \(name)")
        }
        #expect(names.count >= 13)
    }

    @Test func rewritingAnArticleReplacesItsRows() throws {
        let directory = try TemporaryDirectory()
        let exporter = try Self.fixtureDatabase(directory)
        let counts = "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM table_cells), "
            + "(SELECT count(*) FROM contest_rows), (SELECT count(*) FROM contest_seats), "
            + "(SELECT count(*) FROM infobox_fields), (SELECT count(*) FROM findings), (SELECT count(*) FROM templates_seen)"
        let before = try exporter.database.query(counts).rows
        try exporter.write([TestArticles.pakistan])
        try exporter.write([TestArticles.pakistan, TestArticles.doncaster])
        #expect(try exporter.database.query(counts).rows == before)
        #expect(try exporter.database.query("PRAGMA foreign_key_check").rows.isEmpty)

        // A later run updates the finished file in place, and replaces as well.
        try exporter.finish()
        let again = try SQLiteExporter(path: exporter.path)
        #expect(again.temporaryPath == nil)
        try again.write([TestArticles.doncaster])
        #expect(try again.database.query(counts).rows == before)
        try again.finish()
    }

    @Test func aNewFileAppearsOnlyWhenFinished() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("out/new.sqlite")
        do {
            let abandoned = try SQLiteExporter(path: path)
            try abandoned.write([TestArticles.doncaster])
        }
        #expect(try directory.contents("out").isEmpty, "an exporter dropped without finish() leaves nothing")

        let exporter = try SQLiteExporter(path: path)
        let temporary = try #require(exporter.temporaryPath)
        try exporter.write([TestArticles.doncaster])
        #expect(!FileManager.default.fileExists(atPath: path))
        try exporter.finish()
        try exporter.finish()
        #expect(try directory.contents("out") == ["new.sqlite"])
        #expect(!FileManager.default.fileExists(atPath: temporary))
        #expect(throws: SQLiteError.self) { try exporter.write([TestArticles.pakistan]) }
        let db = try SQLiteDatabase(path: path)
        #expect(try db.query("SELECT count(*) FROM contests").rows == [[.integer(2)]])
    }

    /// For a new file (journal in memory) and for an update in place (rollback journal).
    @Test(arguments: [false, true])
    func aFailingBatchLeavesNothingBehind(inPlace: Bool) throws {
        let directory = try TemporaryDirectory()
        var exporter = try Self.fixtureDatabase(directory)
        if inPlace {
            try exporter.finish()
            exporter = try SQLiteExporter(path: exporter.path)
        }
        try exporter.database.execute("""
            CREATE TRIGGER boom BEFORE INSERT ON findings WHEN NEW.rule = 'boom'
            BEGIN SELECT RAISE(ABORT, 'boom'); END
            """)
        var bad = TestArticles.empty
        bad.title = "bad"
        bad.findings = [Finding(rule: "boom", severity: .error, message: "x")]
        var good = TestArticles.empty
        good.title = "good"
        let error = #expect(throws: SQLiteError.self) { try exporter.write([good, bad]) }
        #expect(error?.message == "boom")
        #expect(try exporter.database.query("SELECT title FROM articles ORDER BY title").rows
                == [[.text(TestArticles.doncasterTitle)], [.text(TestArticles.pakistanTitle)]])
    }

    @Test func awkwardArticlesAreStored() throws {
        let directory = try TemporaryDirectory()
        let exporter = try SQLiteExporter(path: directory.path("x.sqlite"))
        try exporter.write(TestArticles.all)
        let tricky = TestArticles.tricky
        // The title holds a NUL, so it is bound, not spliced into the SQL.
        let select = try exporter.database.prepare("SELECT title, page_id FROM articles WHERE title = ?")
        select.bind(1, tricky.title)
        #expect(try select.step())
        #expect(select.column(0) == .text(tricky.title) && select.column(1) == .integer(Int.max))
        #expect(try exporter.database.query("SELECT count(*) FROM templates_seen WHERE name = 'x'").rows == [[.integer(1)]])
        #expect(try exporter.database.query("SELECT seats FROM contest_rows WHERE votes = \(Int.max)").rows == [[.integer(Int.min)]])
        #expect(try exporter.database.query("SELECT count(*) FROM contest_seats WHERE seat_type = 'a'").rows == [[.integer(1)]])
    }

    @Test func refusesADatabaseOfAnotherSchemaVersion() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("old.sqlite")
        do {
            let db = try SQLiteDatabase(path: path)
            try db.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY); PRAGMA user_version = 99")
        }
        let error = #expect(throws: SQLiteError.self) { _ = try SQLiteExporter(path: path) }
        #expect(error?.message.contains("schema version 99") == true)
    }

    @Test func totalSeatsPreferTheTotalType() {
        #expect(SQLiteExporter.totalSeats(["General": 93, "Total": 93, "Women": 5]) == 93)
        #expect(SQLiteExporter.totalSeats(["General": 75, "Women": 20]) == 95)
        #expect(SQLiteExporter.totalSeats([:]) == nil)
        #expect(SQLiteExporter.totalSeats(["a": Int.max, "b": 1]) == Int.max)
        #expect(SQLiteExporter.totalSeats(OrderedPairs([.init(key: "a", value: 2), .init(key: "a", value: 5)])) == 2)
    }
}
