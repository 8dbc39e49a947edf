/// What a grid slot holds, read from the table's stored entry and record without making a
/// ``Cell``: a `Cell` holds a reference to its store, and making one per slot costs a retain
/// and a release (the validator reads every slot of every table).
public struct GridSlot: Sendable, Equatable {
    /// The covering cell's origin (the slot itself for an empty slot), as ``Cell/origin``.
    public var row: Int32, col: Int32
    /// The covering cell's grid spans (both 0 for an empty slot), as ``Cell/rowspan`` and ``Cell/colspan``.
    public var rowspan: Int32, colspan: Int32
    /// The cell's value kind, as `value.kind`.
    public var kind: Value.Kind
    /// True when the cell's value has a number, as `value.number != nil`.
    public var hasNumber: Bool
    /// The cell's header flag, as ``Cell/header``.
    public var header: Bool
    /// True when the cell's text is empty, as ``CellContent/isTextEmpty``.
    public var isTextEmpty: Bool

    /// True for a slot no written cell covers (both spans 0), as a filler reads.
    @inlinable public var isEmptySlot: Bool { rowspan == 0 && colspan == 0 }

    /// A slot's facts.
    @inlinable
    public init(row: Int32, col: Int32, rowspan: Int32, colspan: Int32, kind: Value.Kind, hasNumber: Bool, header: Bool,
                isTextEmpty: Bool) {
        self.row = row
        self.col = col
        self.rowspan = rowspan
        self.colspan = colspan
        self.kind = kind
        self.hasNumber = hasNumber
        self.header = header
        self.isTextEmpty = isTextEmpty
    }
}

extension GridRows {
    /// The entry index of slot `(y, x)` (`~k` for the filler `k` of an uncovered slot).
    @inlinable @inline(__always)
    func slotIndex(_ y: Int, _ x: Int) -> Int32 {
        let (start, end) = storage.gridBounds(y)
        precondition(x >= 0 && start + x < end, "column out of the row")
        return storage.slots[start + x]
    }

    /// What `cell(y, x)` would say of its placement, value kind, header flag and text, without
    /// making the cell.
    @inlinable @inline(__always)
    public func slot(_ y: Int, _ x: Int) -> GridSlot {
        let k = slotIndex(y, x)
        let e = storage.entries[Int(k >= 0 ? k : ~k)]
        let r = e.store == 0 ? storage.store.records[Int(e.record)] : storage.otherStores[Int(e.store) - 1].records[Int(e.record)]
        return GridSlot(row: k >= 0 ? e.row : Int32(truncatingIfNeeded: y), col: k >= 0 ? e.col : Int32(truncatingIfNeeded: x),
                        rowspan: e.rowspan, colspan: e.colspan, kind: r.kind,
                        hasNumber: r.numbers & CellStore.Record.hasNumber != 0, header: r.header,
                        isTextEmpty: r.text.start == r.text.end)
    }

    /// Calls `body` with `slot(y, x)` and `x` for each slot of row `y`, left to right: the row's
    /// bounds and its usual store's records are looked up once for the row, not per slot (the
    /// validator reads every slot of every table).
    @inlinable
    public func forEachSlot(inRow y: Int, _ body: (GridSlot, Int) throws -> Void) rethrows {
        let (start, end) = storage.gridBounds(y)
        let row = Int32(truncatingIfNeeded: y)
        try storage.store.records.withUnsafeBufferPointer { main in
            for i in start..<end {
                let x = i - start
                let k = storage.slots[i]
                let e = storage.entries[Int(k >= 0 ? k : ~k)]
                // Record indexes were checked when the table was made.
                let r = e.store == 0 ? main[Int(e.record)] : storage.otherStores[Int(e.store) - 1].records[Int(e.record)]
                try body(GridSlot(row: k >= 0 ? e.row : row, col: k >= 0 ? e.col : Int32(truncatingIfNeeded: x),
                                  rowspan: e.rowspan, colspan: e.colspan, kind: r.kind,
                                  hasNumber: r.numbers & CellStore.Record.hasNumber != 0, header: r.header,
                                  isTextEmpty: r.text.start == r.text.end), x)
            }
        }
    }

    /// Calls `body` with the UTF-8 bytes of `cell(y, x).text` (no cell or string is made).
    @inlinable
    public func withSlotText<R>(_ y: Int, _ x: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let k = slotIndex(y, x)
        let e = storage.entries[Int(k >= 0 ? k : ~k)]
        // The usual store read in place: `let store = storage.store(of: e)` retains and releases it.
        if e.store == 0 { return try storage.store.withBytes(storage.store.records[Int(e.record)].text, body) }
        let store = storage.otherStores[Int(e.store) - 1]
        return try store.withBytes(store.records[Int(e.record)].text, body)
    }
}
