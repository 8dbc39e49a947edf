import WikiModel

/// When `SQLiteExporter` enforces foreign keys.
extension SQLiteExporter {
    /// Runs `body` (the transaction of one `write(_:)`) with foreign keys enforced only when
    /// `articles` replace an article: one already stored, or one earlier in the batch.
    ///
    /// Enforcement costs a parent lookup for every inserted row, a fifth of the export. It is
    /// needed for the cascading delete of a replaced article's rows; a batch of new articles
    /// deletes nothing, and inserts every parent before its children anyway. The connection is
    /// left with foreign keys on, for whoever queries or deletes through it afterwards.
    func withForeignKeysIfReplacing(_ articles: [Article], _ s: Statements, _ body: () throws -> Void) throws {
        let enforce = try replacesAny(articles, s)
        if !enforce { try database.execute("PRAGMA foreign_keys = OFF") }
        defer { if !enforce { try? database.execute("PRAGMA foreign_keys = ON") } }
        try body()
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
