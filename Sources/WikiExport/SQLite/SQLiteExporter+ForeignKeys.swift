import WikiModel

/// When `SQLiteExporter` enforces foreign keys.
extension SQLiteExporter {
    /// Runs `body` (the transaction of one `write(_:)`) with foreign keys enforced only when
    /// `articles` replace an article: one already stored, or one earlier in the batch. `body`
    /// is told which.
    ///
    /// Enforcement costs a parent lookup for every inserted row, a fifth of the export. It is
    /// needed for the cascading delete of a replaced article's rows; a batch of new articles
    /// deletes nothing, and inserts every parent before its children anyway.
    ///
    /// The setting is changed only when it differs and is left as it is after the batch: a
    /// `PRAGMA foreign_keys` expires every prepared statement, and recompiling the batch
    /// inserts for every `write(_:)` costs more than the batch's small tables. `database`
    /// turns enforcement back on for whoever queries or deletes through it.
    func withForeignKeysIfReplacing(_ articles: [Article], _ s: Statements, _ body: (_ replacing: Bool) throws -> Void) throws {
        let replacing = try replacesAny(articles, s)
        try setForeignKeys(replacing)
        try body(replacing)
    }

    /// Turns enforcement on, if a batch left it off (should that fail, it stays off).
    func enforceForeignKeys() {
        try? setForeignKeys(true)
    }

    private func setForeignKeys(_ on: Bool) throws {
        guard on != foreignKeysOn, connection.isOpen else { return }
        try connection.execute(on ? "PRAGMA foreign_keys = ON" : "PRAGMA foreign_keys = OFF")
        foreignKeysOn = on
    }

    private func replacesAny(_ articles: [Article], _ s: Statements) throws -> Bool {
        var titles = Set<String>()
        for article in articles {
            guard titles.insert(article.title).inserted else { return true }
            s.findArticle.bind(1, article.title)
            defer { s.findArticle.reset() }
            if try s.findArticle.step() { return true }
        }
        return false
    }
}
