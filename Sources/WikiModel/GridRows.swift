/// A table's grid (``Table/rows``): a collection of rows, each a collection of ``Cell``s,
/// read from the table's ``TableCells``. A spanned cell shows in every slot it covers.
///
/// Reads like `[[Cell]]` (`rows[y][x]`, `rows.count`, `for row in rows`); ``cell(_:_:)``
/// reads one slot without making a row view.
public struct GridRows: RandomAccessCollection, Sendable {
    @usableFromInline let storage: TableCells

    /// The grid of `storage`.
    public init(_ storage: TableCells) {
        self.storage = storage
    }

    /// A grid holding exactly these rows.
    public init(_ rows: [[Cell]]) {
        storage = rows.isEmpty ? .empty : TableCells(grid: rows)
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { storage.gridStarts.count - 1 }

    @inlinable
    public subscript(y: Int) -> GridRow {
        let row = storage.gridBounds(y)
        return GridRow(storage: storage, y: y, start: row.start, end: row.end)
    }

    /// The cell at row `y`, column `x`.
    @inlinable
    public func cell(_ y: Int, _ x: Int) -> Cell {
        let (start, end) = storage.gridBounds(y)
        precondition(x >= 0 && start + x < end, "column out of the row")
        return storage.gridCell(start + x, y, x)
    }

    /// Calls `body` with each cell of row `y`, left to right, and its column (no row view is made).
    @inlinable
    public func forEachCell(inRow y: Int, _ body: (Cell, Int) throws -> Void) rethrows {
        let (start, end) = storage.gridBounds(y)
        for i in start..<end { try body(storage.gridCell(i, y, i - start), i - start) }
    }

    /// The number of slots in row `y`.
    @inlinable
    public func width(of y: Int) -> Int {
        let row = storage.gridBounds(y)
        return row.end - row.start
    }
}

/// One grid row: its cells, left to right.
public struct GridRow: RandomAccessCollection, Sendable {
    @usableFromInline let storage: TableCells
    @usableFromInline let y: Int
    @usableFromInline let start: Int
    @usableFromInline let end: Int

    @inlinable
    init(storage: TableCells, y: Int, start: Int, end: Int) {
        self.storage = storage
        self.y = y
        self.start = start
        self.end = end
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { end - start }

    @inlinable
    public subscript(x: Int) -> Cell {
        precondition(x >= 0 && start + x < end, "column out of the row")
        return storage.gridCell(start + x, y, x)
    }
}

extension GridRows: Equatable {
    /// Grids are equal when their rows hold equal cells.
    public static func == (a: GridRows, b: GridRows) -> Bool {
        a.storage === b.storage || a.elementsEqual(b) { $0.elementsEqual($1) }
    }
}

extension GridRow: Equatable {
    /// Rows are equal when they hold equal cells.
    public static func == (a: GridRow, b: GridRow) -> Bool { a.elementsEqual(b) }
}

extension GridRows: Codable {
    /// Encodes the grid as an array of rows of cells.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.unkeyedContainer()
        for row in self { try c.encode(Array(row)) }
    }

    /// Decodes an array of rows of cells.
    public init(from decoder: any Decoder) throws {
        self.init(try [[Cell]](from: decoder))
    }
}
