import CSQLite3
import Foundation
import WikiModel

/// Writes articles into an SQLite database with the schema of `SQLiteSchema`.
///
/// - A **new file** is built under a temporary name beside `path` with the journal in memory
///   and no syncing (fast), and `finish()` renames it into place: a run that fails or is
///   killed never leaves a partial database behind.
/// - An **existing file** is updated in place, one transaction per `write(_:)`, with SQLite's
///   rollback journal: a killed run loses only its unfinished batch. An article already in the
///   database (same title) is replaced, so converting again never duplicates rows.
///
/// Call `finish()` when done; an exporter dropped without it discards a new file.
///
/// ```swift
/// let exporter = try SQLiteExporter(path: "Output/wikiconv.sqlite")
/// try exporter.write(articles)
/// try exporter.finish()
/// ```
public final class SQLiteExporter {
    /// Where the database ends up.
    public let path: String
    /// The connection (to the temporary file while a new database is being built), for queries
    /// before `finish()`, with foreign keys enforced.
    public var database: SQLiteDatabase {
        enforceForeignKeys()
        return connection
    }
    /// The connection as the exporter uses it (foreign keys as the last batch left them).
    let connection: SQLiteDatabase
    /// Whether the connection enforces foreign keys now (see `withForeignKeysIfReplacing`).
    var foreignKeysOn = true
    /// The temporary file of a new database, or nil when updating an existing one.
    public let temporaryPath: String?
    var statements: Statements?
    private var finished = false
    // Reused to write notes and seat types as small JSON texts.
    var json = JSONWriter(style: .compact, capacity: 1024)

    /// Opens the database at `path` to update it, or starts a new one if there is no file yet.
    public init(path: String) throws {
        self.path = path
        let isNew = path != ":memory:" && !path.isEmpty && !FileManager.default.fileExists(atPath: path)
        let temporary = isNew ? AtomicFile.temporaryPath(for: path) : nil
        temporaryPath = temporary
        if let temporary { Pending.shared.add(temporary) }
        do {
            connection = try SQLiteDatabase(path: temporary ?? path)
            // A new file is renamed into place only when complete, so it needs no durable journal;
            // MEMORY still lets a failed batch roll back. NORMAL is safe against a killed process.
            try connection.execute(isNew ? "PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF;"
                                         : "PRAGMA synchronous = NORMAL;")
            try connection.execute("PRAGMA foreign_keys = ON; PRAGMA cache_size = -32768;")
            try SQLiteSchema.create(in: connection)
            statements = try Statements(connection)
        } catch {
            if let temporary { Self.remove(temporary) }
            throw error
        }
    }

    deinit {
        guard !finished else { return }
        statements = nil
        connection.close()
        if let temporaryPath { Self.remove(temporaryPath) }
    }

    /// Inserts (or replaces) a batch of articles in one transaction; on error nothing of the batch stays.
    public func write(_ articles: [Article]) throws {
        guard let statements, !finished else {
            throw SQLiteError(code: SQLITE_MISUSE, message: "the exporter is finished", sql: nil)
        }
        do {
            try withForeignKeysIfReplacing(articles, statements) { replacing in
                try connection.transaction {
                    for article in articles { try insert(article, statements, flushing: replacing) }
                    for batch in statements.batches { try batch.flush() }
                }
            }
        } catch {
            for batch in statements.batches { batch.discard() }
            throw error
        }
    }

    /// Closes the database and, for a new one, renames it into place (replacing any file that
    /// appeared at `path` meanwhile). Calling it again does nothing.
    public func finish() throws {
        guard !finished else { return }
        finished = true
        statements = nil  // finalizes them, so the connection really closes
        connection.close()
        guard let temporaryPath else { return }
        defer { Self.remove(temporaryPath) }
        if rename(temporaryPath, path) != 0 { throw OutputError.fromErrno("rename to \(path)", temporaryPath) }
    }

    private static func remove(_ temporary: String) {
        unlink(temporary)
        Pending.shared.remove(temporary)
    }

    /// Inserts one article. With `flushing`, its batched rows are sent before returning, so
    /// that a later article's delete of the same title sees them; a batch of new articles
    /// deletes nothing, and sends full statements for longer (fewer short statements, and
    /// fewer statement sizes to compile).
    func insert(_ article: Article, _ s: Statements, flushing: Bool) throws {
        s.deleteArticle.bind(1, article.title)
        try s.deleteArticle.run()

        s.article.bind(1, article.title)
        s.article.bind(2, article.source.path)
        s.article.bind(3, article.source.pageId)
        s.article.bind(4, article.source.revisionId)
        try s.article.runKeepingBindings()
        let articleID = connection.lastInsertRowID

        for entry in article.templatesSeen {
            s.templates.add(articleID)
            s.templates.add(entry.key)
            s.templates.add(entry.value)
            try s.templates.endRow()
        }
        for (position, infobox) in article.infoboxes.enumerated() {
            try insert(infobox, position: position + 1, articleID: articleID, s)
        }
        for table in article.tables { try insert(table, articleID: articleID, s) }
        for (position, contest) in article.contests.enumerated() {
            try insert(contest, position: position + 1, articleID: articleID, s)
        }
        for finding in article.findings { try insert(finding, articleID: articleID, s) }
        if flushing { for batch in s.batches { try batch.flush() } }
    }
}
