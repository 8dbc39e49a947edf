import WikiModel

/// The HTML5 table-forming algorithm over cell spans: where each written cell lands and which
/// cell covers each slot of the grid.
///
/// Follows the spec's steps (and wikitextparser's reading of them): a cell starts at the first
/// free slot of its row; `rowspan=0` grows to the end of the row group (a wikitable has one);
/// spans reaching past the last row add rows; where cells overlap (a table model error) the
/// later cell shows, and the earlier one shows again below the later one's end. Work and
/// memory stay within ``TableLimits``.
struct TableLayout {
    /// Where each written cell landed, in flat row order: its origin and the rows and columns
    /// it covers (`rowspan=0` resolved, spans cut at the grid's last row and at
    /// `TableLimits.maxColumns`); ``TableCells/Placement/unplaced`` for a cell left outside the limits.
    let placements: [TableCells.Placement]
    /// The grid, row after row, `width` slots each: the flat index of the cell covering the
    /// slot, or -1 for none.
    let slots: [Int32]
    /// Grid width.
    let width: Int
    /// Grid height.
    let height: Int

    /// The cell covering slot `(y, x)`, or -1.
    func slot(_ y: Int, _ x: Int) -> Int32 { slots[y &* width &+ x] }

    /// Lays out the written cells: `spans` as read (clamped, rowspan 0 kept), flattened in row
    /// order, `counts[y]` of them in row `y`. `directRows` (tests turn it off to compare) lets a
    /// row that nothing reaches from above and whose cells span one row each be laid out
    /// directly, its cells side by side, where the full algorithm would find the same places.
    /// `maxSlots` bounds the grid (the page's remaining budget, at most `TableLimits.maxSlots`).
    init(spans: [(rowspan: Int, colspan: Int)], counts: [Int], maxSlots: Int = TableLimits.maxSlots, directRows: Bool = true) {
        var columns = CoverStacks(cells: spans.count)
        // Rows as laid out, back to back, each as wide as the columns so far; padded at the end.
        var rows = LayoutBuffer<Int32>(capacity: spans.count + counts.count)
        var rowWidths: [Int32] = []
        rowWidths.reserveCapacity(counts.count)
        // As laid out: `row` -1 when unplaced, `rowspan` as written (0 kept); resolved at the end.
        var packed = LayoutBuffer<TableCells.Placement>(capacity: spans.count)
        packed.append(.unplaced, count: spans.count)
        var flat = 0
        var y = 0
        var width = 0
        var end = 0  // the row that spans from above reach down to
        var reach: Int32 = 0  // the row every cell in the cover stacks ends before
        for count in counts {
            // Stop before the grid outgrows its budget; later cells stay unplaced.
            if (y + 1) * max(width, 1) > maxSlots { break }
            if directRows && reach <= Int32(y) && Self.singleRow(spans, flat..<(flat + count)) {
                // Nothing from above: each cell starts where the one before ends.
                var x = 0
                for i in flat..<(flat + count) where x < TableLimits.maxColumns {
                    let span = min(spans[i].colspan, TableLimits.maxColumns - x)
                    packed[i] = TableCells.Placement(row: Int32(y), col: Int32(x), rowspan: 1, colspan: Int32(span))
                    x += span
                }
                columns.widen(to: x)
                width = columns.count
                let out = rows.extend(by: width)
                var slot = 0
                for i in flat..<(flat + count) where packed[i].row == Int32(y) {
                    for _ in 0..<Int(packed[i].colspan) { out[slot] = Int32(i); slot += 1 }
                }
                if slot < width { (out + slot).update(repeating: -1, count: width - slot) }
                flat += count
                rowWidths.append(Int32(width))
                y += 1
                continue
            }
            var xcurrent = 0
            for i in flat..<(flat + count) {
                let (rowspan, colspan) = spans[i]
                xcurrent = columns.firstFree(from: xcurrent, at: Int32(y))
                guard xcurrent < TableLimits.maxColumns else { continue }
                let span = min(colspan, TableLimits.maxColumns - xcurrent)
                let until = rowspan == 0 ? Int32.max : Int32(clamping: y + rowspan)
                columns.cover(xcurrent..<(xcurrent + span), with: Int32(i), until: until)
                reach = max(reach, until)
                packed[i] = TableCells.Placement(row: Int32(y), col: Int32(xcurrent),
                                                 rowspan: Int32(clamping: rowspan), colspan: Int32(span))
                if rowspan > 0 { end = max(end, y + rowspan) }
                xcurrent += span
            }
            flat += count
            width = columns.count
            columns.appendRow(at: Int32(y), to: &rows)
            rowWidths.append(Int32(width))
            y += 1
        }
        // Ending the row group: rows that only spans from above reach, within the slot budget
        // and at most as many as the written rows (or `minSpanOnlyRows`).
        let budgetRows = maxSlots / max(width, 1)
        end = min(max(end, y), budgetRows, y + max(y, TableLimits.minSpanOnlyRows))
        while y < end {
            columns.appendRow(at: Int32(y), to: &rows)
            rowWidths.append(Int32(width))
            y += 1
        }
        let height = min(y, budgetRows)
        self.width = width
        self.height = height
        slots = Self.padded(rows.base, widths: rowWidths[..<height], to: width)
        placements = Self.resolved(packed.base, count: packed.count, height: height)
    }

    /// True when every cell of `cells` spans exactly one row.
    private static func singleRow(_ spans: [(rowspan: Int, colspan: Int)], _ cells: Range<Int>) -> Bool {
        for i in cells where spans[i].rowspan != 1 { return false }
        return true
    }

    /// The placements as laid out, with `rowspan=0` grown to the grid's last row, spans cut
    /// there, and cells whose row fell past the slot budget unplaced.
    private static func resolved(_ packed: UnsafeMutablePointer<TableCells.Placement>, count: Int,
                                 height: Int) -> [TableCells.Placement] {
        [TableCells.Placement](unsafeUninitializedCapacity: count) { out, initialized in
            let height = Int32(clamping: height)
            for i in 0..<count {
                var p = packed[i]
                if p.row < 0 || p.row >= height {
                    p = .unplaced
                } else {
                    let left = height - p.row
                    p.rowspan = p.rowspan == 0 ? left : min(p.rowspan, left)
                }
                (out.baseAddress! + i).initialize(to: p)
            }
            initialized = count
        }
    }

    /// The unpadded rows laid out `width` slots each, -1 where a row was short.
    private static func padded(_ rows: UnsafeMutablePointer<Int32>, widths: ArraySlice<Int32>,
                               to width: Int) -> [Int32] {
        let total = widths.count * width
        guard total > 0 else { return [] }
        return [Int32](unsafeUninitializedCapacity: total) { out, initialized in
            var from = rows
            var to = out.baseAddress!
            for w in widths {
                let w = Int(w)
                to.initialize(from: from, count: w)
                (to + w).initialize(repeating: -1, count: width - w)
                from += w
                to += width
            }
            initialized = total
        }
    }
}

/// Per grid column, the cells covering it from above, latest on top, each with the row it
/// ends before (`Int32.max` for downward-growing cells). Stacks are linked lists in one flat
/// buffer, so a column costs no allocation; a stack is deeper than one only where cells overlap.
private struct CoverStacks: ~Copyable {
    private struct Entry {
        var cell: Int32, until: Int32, below: Int32
    }

    private var entries: LayoutBuffer<Entry>
    private var heads = LayoutBuffer<Int32>(capacity: 16)

    init(cells: Int) {
        entries = LayoutBuffer(capacity: cells)
    }

    /// Columns so far.
    var count: Int { heads.count }

    /// The first column from `x` on that no cell covers at row `y` (`count` when all are covered).
    mutating func firstFree(from x: Int, at y: Int32) -> Int {
        var x = x
        while x < heads.count && top(x, at: y) >= 0 { x += 1 }
        return x
    }

    /// Adds empty columns up to `n` columns.
    mutating func widen(to n: Int) {
        if heads.count < n { heads.append(-1, count: n - heads.count) }
    }

    /// Puts `cell` on top of `columns` (adding columns as needed) until row `until`.
    mutating func cover(_ columns: Range<Int>, with cell: Int32, until: Int32) {
        if heads.count < columns.upperBound { heads.append(-1, count: columns.upperBound - heads.count) }
        for x in columns {
            entries.append(Entry(cell: cell, until: until, below: heads[x]))
            heads[x] = Int32(entries.count - 1)
        }
    }

    /// The live cell covering column `x` at row `y` (-1 for none), dropping cells that ended above.
    @inline(__always)
    private func top(_ x: Int, at y: Int32) -> Int32 {
        var head = heads[x]
        while head >= 0 && entries[Int(head)].until <= y { head = entries[Int(head)].below }
        heads[x] = head
        return head >= 0 ? entries[Int(head)].cell : -1
    }

    /// Appends row `y`'s slots, one per column so far.
    mutating func appendRow(at y: Int32, to rows: inout LayoutBuffer<Int32>) {
        let n = heads.count
        let out = rows.extend(by: n)
        for x in 0..<n { out[x] = top(x, at: y) }
    }
}
