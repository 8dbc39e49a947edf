/// The cells of one table stored once, behind both of its views: the grid (``GridRows``) and
/// the rows as written (``WrittenRows``).
///
/// A built table keeps each written cell once (with its grid origin and grid spans) and a grid
/// of slot indexes into them, so a cell spanning twenty slots is one cell, not twenty copies:
/// building and freeing a table costs a retain and a release per cell, not per slot, and no
/// array per row. Immutable once made.
public final class TableCells: Sendable {
    /// The distinct cells: for a built table, the written cells in row order, then one filler
    /// per grid row that has a slot no cell covers.
    @usableFromInline let cells: [Cell]
    /// The grid, row after row: an index into `cells`, or `~k` for the filler `cells[k]` of a
    /// slot no cell covers (shown with the slot itself as origin).
    @usableFromInline let slots: [Int32]
    /// Grid row `y` is `slots[gridStarts[y]..<gridStarts[y + 1]]` (rows of any length).
    @usableFromInline let gridStarts: [Int32]
    /// Written row `r` is `cells[writtenStarts[r]..<writtenStarts[r + 1]]`.
    @usableFromInline let writtenStarts: [Int32]
    /// The spans of each written cell as written (its entry in `cells` has the grid's); empty
    /// when they are the cells' own.
    @usableFromInline let writtenSpans: [WrittenSpan]

    /// A written cell's `rowspan` and `colspan` as written.
    public struct WrittenSpan: Sendable {
        @usableFromInline let rowspan: Int32, colspan: Int32

        /// Spans as written.
        public init(rowspan: Int, colspan: Int) {
            self.rowspan = Int32(clamping: rowspan)
            self.colspan = Int32(clamping: colspan)
        }
    }

    /// A built table's cells: `cells` (written cells with grid origin and spans, then fillers),
    /// `slots` of `width` per grid row, `writtenCounts` cells per written row, and `spans` as
    /// written, one per written cell.
    public init(cells: [Cell], slots: [Int32], width: Int, writtenCounts: [Int], spans: [WrittenSpan]) {
        precondition(width > 0 || slots.isEmpty, "a grid with slots has a width")
        self.cells = cells
        self.slots = slots
        let height = width > 0 ? slots.count / width : 0
        gridStarts = (0...height).map { Int32($0 * width) }
        writtenStarts = Self.starts(writtenCounts)
        writtenSpans = spans
    }

    /// A grid of the given rows, each slot its own cell, and no written rows.
    init(grid rows: [[Cell]]) {
        cells = rows.flatMap { $0 }
        slots = (0..<cells.count).map { Int32($0) }
        gridStarts = Self.starts(rows.map(\.count))
        writtenStarts = [0]
        writtenSpans = []
    }

    /// Written rows as given, and no grid.
    init(written rows: [[Cell]]) {
        cells = rows.flatMap { $0 }
        slots = []
        gridStarts = [0]
        writtenStarts = Self.starts(rows.map(\.count))
        writtenSpans = []
    }

    /// The cells of a table with no rows.
    static let empty = TableCells(grid: [])

    private static func starts(_ counts: [Int]) -> [Int32] {
        var starts: [Int32] = [0]
        starts.reserveCapacity(counts.count + 1)
        for n in counts { starts.append(starts.last! + Int32(n)) }
        return starts
    }

    /// The cell of grid slot `i`, which sits at `(y, x)`.
    @inlinable
    func gridCell(_ i: Int, _ y: Int, _ x: Int) -> Cell {
        let k = slots[i]
        if k >= 0 { return cells[Int(k)] }
        var filler = cells[Int(~k)]
        filler.origin = GridPosition(row: y, col: x)
        return filler
    }

    /// Written cell `k` (a flat index over the written rows), with its spans as written.
    @inlinable
    func writtenCell(_ k: Int) -> Cell {
        var cell = cells[k]
        if !writtenSpans.isEmpty {
            cell.rowspan = Int(writtenSpans[k].rowspan)
            cell.colspan = Int(writtenSpans[k].colspan)
        }
        return cell
    }
}
