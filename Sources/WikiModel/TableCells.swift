/// The cells of one table stored once, behind both of its views: the grid (``GridRows``) and
/// the rows as written (``WrittenRows``).
///
/// Each written cell is one plain-data entry (which record of which ``CellStore``, its grid
/// origin and spans, its spans as written), and the grid is slot indexes into the entries. A
/// cell spanning twenty slots is one entry, not twenty copies, and a table of thousands of
/// cells holds one reference per store (usually one): building and freeing it costs no
/// retain or release per cell or slot. Cells are made when read. Immutable once made.
public final class TableCells: @unchecked Sendable {
    // Unchecked: the lists are pointers into a block this object owns and never changes after
    // init, so sharing it between threads is as safe as sharing an immutable array.

    /// One cell: its content (record `record` of the store `store` names, see ``store(of:)``) and placement.
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

    /// The store of entries whose `store` is 0 (every cell of a wikitable or HTML table).
    @usableFromInline let store: CellStore
    /// The stores of entries whose `store` is 1 or more (`otherStores[store - 1]`): the
    /// fillers' store, or the stores of cells made in code. Empty (no allocation) for most tables.
    @usableFromInline let otherStores: [CellStore]
    /// The written cells in row order, then one filler per grid row with an uncovered slot.
    @usableFromInline let entries: UnsafeBufferPointer<Entry>
    /// The grid, row after row: an index into `entries`, or `~k` for the filler `entries[k]` of
    /// a slot no cell covers (read with the slot itself as origin).
    @usableFromInline let slots: UnsafeBufferPointer<Int32>
    /// Grid row `y` is `slots[gridStarts[y]..<gridStarts[y + 1]]` (rows of any length).
    @usableFromInline let gridStarts: UnsafeBufferPointer<Int32>
    /// Written row `r` is `entries[writtenStarts[r]..<writtenStarts[r + 1]]`.
    @usableFromInline let writtenStarts: UnsafeBufferPointer<Int32>
    /// One allocation holding `entries`, `slots`, `gridStarts` and `writtenStarts`: a table
    /// costs one block to make and free, not an array object each.
    private let block: UnsafeMutableRawPointer

    deinit { block.deallocate() }

    /// Grid row `y` as `slots[start..<end]`. The lists are unchecked pointers, so the row is
    /// checked here: one compare, and a trap rather than a read outside the block.
    @inlinable @inline(__always)
    func gridBounds(_ y: Int) -> (start: Int, end: Int) {
        precondition(UInt(bitPattern: y) < UInt(bitPattern: gridStarts.count &- 1), "row out of the grid")
        return (Int(gridStarts[y]), Int(gridStarts[y &+ 1]))
    }

    /// Written row `r` as `entries[start..<end]`, checked as `gridBounds(_:)` is.
    @inlinable @inline(__always)
    func writtenBounds(_ r: Int) -> (start: Int, end: Int) {
        precondition(UInt(bitPattern: r) < UInt(bitPattern: writtenStarts.count &- 1), "row out of the written rows")
        return (Int(writtenStarts[r]), Int(writtenStarts[r &+ 1]))
    }

    /// The store entry `e` names.
    @inlinable
    func store(of e: Entry) -> CellStore {
        e.store == 0 ? store : otherStores[Int(e.store) - 1]
    }

    /// The four lists laid out in one block, with room for `entries` entries (of which the
    /// first `initialized` are written by `fill`), `slots`, `gridRows` + 1 grid starts and
    /// `writtenRows` + 1 written starts. `fill` writes the entries (returning how many) and the
    /// slots, given pointers to their room.
    private struct Block {
        let raw: UnsafeMutableRawPointer
        let entries: UnsafeMutablePointer<Entry>
        let slots: UnsafeMutablePointer<Int32>
        let gridStarts: UnsafeMutablePointer<Int32>
        let writtenStarts: UnsafeMutablePointer<Int32>

        init(entries: Int, slots: Int, gridRows: Int, writtenRows: Int) {
            let entryBytes = entries * MemoryLayout<Entry>.stride
            let words = slots + gridRows + 1 + writtenRows + 1
            raw = .allocate(byteCount: entryBytes + words * MemoryLayout<Int32>.stride,
                            alignment: max(MemoryLayout<Entry>.alignment, MemoryLayout<Int32>.alignment))
            self.entries = raw.bindMemory(to: Entry.self, capacity: entries)
            self.slots = (raw + entryBytes).bindMemory(to: Int32.self, capacity: words)
            gridStarts = self.slots + slots
            writtenStarts = gridStarts + gridRows + 1
        }
    }

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
        // The reads go through unchecked pointers: every index they follow is checked once here.
        var written = 0
        for n in counts {
            precondition(n >= 0, "a written row holds no fewer than zero cells")
            written += n
        }
        precondition(written == count, "the written rows hold every written cell")
        precondition(!slots.contains { $0 >= count }, "a slot names a written cell or none")
        let height = width > 0 ? slots.count / width : 0
        // Room for the written cells and a filler per grid row, so fillers always fit.
        let block = Block(entries: count + height, slots: slots.count, gridRows: height, writtenRows: counts.count)
        let main: CellStore
        switch contents {
        case .records(let store):
            // One store, its records in written order: the entries written straight into place.
            precondition(store.count >= count, "a record per written cell")
            main = store
            placements.withUnsafeBufferPointer { placed in
                spans.withUnsafeBufferPointer { written in
                    for i in 0..<count {
                        (block.entries + i).initialize(to: Entry(store: 0, record: Int32(truncatingIfNeeded: i),
                                                                 placed[i], written: written[i]))
                    }
                }
            }
        case .indexed(let store, let records):
            precondition(records.count == count, "a record per written cell")
            main = store
            for i in 0..<count {
                precondition(records[i] >= 0 && Int(records[i]) < store.count, "a record of the store")
                (block.entries + i).initialize(to: Entry(store: 0, record: records[i], placements[i], written: spans[i]))
            }
        }
        slots.withUnsafeBufferPointer { if let from = $0.baseAddress { block.slots.initialize(from: from, count: $0.count) } }
        let fillers = Self.addFillers(to: block, slots: slots.count, width: width, lines: lines, entries: count)
        for y in 0...height { block.gridStarts[y] = Int32(y * width) }
        Self.writeStarts(counts, to: block.writtenStarts)
        store = main
        otherStores = fillers.map { [$0] } ?? []
        self.block = block.raw
        entries = UnsafeBufferPointer(start: block.entries, count: count + (fillers?.count ?? 0))
        self.slots = UnsafeBufferPointer(start: block.slots, count: slots.count)
        gridStarts = UnsafeBufferPointer(start: block.gridStarts, count: height + 1)
        writtenStarts = UnsafeBufferPointer(start: block.writtenStarts, count: counts.count + 1)
    }

    /// Names a filler for every uncovered slot of the block's grid: one empty record per row
    /// that has one, all in one store of their own (store 1), returned (nil when no slot is
    /// uncovered). The fillers' entries follow the `entries` written ones.
    private static func addFillers(to block: Block, slots count: Int, width: Int, lines: [Int], entries: Int) -> CellStore? {
        let grid = block.slots
        guard UnsafeBufferPointer(start: grid, count: count).contains(where: { $0 < 0 }) else { return nil }
        var fillers = CellStore.Builder(source: [])
        var next = entries
        for y in 0..<(count / width) {
            var filler: Int32 = -1
            for i in (y * width)..<(y * width + width) where grid[i] < 0 {
                if filler < 0 {
                    let line = y < lines.count ? lines[y] : (lines.last ?? 0)
                    // Empty text needs no bytes of its own: a range of the (empty) source.
                    let record = fillers.append(sourceText: 0..<0, raw: 0..<0, header: false, line: line,
                                                attributeSource: nil, styleParty: nil,
                                                kind: .empty, status: .exact, number: nil)
                    filler = Int32(next)
                    (block.entries + next).initialize(to: Entry(store: 1, record: record, origin: GridPosition(row: y, col: 0),
                                                                rowspan: 0, colspan: 0, writtenRowspan: 0, writtenColspan: 0))
                    next += 1
                }
                grid[i] = ~filler
            }
        }
        return CellStore(fillers)
    }

    /// A grid of the given rows, each slot its own cell, and no written rows.
    convenience init(grid rows: [[Cell]]) {
        let cells = rows.flatMap { $0 }
        self.init(cells: cells, slots: (0..<cells.count).map { Int32($0) }, gridCounts: rows.map(\.count), writtenCounts: [])
    }

    /// Written rows as given, and no grid.
    convenience init(written rows: [[Cell]]) {
        self.init(cells: rows.flatMap { $0 }, slots: [], gridCounts: [], writtenCounts: rows.map(\.count))
    }

    /// Cells placed as they say (their origin and spans, both for the grid and as written).
    private init(cells: [Cell], slots: [Int32], gridCounts: [Int], writtenCounts: [Int]) {
        var stores = StoreList()
        let block = Block(entries: cells.count, slots: slots.count, gridRows: gridCounts.count, writtenRows: writtenCounts.count)
        for (i, cell) in cells.enumerated() {
            (block.entries + i).initialize(to: Entry(store: stores.index(of: cell.content.store), record: Int32(cell.content.index),
                                                     origin: cell.origin, rowspan: cell.rowspan, colspan: cell.colspan,
                                                     writtenRowspan: cell.rowspan, writtenColspan: cell.colspan))
        }
        for (i, k) in slots.enumerated() { block.slots[i] = k }
        Self.writeStarts(gridCounts, to: block.gridStarts)
        Self.writeStarts(writtenCounts, to: block.writtenStarts)
        store = stores.list.first ?? Self.noCells
        otherStores = Array(stores.list.dropFirst())
        self.block = block.raw
        entries = UnsafeBufferPointer(start: block.entries, count: cells.count)
        self.slots = UnsafeBufferPointer(start: block.slots, count: slots.count)
        gridStarts = UnsafeBufferPointer(start: block.gridStarts, count: gridCounts.count + 1)
        writtenStarts = UnsafeBufferPointer(start: block.writtenStarts, count: writtenCounts.count + 1)
    }

    /// The store of a table with no cells (never read).
    private static let noCells = CellStore(CellStore.Builder(source: []))

    /// The cells of a table with no rows.
    static let empty = TableCells(grid: [])

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

    /// Writes `0` and the running sums of `counts` to `out`.
    private static func writeStarts(_ counts: [Int], to out: UnsafeMutablePointer<Int32>) {
        var sum: Int32 = 0
        out[0] = 0
        for (i, n) in counts.enumerated() {
            sum += Int32(n)
            out[i + 1] = sum
        }
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
        Cell(content: CellContent(unchecked: store(of: e), Int(e.record)),
             origin: GridPosition(row: Int(e.row), col: Int(e.col)), rowspan: Int(e.rowspan), colspan: Int(e.colspan))
    }
}
