import WikiModel

extension SQLiteExporter {
    /// The `table_cells` inserts, most of the database's rows, sent many rows per statement:
    /// run one row at a time, SQLite spends more on starting and ending each statement run
    /// than on the insert itself. Rows wait here until a statement's worth is ready; `flush()`
    /// sends the rest one by one (the exporter calls it after every article, so a later
    /// article's delete of the same title sees every row). Row order, and so which of two
    /// rows for one slot `OR IGNORE` keeps, is the order of `add(_:)`.
    final class CellRows {
        /// One `table_cells` row, parameters in the order of the INSERT.
        struct Row {
            var table, row, col, originRow, originCol: Int
            var header: Bool
            var raw, text, kind: String
            var number: Double?
            var styleParty, notes: String?
        }

        static let rowsPerStatement = 32
        static let columns = "table_id, row, col, origin_row, origin_col, header, raw, text, kind, number, style_party, notes"
        static let parametersPerRow: Int32 = 12

        /// The single-row insert, for what is left at a flush.
        let one: SQLiteStatement
        /// The insert of `rowsPerStatement` rows.
        let many: SQLiteStatement
        private var pending: [Row] = []

        init(_ db: SQLiteDatabase) throws {
            let values = "(" + Array(repeating: "?", count: Int(Self.parametersPerRow)).joined(separator: ", ") + ")"
            one = try db.prepare("INSERT OR IGNORE INTO table_cells (\(Self.columns)) VALUES \(values)")
            many = try db.prepare("INSERT OR IGNORE INTO table_cells (\(Self.columns)) VALUES "
                                  + Array(repeating: values, count: Self.rowsPerStatement).joined(separator: ", "))
            pending.reserveCapacity(Self.rowsPerStatement)
        }

        /// Queues a row, inserting a full statement's worth when there is one.
        func add(_ row: Row) throws {
            pending.append(row)
            guard pending.count == Self.rowsPerStatement else { return }
            defer { pending.removeAll(keepingCapacity: true) }
            for (index, row) in pending.enumerated() { bind(row, to: many, at: Int32(index) * Self.parametersPerRow) }
            try many.runKeepingBindings()
        }

        /// Inserts the queued rows.
        func flush() throws {
            defer { pending.removeAll(keepingCapacity: true) }
            for row in pending {
                bind(row, to: one, at: 0)
                try one.runKeepingBindings()
            }
        }

        /// Forgets the queued rows (after a failed batch, which is rolled back).
        func discard() { pending.removeAll(keepingCapacity: true) }

        private func bind(_ row: Row, to statement: SQLiteStatement, at offset: Int32) {
            statement.bind(offset + 1, row.table)
            statement.bind(offset + 2, row.row)
            statement.bind(offset + 3, row.col)
            statement.bind(offset + 4, row.originRow)
            statement.bind(offset + 5, row.originCol)
            statement.bind(offset + 6, row.header)
            statement.bind(offset + 7, row.raw)
            statement.bind(offset + 8, row.text)
            statement.bind(offset + 9, row.kind)
            statement.bind(offset + 10, row.number)
            statement.bind(offset + 11, row.styleParty)
            statement.bind(offset + 12, row.notes)
        }
    }
}
