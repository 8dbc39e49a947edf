import CSQLite3

/// A connection to an SQLite database file: the small part of the C API an exporter needs.
///
/// Not thread-safe: use one connection from one thread at a time.
public final class SQLiteDatabase {
    /// The raw `sqlite3*` handle, for calls this wrapper does not cover (valid while `isOpen`).
    public let handle: OpaquePointer
    /// The file path (`:memory:` for an in-memory database).
    public let path: String
    /// False after `close()`.
    public private(set) var isOpen = true

    /// Opens (creating if needed) the database at `path`.
    public init(path: String) throws {
        _ = Self.configured
        var db: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close_v2(db)
            throw SQLiteError(code: rc, message: message, sql: nil)
        }
        sqlite3_extended_result_codes(db, 1)
        handle = db
        self.path = path
    }

    deinit { close() }

    /// Process-wide settings, made once before SQLite is first used.
    private static let configured: Bool = csqlite3_disable_memstatus() == SQLITE_OK

    /// Closes the connection (once all its statements are released). Later calls throw.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        sqlite3_close_v2(handle)
    }

    /// Runs one or more statements that return no rows we need (DDL, pragmas).
    public func execute(_ sql: String) throws {
        try checkOpen(sql)
        var message: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &message)
        guard rc == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? lastErrorMessage
            sqlite3_free(message)
            throw SQLiteError(code: rc, message: text, sql: sql)
        }
    }

    /// Compiles one statement for repeated use.
    public func prepare(_ sql: String) throws -> SQLiteStatement {
        try checkOpen(sql)
        return try SQLiteStatement(database: self, sql: sql)
    }

    /// Runs `body` inside `BEGIN IMMEDIATE … COMMIT`; if it throws, rolls back and rethrows.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// Runs a query and returns every row (for tests, docs and small lookups, not bulk reads).
    public func query(_ sql: String) throws -> (columns: [String], rows: [[SQLiteValue]]) {
        let statement = try prepare(sql)
        var rows: [[SQLiteValue]] = []
        while try statement.step() {
            rows.append((0..<statement.columnCount).map { statement.column($0) })
        }
        return ((0..<statement.columnCount).map { statement.columnName($0) }, rows)
    }

    /// The rowid of the last successful INSERT on this connection.
    public var lastInsertRowID: Int { isOpen ? Int(sqlite3_last_insert_rowid(handle)) : 0 }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    public var changes: Int { isOpen ? Int(sqlite3_changes(handle)) : 0 }

    private func checkOpen(_ sql: String) throws {
        guard isOpen else { throw SQLiteError(code: SQLITE_MISUSE, message: "database is closed", sql: sql) }
    }

    /// `sqlite3_errmsg` now.
    public var lastErrorMessage: String { isOpen ? String(cString: sqlite3_errmsg(handle)) : "database is closed" }
}
