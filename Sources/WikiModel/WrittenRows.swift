/// A table's rows as written (``Table/rawRows``): each row's own cells with their `rowspan`
/// and `colspan` as written, read from the table's ``TableCells``.
public struct WrittenRows: RandomAccessCollection, Sendable {
    @usableFromInline let storage: TableCells

    /// The written rows of `storage`.
    public init(_ storage: TableCells) {
        self.storage = storage
    }

    /// Written rows holding exactly these cells.
    public init(_ rows: [[Cell]]) {
        storage = rows.isEmpty ? .empty : TableCells(written: rows)
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { storage.writtenStarts.count - 1 }

    @inlinable
    public subscript(r: Int) -> WrittenRow {
        let row = storage.writtenBounds(r)
        return WrittenRow(storage: storage, start: row.start, end: row.end)
    }

    /// True when the grid `rows` reads the same stored cells (every built table).
    @inlinable
    func shares(_ rows: GridRows) -> Bool { rows.storage === storage }

    /// Written cell `index` of row `r` as a reference into the grid `rows`, which ``shares(_:)``
    /// its cells: judged by where they are stored, nil when the slot at the cell's origin
    /// names another cell (or the cell is outside the grid).
    @inlinable
    func reference(row r: Int, at index: Int, in rows: GridRows) -> Table.WrittenReference? {
        precondition(shares(rows), "the grid reads other cells")
        let row = storage.writtenBounds(r)
        let k = row.start + index
        precondition(index >= 0 && k < row.end, "cell out of the row")
        let e = storage.entries[k]
        let origin = GridPosition(row: Int(e.row), col: Int(e.col))
        guard origin.row >= 0, origin.row < rows.count, origin.col >= 0, origin.col < rows.width(of: origin.row),
              storage.slots[Int(storage.gridStarts[origin.row]) + origin.col] == Int32(k) else { return nil }
        return (origin, Int(e.writtenRowspan), Int(e.writtenColspan))
    }
}

/// One written row: its cells in source order, spans as written.
public struct WrittenRow: RandomAccessCollection, Sendable {
    @usableFromInline let storage: TableCells
    @usableFromInline let start: Int
    @usableFromInline let end: Int

    @inlinable
    init(storage: TableCells, start: Int, end: Int) {
        self.storage = storage
        self.start = start
        self.end = end
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { end - start }

    @inlinable
    public subscript(i: Int) -> Cell {
        precondition(i >= 0 && start + i < end, "cell out of the row")
        return storage.writtenCell(start + i)
    }
}

extension WrittenRows: Equatable {
    /// Written rows are equal when they hold equal cells.
    public static func == (a: WrittenRows, b: WrittenRows) -> Bool {
        a.storage === b.storage || a.elementsEqual(b) { $0.elementsEqual($1) }
    }
}

extension WrittenRow: Equatable {
    /// Rows are equal when they hold equal cells.
    public static func == (a: WrittenRow, b: WrittenRow) -> Bool { a.elementsEqual(b) }
}
