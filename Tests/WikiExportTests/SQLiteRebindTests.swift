import Testing
import TestSupport
import WikiModel
@testable import WikiExport

/// `RowBatch` skips binding a number, NULL or kind a parameter already holds: the stored rows
/// must be the same as if every value were bound, in a new file and when an existing one is updated.
@Suite struct SQLiteRebindTests {
    static let everything = "SELECT * FROM table_cells ORDER BY table_id, row, col"
    static let fields = "SELECT * FROM infobox_fields ORDER BY id"

    @Test func updatingAnExistingFileStoresTheSameRows() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("update.sqlite")
        let first = try SQLiteExporter(path: path)
        try first.write(TestArticles.all + [SQLiteBatchTests.grid])
        let cells = try first.database.query(Self.everything).rows
        let fields = try first.database.query(Self.fields).rows.map { Array($0.dropFirst(2)) }
        try first.finish()

        let again = try SQLiteExporter(path: path)  // existing file: replaced in place, foreign keys on
        try again.write(TestArticles.all + [SQLiteBatchTests.grid])
        #expect(try again.database.query(Self.everything).rows.map { Array($0.dropFirst()) }
                == cells.map { Array($0.dropFirst()) })
        #expect(try again.database.query(Self.fields).rows.map { Array($0.dropFirst(2)) } == fields)
        #expect(try again.database.query("PRAGMA foreign_key_check").rows.isEmpty)
        #expect(!cells.isEmpty)
    }
}
