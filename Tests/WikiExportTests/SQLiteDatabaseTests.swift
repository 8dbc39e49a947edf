import Foundation
import TestSupport
import Testing
@testable import WikiExport

@Suite struct SQLiteDatabaseTests {
    @Test func bindsEveryTypeAndReadsItBack() throws {
        let db = try SQLiteDatabase(path: ":memory:")
        try db.execute("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b INTEGER)")
        let insert = try db.prepare("INSERT INTO t VALUES (?, ?, ?, ?)")
        insert.bind(1, Int.min)
        insert.bind(2, 23.64)
        insert.bind(3, "ünï \"'\n🇵🇰")
        insert.bind(4, true)
        try insert.run()
        insert.bind(1, nil as Int?)
        insert.bind(2, Double.nan)
        insert.bind(3, "")
        insert.bind(4, false)
        try insert.run()
        insert.bind(3, nil as String?)
        try insert.run()  // bindings were cleared by the reset: all NULL
        let rows = try db.query("SELECT i, r, s, b FROM t ORDER BY rowid").rows
        #expect(rows == [
            [.integer(Int.min), .real(23.64), .text("ünï \"'\n🇵🇰"), .integer(1)],
            [.null, .null, .text(""), .integer(0)],
            [.null, .null, .null, .null],
        ])
        #expect(db.lastInsertRowID == 3)
    }

    @Test func errorsCarrySQLitesMessage() throws {
        let db = try SQLiteDatabase(path: ":memory:")
        let bad = #expect(throws: SQLiteError.self) { _ = try db.prepare("SELEC 1") }
        #expect(bad?.message.contains("syntax error") == true)
        #expect(bad?.description.contains("SELEC 1") == true)

        try db.execute("CREATE TABLE u (x TEXT UNIQUE)")
        let insert = try db.prepare("INSERT INTO u VALUES (?)")
        insert.bind(1, "a")
        try insert.run()
        insert.bind(1, "a")
        let duplicate = #expect(throws: SQLiteError.self) { try insert.run() }
        #expect(duplicate?.message.contains("UNIQUE constraint failed") == true)
    }

    @Test func transactionRollsBackWhenTheBodyThrows() throws {
        struct Boom: Error {}
        let db = try SQLiteDatabase(path: ":memory:")
        try db.execute("CREATE TABLE t (x)")
        #expect(throws: Boom.self) {
            try db.transaction {
                try db.execute("INSERT INTO t VALUES (1)")
                throw Boom()
            }
        }
        #expect(try db.query("SELECT count(*) FROM t").rows == [[.integer(0)]])
        try db.transaction { try db.execute("INSERT INTO t VALUES (1)") }
        #expect(try db.query("SELECT count(*) FROM t").rows == [[.integer(1)]])
    }

    @Test func aClosedDatabaseThrowsInsteadOfCrashing() throws {
        let db = try SQLiteDatabase(path: ":memory:")
        let statement = try db.prepare("SELECT 1")
        db.close()
        db.close()
        #expect(!db.isOpen && db.lastInsertRowID == 0)
        #expect(throws: SQLiteError.self) { try db.execute("SELECT 1") }
        #expect(throws: SQLiteError.self) { _ = try db.prepare("SELECT 1") }
        _ = statement  // still usable memory-wise: close_v2 waits for its statements
    }

    @Test func openingAnImpossiblePathThrows() {
        #expect(throws: SQLiteError.self) { _ = try SQLiteDatabase(path: "/nonexistent-dir/x/y.sqlite") }
    }
}
