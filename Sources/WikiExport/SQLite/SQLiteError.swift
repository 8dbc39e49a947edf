/// An SQLite call that failed, with SQLite's own message.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    /// The SQLite result code (`SQLITE_CONSTRAINT`, …), extended when available.
    public var code: Int32
    /// `sqlite3_errmsg` at the time of the failure.
    public var message: String
    /// The statement concerned, when there is one.
    public var sql: String?

    /// Creates an error.
    public init(code: Int32, message: String, sql: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
    }

    /// `SQLite error CODE: MESSAGE (in: SQL)`.
    public var description: String {
        var text = "SQLite error \(code): \(message)"
        if let sql { text += " (in: \(sql.prefix(200)))" }
        return text
    }
}

/// One column value read back from a query.
public enum SQLiteValue: Sendable, Equatable, CustomStringConvertible {
    /// SQL NULL.
    case null
    /// An INTEGER.
    case integer(Int)
    /// A REAL.
    case real(Double)
    /// TEXT.
    case text(String)
    /// A BLOB.
    case blob([UInt8])

    /// The value as the `sqlite3` shell prints it in list mode (NULL as the empty string).
    public var description: String {
        switch self {
        case .null: ""
        case .integer(let value): String(value)
        case .real(let value): String(value)
        case .text(let value): value
        case .blob(let value): "<\(value.count) bytes>"
        }
    }
}
