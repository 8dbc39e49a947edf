import Testing
import TestSupport
import WikiModel
@testable import WikiExport

/// The batched inserts and the foreign-key switch of `SQLiteExporter`.
@Suite struct SQLiteBatchTests {
    /// 23 rows of 3 cells: 69 rows go out as statements of 32, 32, 4 and 1 rows.
    static var grid: Article {
        let rows = (0..<23).map { row in
            (0..<3).map { col in
                Cell(text: row == 5 && col == 1 ? "" : "r\(row)c\(col)", raw: "", origin: GridPosition(row: row, col: col),
                     line: row + 1)
            }
        }
        return Article(title: "grid", tables: [Table(index: 1, line: 1, columns: ["a", "b", "c"], rows: rows)])
    }

    @Test func everyRowIsStoredWhateverTheBatchSize() throws {
        let directory = try TemporaryDirectory()
        let exporter = try SQLiteExporter(path: directory.path("grid.sqlite"))
        try exporter.write([Self.grid])
        let stored = try exporter.database.query("SELECT row, col, text FROM table_cells ORDER BY row, col").rows
        let expected: [[SQLiteValue]] = Self.grid.tables[0].rows.joined().map { cell in
            [.integer(cell.origin.row), .integer(cell.origin.col), .text(cell.text)]
        }
        #expect(stored == expected)  // the empty text too: bound as '', not NULL
        #expect(try exporter.database.query("SELECT count(*) FROM table_columns").rows == [[.integer(3)]])
    }

    @Test func aBatchRepeatingAnArticleStoresItOnce() throws {
        let directory = try TemporaryDirectory()
        let once = try SQLiteExporter(path: directory.path("once.sqlite"))
        try once.write([TestArticles.doncaster])
        let twice = try SQLiteExporter(path: directory.path("twice.sqlite"))
        try twice.write([TestArticles.doncaster, TestArticles.doncaster])
        let counts = "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM contests), "
            + "(SELECT count(*) FROM contest_rows), (SELECT count(*) FROM templates_seen)"
        #expect(try twice.database.query(counts).rows == once.database.query(counts).rows)
        #expect(try twice.database.query("PRAGMA foreign_key_check").rows.isEmpty)
    }

    @Test func foreignKeysAreOnBetweenBatches() throws {
        let directory = try TemporaryDirectory()
        let exporter = try SQLiteExporter(path: directory.path("fk.sqlite"))
        try exporter.write([Self.grid])  // new articles only: written without enforcement
        #expect(try exporter.database.query("PRAGMA foreign_keys").rows == [[.integer(1)]])
        try exporter.database.execute("DELETE FROM articles")
        #expect(try exporter.database.query("SELECT count(*) FROM table_cells").rows == [[.integer(0)]])
    }
}
