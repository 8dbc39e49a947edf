/// The cells of one table stored once, behind both of its views: the grid (``GridRows``) and
/// the rows as written (``WrittenRows``).
///
/// Each written cell is one plain-data entry (which record of which ``CellStore``, its grid
/// origin and spans, its spans as written), and the grid is slot indexes into the entries. A
/// cell spanning twenty slots is one entry, not twenty copies, and a table of thousands of
/// cells holds one reference per store (usually one): building and freeing it costs no
/// retain or release per cell or slot. Cells are made when read. Immutable once made.
public final class TableCells: Sendable {
    /// One cell: its content (record `record` of `stores[store]`) and placement.
    @usableFromInline
    struct Entry: Sendable {
        @usableFromInline var store: Int32, record: Int32
        /// Grid origin (`row` -1 for a written cell left out of the grid) and grid spans.
        @usableFromInline var row: Int32, col: Int32, rowspan: Int32, colspan: Int32
        /// Spans as written.
        @usableFromInline var writtenRowspan: Int32, writtenColspan: Int32

        @usableFromInline
        init(store: Int32, record: Int32, origin: GridPosition, rowspan: Int, colspan: Int,
             writtenRowspan: Int, writtenColspan: Int) {
            self.store = store
            self.record = record
            row = Int32(clamping: origin.row)
            col = Int32(clamping: origin.col)
            self.rowspan = Int32(clamping: rowspan)
            self.colspan = Int32(clamping: colspan)
            self.writtenRowspan = Int32(clamping: writtenRowspan)
            self.writtenColspan = Int32(clamping: writtenColspan)
        }

        /// A written cell's entry from its placement, with no conversions.
        init(store: Int32, record: Int32, _ p: Placement, written: (rowspan: Int, colspan: Int)) {
            self.store = store
            self.record = record
            row = p.row
            col = p.col
            rowspan = p.rowspan
            colspan = p.colspan
            writtenRowspan = Int32(clamping: written.rowspan)
            writtenColspan = Int32(clamping: written.colspan)
        }
    }

    /// Where the contents of a table's written cells are.
    public enum Contents {
        /// Records `0..<n` of one store, in written order (a wikitable read by `TableBuilder`).
        case records(CellStore)
        /// Records of one store, written cell `k`'s at index `k` of the list (the cells an
        /// HTML table walk reads into its page's store).
        case indexed(CellStore, [Int32])
    }

    /// A written cell's place in the grid, packed: its origin's row and column (both -1 when
    /// it fell outside the grid) and the rows and columns it covers there.
    public struct Placement: Sendable, BitwiseCopyable {
        public var row: Int32, col: Int32, rowspan: Int32, colspan: Int32

        /// A cell left outside the grid.
        public static let unplaced = Placement(row: -1, col: -1, rowspan: 1, colspan: 1)

        /// A placement.
        @inlinable
        public init(row: Int32, col: Int32, rowspan: Int32, colspan: Int32) {
            self.row = row
            self.col = col
            self.rowspan = rowspan
            self.colspan = colspan
        }

        /// The grid slot of its top-left corner (`[-1, -1]` when it fell outside the grid).
        @inlinable
        public var origin: GridPosition { GridPosition(row: Int(row), col: Int(col)) }
    }

    @usableFromInline let stores: [CellStore]
    /// The written cells in row order, then one filler per grid row with an uncovered slot.
    @usableFromInline let entries: [Entry]
    /// The grid, row after row: an index into `entries`, or `~k` for the filler `entries[k]` of
    /// a slot no cell covers (read with the slot itself as origin).
    @usableFromInline let slots: [Int32]
    /// Grid row `y` is `slots[gridStarts[y]..<gridStarts[y + 1]]` (rows of any length).
    @usableFromInline let gridStarts: [Int32]
    /// Written row `r` is `entries[writtenStarts[r]..<writtenStarts[r + 1]]`.
    @usableFromInline let writtenStarts: [Int32]

    /// A laid-out table's cells: the written cells' `contents`, where each landed
    /// (`placements`), their spans as written (`spans`), `counts[r]` of them in written row
    /// `r`; the grid `slots` (`width` per row, the index of the covering written cell, or -1
    /// for none). An uncovered slot reads as an *empty slot*: empty text, `rowspan` and
    /// `colspan` 0, and the line `lines[y]` of its row (the last line past the written rows).
    public init(contents: Contents, placements: [Placement], spans: [(rowspan: Int, colspan: Int)],
                counts: [Int], slots: [Int32], width: Int, lines: [Int]) {
        precondition(placements.count == spans.count, "one placement and one written span per cell")
        precondition(width > 0 || slots.isEmpty, "a grid with slots has a width")
        let count = spans.count
        // Room for the written cells and a filler per grid row, so fillers never regrow it.
        let capacity = count + (width > 0 ? slots.count / width : 0)
        var entries: [Entry]
        var list: [CellStore]
        switch contents {
        case .records(let store):
            // One store, its records in written order: no store lookup per cell, and the
            // entries written straight into place.
            precondition(store.count >= count, "a record per written cell")
            list = [store]
            entries = [Entry](unsafeUninitializedCapacity: capacity) { out, initialized in
                placements.withUnsafeBufferPointer { placed in
                    spans.withUnsafeBufferPointer { written in
                        for i in 0..<count {
                            (out.baseAddress! + i).initialize(to: Entry(store: 0, record: Int32(truncatingIfNeeded: i),
                                                                        placed[i], written: written[i]))
                        }
                    }
                }
                initialized = count
            }
        case .indexed(let store, let records):
            precondition(records.count == count, "a record per written cell")
            list = [store]
            entries = []
            entries.reserveCapacity(capacity)
            for i in 0..<count {
                precondition(records[i] >= 0 && Int(records[i]) < store.count, "a record of the store")
                entries.append(Entry(store: 0, record: records[i], placements[i], written: spans[i]))
            }
        }
        var grid = slots
        Self.addFillers(to: &grid, width: width, lines: lines, stores: &list, entries: &entries)
        self.stores = list
        self.entries = entries
        self.slots = grid
        let height = width > 0 ? grid.count / width : 0
        gridStarts = (0...height).map { Int32($0 * width) }
        writtenStarts = Self.starts(counts)
    }

    /// Names a filler for every uncovered slot of `grid`: one empty record per row that has one,
    /// all in one store of their own.
    private static func addFillers(to grid: inout [Int32], width: Int, lines: [Int], stores: inout [CellStore],
                                   entries: inout [Entry]) {
        guard grid.contains(where: { $0 < 0 }) else { return }
        var fillers = CellStore.Builder(source: [])
        let store = Int32(stores.count)
        for y in 0..<(grid.count / width) {
            var filler: Int32 = -1
            for i in (y * width)..<(y * width + width) where grid[i] < 0 {
                if filler < 0 {
                    let line = y < lines.count ? lines[y] : (lines.last ?? 0)
                    let record = fillers.append(text: .own(""), raw: .own(""), line: line,
                                                value: Value(kind: .empty, status: .exact))
                    filler = Int32(entries.count)
                    entries.append(Entry(store: store, record: record, origin: GridPosition(row: y, col: 0),
                                         rowspan: 0, colspan: 0, writtenRowspan: 0, writtenColspan: 0))
                }
                grid[i] = ~filler
            }
        }
        stores.append(CellStore(fillers))
    }

    /// A grid of the given rows, each slot its own cell, and no written rows.
    init(grid rows: [[Cell]]) {
        (stores, entries) = Self.entries(rows.flatMap { $0 })
        slots = (0..<entries.count).map { Int32($0) }
        gridStarts = Self.starts(rows.map(\.count))
        writtenStarts = [0]
    }

    /// Written rows as given, and no grid.
    init(written rows: [[Cell]]) {
        (stores, entries) = Self.entries(rows.flatMap { $0 })
        slots = []
        gridStarts = [0]
        writtenStarts = Self.starts(rows.map(\.count))
    }

    /// The cells of a table with no rows.
    static let empty = TableCells(grid: [])

    /// Entries for cells placed as they say (their origin and spans, both for the grid and as written).
    private static func entries(_ cells: [Cell]) -> ([CellStore], [Entry]) {
        var stores = StoreList()
        let entries = cells.map { cell in
            Entry(store: stores.index(of: cell.content.store), record: Int32(cell.content.index), origin: cell.origin,
                  rowspan: cell.rowspan, colspan: cell.colspan, writtenRowspan: cell.rowspan, writtenColspan: cell.colspan)
        }
        return (stores.list, entries)
    }

    /// The distinct stores of a table's cells, each listed once.
    private struct StoreList {
        var list: [CellStore] = []
        private var known: [ObjectIdentifier: Int32] = [:]

        /// The index of `store` in `list`, adding it when new. A table's cells sit in a few
        /// stores: a short list is searched, and only a long one is hashed.
        mutating func index(of store: CellStore) -> Int32 {
            if list.count <= Self.scanned {
                for i in list.indices where list[i] === store { return Int32(i) }
            } else if let index = known[ObjectIdentifier(store)] {
                return index
            }
            let index = Int32(list.count)
            list.append(store)
            if list.count == Self.scanned + 1 {
                for (i, s) in list.enumerated() { known[ObjectIdentifier(s)] = Int32(i) }
            } else if list.count > Self.scanned + 1 {
                known[ObjectIdentifier(store)] = index
            }
            return index
        }

        private static var scanned: Int { 8 }
    }

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
        if k >= 0 { return cell(entries[Int(k)]) }
        var filler = cell(entries[Int(~k)])
        filler.origin = GridPosition(row: y, col: x)
        return filler
    }

    /// Written cell `k` (a flat index over the written rows), with its spans as written.
    @inlinable
    func writtenCell(_ k: Int) -> Cell {
        let e = entries[k]
        var written = cell(e)
        written.rowspan = Int(e.writtenRowspan)
        written.colspan = Int(e.writtenColspan)
        return written
    }

    /// The cell an entry stands for, as the grid shows it.
    @inlinable
    func cell(_ e: Entry) -> Cell {
        Cell(content: CellContent(unchecked: stores[Int(e.store)], Int(e.record)),
             origin: GridPosition(row: Int(e.row), col: Int(e.col)), rowspan: Int(e.rowspan), colspan: Int(e.colspan))
    }
}
