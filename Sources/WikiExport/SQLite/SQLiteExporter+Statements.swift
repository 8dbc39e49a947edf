/// The prepared statements of `SQLiteExporter`, compiled once per connection: single-row
/// inserts for the rows whose id a child row needs, batches for the rest.
extension SQLiteExporter {
    struct Statements {
        let findArticle, deleteArticle, article, infobox, table, contest, contestRow: SQLiteStatement
        let templates, fields, columns, cells, seats, findings: RowBatch

        init(_ db: SQLiteDatabase) throws {
            findArticle = try db.prepare("SELECT 1 FROM articles WHERE title = ?")
            deleteArticle = try db.prepare("DELETE FROM articles WHERE title = ?")
            article = try db.prepare("INSERT INTO articles (title, path, page_id, revision_id) VALUES (?, ?, ?, ?)")
            infobox = try db.prepare("INSERT INTO infoboxes (article_id, position, template, line) VALUES (?, ?, ?, ?)")
            table = try db.prepare("""
                INSERT INTO tables (article_id, position, section, caption, line, class, header_rows, row_count,
                    column_count, parent_table, parent_row, parent_col) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            contest = try db.prepare("""
                INSERT INTO contests (article_id, position, kind, title, section, line, seat_types, valid, invalid,
                    blank, electorate, turnout, turnout_percent, majority, majority_percent, result, result_party,
                    from_party, to_party, swing, quota) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            contestRow = try db.prepare("""
                INSERT INTO contest_rows (contest_id, position, party, candidate, votes, percent, percent_computed,
                    seats, seat_change, swing, elected, notes, line, counts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            // First entry wins for a repeated template name, as in the JSON.
            templates = RowBatch(db, table: "templates_seen", columns: ["article_id", "name", "count"], orIgnore: true)
            fields = RowBatch(db, table: "infobox_fields", columns: [
                "infobox_id", "position", "key", "group_index", "raw", "text", "kind", "number", "low", "high", "unit",
                "iso", "status", "notes", "line"])
            columns = RowBatch(db, table: "table_columns", columns: ["table_id", "col", "name"], orIgnore: true)
            cells = RowBatch(db, table: "table_cells", columns: [
                "table_id", "row", "col", "origin_row", "origin_col", "header", "raw", "text", "kind", "number",
                "style_party", "notes"], orIgnore: true)
            seats = RowBatch(db, table: "contest_seats", columns: ["row_id", "position", "seat_type", "seats"],
                             orIgnore: true)
            findings = RowBatch(db, table: "findings", columns: [
                "article_id", "rule", "severity", "message", "expected", "actual", "file", "line", "table_position",
                "infobox_position", "contest_position", "row", "col", "field"])
        }

        /// Every batch, in the order they are flushed.
        var batches: [RowBatch] { [templates, fields, columns, cells, seats, findings] }
    }
}
