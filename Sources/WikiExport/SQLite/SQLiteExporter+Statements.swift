/// The prepared INSERT and DELETE statements of `SQLiteExporter`, compiled once per connection.
extension SQLiteExporter {
    struct Statements {
        let deleteArticle, article, template, infobox, field: SQLiteStatement
        let table, column, contest, contestRow, seat, finding: SQLiteStatement
        let cells: CellRows

        init(_ db: SQLiteDatabase) throws {
            deleteArticle = try db.prepare("DELETE FROM articles WHERE title = ?")
            article = try db.prepare("INSERT INTO articles (title, path, page_id, revision_id) VALUES (?, ?, ?, ?)")
            // First entry wins for a repeated template name, as in the JSON.
            template = try db.prepare("INSERT OR IGNORE INTO templates_seen (article_id, name, count) VALUES (?, ?, ?)")
            infobox = try db.prepare("INSERT INTO infoboxes (article_id, position, template, line) VALUES (?, ?, ?, ?)")
            field = try db.prepare("""
                INSERT INTO infobox_fields (infobox_id, position, key, group_index, raw, text, kind, number,
                    low, high, unit, iso, status, notes, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            table = try db.prepare("""
                INSERT INTO tables (article_id, position, section, caption, line, class, header_rows, row_count,
                    column_count, parent_table, parent_row, parent_col) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            column = try db.prepare("INSERT OR IGNORE INTO table_columns (table_id, col, name) VALUES (?, ?, ?)")
            cells = try CellRows(db)
            contest = try db.prepare("""
                INSERT INTO contests (article_id, position, kind, title, section, line, seat_types, valid, invalid,
                    blank, electorate, turnout, turnout_percent, majority, majority_percent, result, result_party,
                    from_party, to_party, swing) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            contestRow = try db.prepare("""
                INSERT INTO contest_rows (contest_id, position, party, candidate, votes, percent, percent_computed,
                    seats, seat_change, swing, elected, notes, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            seat = try db.prepare("INSERT OR IGNORE INTO contest_seats (row_id, position, seat_type, seats) VALUES (?, ?, ?, ?)")
            finding = try db.prepare("""
                INSERT INTO findings (article_id, rule, severity, message, expected, actual, file, line,
                    table_position, infobox_position, contest_position, row, col, field)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        }
    }
}
