import CSQLite3

/// A prepared statement, compiled once with `SQLITE_PREPARE_PERSISTENT` and reused:
/// bind parameters (1-based), `step()`, read columns (0-based), `reset()`.
public final class SQLiteStatement {
    /// The raw `sqlite3_stmt*`.
    public let handle: OpaquePointer
    /// The SQL it was compiled from.
    public let sql: String
    // Keeps the connection open for as long as the statement lives.
    private let database: SQLiteDatabase

    init(database: SQLiteDatabase, sql: String) throws {
        var statement: OpaquePointer?
        let rc = sqlite3_prepare_v3(database.handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard rc == SQLITE_OK, let statement else {
            throw SQLiteError(code: rc, message: database.lastErrorMessage, sql: sql)
        }
        handle = statement
        self.sql = sql
        self.database = database
    }

    deinit { sqlite3_finalize(handle) }

    /// Binds an integer, or NULL for nil.
    public func bind(_ index: Int32, _ value: Int?) {
        if let value { sqlite3_bind_int64(handle, index, Int64(value)) } else { sqlite3_bind_null(handle, index) }
    }

    /// Binds a double, or NULL for nil and for NaN (SQLite would store NaN as NULL anyway).
    public func bind(_ index: Int32, _ value: Double?) {
        if let value, !value.isNaN { sqlite3_bind_double(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    /// Binds text (copied by SQLite), or NULL for nil.
    public func bind(_ index: Int32, _ value: String?) {
        guard var value else {
            sqlite3_bind_null(handle, index)
            return
        }
        value.withUTF8 { utf8 in
            guard let base = utf8.baseAddress, utf8.count > 0 else {
                // A nil pointer would bind NULL; "" must stay an empty string.
                sqlite3_bind_text(handle, index, "", 0, csqlite3_static())
                return
            }
            base.withMemoryRebound(to: CChar.self, capacity: utf8.count) { chars in
                _ = sqlite3_bind_text64(handle, index, chars, sqlite3_uint64(utf8.count),
                                        csqlite3_transient(), UInt8(SQLITE_UTF8))
            }
        }
    }

    /// Binds UTF-8 text that SQLite does not copy (`SQLITE_STATIC`): the bytes must stay as they
    /// are until the statement has run and every parameter is bound again. `text` must not be nil
    /// for an empty string, or SQLite binds NULL.
    func bind(_ index: Int32, unownedText text: UnsafePointer<UInt8>, count: Int) {
        text.withMemoryRebound(to: CChar.self, capacity: count) { chars in
            _ = sqlite3_bind_text64(handle, index, chars, sqlite3_uint64(count), csqlite3_static(), UInt8(SQLITE_UTF8))
        }
    }

    /// Binds a boolean as 0 or 1.
    public func bind(_ index: Int32, _ value: Bool) {
        sqlite3_bind_int64(handle, index, value ? 1 : 0)
    }

    /// Advances: true when a row is ready to read, false when the statement is done.
    public func step() throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let rc: throw SQLiteError(code: rc, message: database.lastErrorMessage, sql: sql)
        }
    }

    /// Steps to completion and resets, ready for the next bindings (INSERT, UPDATE, DELETE).
    public func run() throws {
        defer { reset() }
        while try step() {}
    }

    /// Steps to completion and rewinds, keeping the bindings: for statements whose every
    /// parameter is bound again before each run (the exporter's inserts), where clearing them
    /// is wasted work.
    func runKeepingBindings() throws {
        defer { sqlite3_reset(handle) }
        while try step() {}
    }

    /// Rewinds the statement and clears its bindings.
    public func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// Number of result columns.
    public var columnCount: Int32 { sqlite3_column_count(handle) }

    /// The name of result column `index`.
    public func columnName(_ index: Int32) -> String {
        sqlite3_column_name(handle, index).map { String(cString: $0) } ?? ""
    }

    /// The value of result column `index` in the current row.
    public func column(_ index: Int32) -> SQLiteValue {
        switch sqlite3_column_type(handle, index) {
        case SQLITE_INTEGER: return .integer(Int(sqlite3_column_int64(handle, index)))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, index))
        case SQLITE_TEXT:
            let count = Int(sqlite3_column_bytes(handle, index))
            guard let text = sqlite3_column_text(handle, index) else { return .text("") }
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(handle, index))
            guard let blob = sqlite3_column_blob(handle, index) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: blob, count: count)))
        default: return .null
        }
    }
}
