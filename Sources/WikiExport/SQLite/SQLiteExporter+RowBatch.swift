import WikiModel

extension SQLiteExporter {
    /// The inserts into one table, sent many rows per statement: run one row at a time, SQLite
    /// spends more on starting and ending each statement run than on the insert itself.
    ///
    /// A row is its values `add`ed in column order, then `endRow()`. Values wait here until a
    /// statement's worth of rows is ready; text is copied into one buffer and bound from there
    /// without SQLite copying it again (one allocation per text value otherwise). `flush()`
    /// sends the rest in statements of 16, 8, 4, 2 and 1 rows (the exporter flushes at the end
    /// of each write, and after every article when one may be deleted again). Row order, and
    /// so which of two rows for one key `OR IGNORE` keeps, is the order of `endRow()`.
    final class RowBatch {
        static let maxRows = 32

        private let database: SQLiteDatabase
        /// `INSERT … INTO table (columns) VALUES ` without the value lists.
        private let insert: String
        private let width: Int
        /// The statement for `n` rows at index `n`, compiled when first needed.
        private var statements: [SQLiteStatement?]
        /// What each parameter of the statement at index `n` holds now (`n * width` slots).
        private var bound: [BoundValues?]
        /// `maxRows * width` slots: never more are pending.
        private let values: UnsafeMutablePointer<BatchValue>
        // Unchecked: only this class touches them, never re-entrantly (the checks cost more than the work).
        @exclusivity(unchecked) private var filled = 0
        @exclusivity(unchecked) private var rows = 0
        @exclusivity(unchecked) private var text = ByteBuffer(capacity: 1 << 14)

        /// Batches `INSERT [OR IGNORE] INTO table (columns)`.
        init(_ database: SQLiteDatabase, table: String, columns: [String], orIgnore: Bool = false) {
            self.database = database
            insert = "INSERT \(orIgnore ? "OR IGNORE " : "")INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
            width = columns.count
            statements = Array(repeating: nil, count: Self.maxRows + 1)
            bound = Array(repeating: nil, count: Self.maxRows + 1)
            values = .allocate(capacity: Self.maxRows * columns.count)
        }

        deinit { values.deallocate() }

        func add(_ value: Int?) { append(value.map(BatchValue.integer) ?? .null) }

        func add(_ value: Bool) { append(.integer(value ? 1 : 0)) }

        func add(_ value: Double?) { append(value.map(BatchValue.real) ?? .null) }

        func add(_ value: String?) {
            guard let value else { return append(.null) }
            value.withUTF8Bytes { add(text: UnsafeRawBufferPointer($0)) }
        }

        /// Adds a kind's name, bound with no copy from its static string (`Value.Kind.staticName`).
        func add(_ kind: WikiModel.Value.Kind) {
            let name = kind.staticName
            append(.constant(name.utf8Start, count: name.utf8CodeUnitCount))
        }

        /// Adds UTF-8 text, such as a JSON writer's output.
        func add(text bytes: UnsafeRawBufferPointer) {
            append(.text(offset: text.count, count: bytes.count))
            text.append(bytes)
        }

        /// Ends the row begun by the values added since the last one; sends a full batch.
        func endRow() throws {
            precondition(filled == (rows + 1) * width, "RowBatch: a row of the wrong width")
            rows += 1
            guard rows == Self.maxRows else { return }
            defer { discard() }
            try send(rows: rows, from: 0)
        }

        /// Inserts the pending rows.
        func flush() throws {
            defer { discard() }
            var first = 0, size = Self.maxRows / 2
            while first < rows {
                while size > rows - first { size /= 2 }
                try send(rows: size, from: first)
                first += size
            }
        }

        /// Forgets the pending rows (after a failed batch, which is rolled back).
        func discard() {
            filled = 0
            rows = 0
            text.removeAll()
        }

        private func append(_ value: BatchValue) {
            precondition(filled < Self.maxRows * width, "RowBatch: a row wider than its columns")
            (values + filled).initialize(to: value)
            filled += 1
        }

        /// Binds `count` rows from row `first` on and runs them as one statement. Text is bound
        /// before each run, so text bound from `text` is never read after the buffer moves on;
        /// a number or NULL that the parameter already holds is not bound again (a statement
        /// keeps its bindings across runs, and rebinding costs SQLite about 100 instructions).
        private func send(rows count: Int, from first: Int) throws {
            let statement = try self.statement(rows: count)
            let held = bound[count]!
            let start = first * width
            for i in 0..<(count * width) {
                let value = values[start + i]
                guard !held.holds(value, at: i) else { continue }
                held.set(value, at: i)
                let index = Int32(i + 1)
                switch value {
                case .null: statement.bind(index, nil as Int?)
                case .integer(let value): statement.bind(index, value)
                case .real(let value): statement.bind(index, value)
                case .text(let offset, let length): statement.bind(index, unownedText: text.base + offset, count: length)
                case .constant(let bytes, let length): statement.bind(index, unownedText: bytes, count: length)
                }
            }
            try statement.runKeepingBindings()
        }

        private func statement(rows count: Int) throws -> SQLiteStatement {
            if let statement = statements[count] { return statement }
            let row = "(" + Array(repeating: "?", count: width).joined(separator: ", ") + ")"
            let statement = try database.prepare(insert + Array(repeating: row, count: count).joined(separator: ", "))
            statements[count] = statement
            bound[count] = BoundValues(count: count * width)
            return statement
        }
    }
}
