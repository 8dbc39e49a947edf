/// The HTML5 table-forming algorithm over cell spans: where each written cell lands and which
/// cell covers each slot of the grid.
///
/// Follows the spec's steps (and wikitextparser's reading of them): a cell starts at the first
/// free slot of its row; `rowspan=0` grows to the end of the row group (a wikitable has one);
/// spans reaching past the last row add rows; where cells overlap (a table model error) the
/// later cell shows, and the earlier one shows again below the later one's end. Work and
/// memory stay within ``TableLimits``.
struct TableLayout {
    /// Where one written cell landed.
    struct Placement {
        var row: Int
        var col: Int
        /// Rows covered in the grid (rowspan=0 resolved; cut at the grid's last row).
        var rowspan: Int
        /// Columns covered in the grid (cut at `TableLimits.maxColumns`).
        var colspan: Int
    }

    /// One entry per written cell (flattened in row order); nil when it fell outside the limits.
    private(set) var placements: [Placement?] = []
    /// The grid, row after row, `width` slots each: the flat index of the cell covering the
    /// slot, or -1 for none.
    private(set) var slots: [Int32] = []
    /// Grid width.
    private(set) var width = 0
    /// Grid height.
    var height: Int { rowWidths.count }
    /// Each grid row's slots before padding.
    private var rowWidths: [Int] = []

    /// The cell covering slot `(y, x)`, or -1.
    func slot(_ y: Int, _ x: Int) -> Int32 { slots[y &* width &+ x] }

    /// Lays out the written cells: `spans` as read (clamped, rowspan 0 kept), flattened in row
    /// order, `counts[y]` of them in row `y`.
    init(spans: [(rowspan: Int, colspan: Int)], counts: [Int]) {
        var columns = CoverStacks()
        var rows: [Int32] = []  // unpadded rows, back to back; rowWidths says where each ends
        var flat = 0
        var y = 0
        placements.reserveCapacity(spans.count)
        rows.reserveCapacity(spans.count + counts.count)
        for count in counts {
            // Stop before the grid outgrows its budget; later cells stay unplaced.
            if (y + 1) * max(width, 1) > TableLimits.maxSlots { break }
            var xcurrent = 0
            for (rowspan, colspan) in spans[flat..<(flat + count)] {
                defer { flat += 1 }
                while xcurrent < columns.count && columns.top(xcurrent, at: y) >= 0 { xcurrent += 1 }
                guard xcurrent < TableLimits.maxColumns else { placements.append(nil); continue }
                let span = min(colspan, TableLimits.maxColumns - xcurrent)
                columns.widen(to: xcurrent + span)
                let until = rowspan == 0 ? Int.max : y + rowspan
                for x in xcurrent..<(xcurrent + span) { columns.push(Int32(flat), until: until, on: x) }
                placements.append(Placement(row: y, col: xcurrent, rowspan: rowspan, colspan: span))
                xcurrent += span
            }
            width = max(width, columns.count)
            columns.appendRow(at: y, to: &rows, widths: &rowWidths)
            y += 1
        }
        placements += Array(repeating: nil, count: spans.count - placements.count)
        // Ending the row group: rows that only spans from above reach, within the slot budget.
        var end = y
        for p in placements { if let p, p.rowspan > 0 { end = max(end, p.row + p.rowspan) } }
        let budgetRows = max(TableLimits.maxSlots / max(width, 1), 0)
        end = min(end, budgetRows)
        while y < end {
            columns.appendRow(at: y, to: &rows, widths: &rowWidths)
            y += 1
        }
        if rowWidths.count > budgetRows { rowWidths.removeLast(rowWidths.count - budgetRows) }
        slots = Self.padded(rows, widths: rowWidths, to: width)
        let height = rowWidths.count
        for i in placements.indices {
            guard var p = placements[i] else { continue }
            if p.row >= height { placements[i] = nil; continue }
            p.rowspan = p.rowspan == 0 ? height - p.row : min(p.rowspan, height - p.row)
            placements[i] = p
        }
    }

    /// The unpadded rows laid out `width` slots each, -1 where a row was short.
    private static func padded(_ rows: [Int32], widths: [Int], to width: Int) -> [Int32] {
        var slots = [Int32](repeating: -1, count: widths.count * width)
        var from = 0
        for (y, w) in widths.enumerated() {
            for x in 0..<w { slots[y * width + x] = rows[from + x] }
            from += w
        }
        return slots
    }
}

/// Per grid column, the cells covering it from above, latest on top, each with the row it
/// ends before (`Int.max` for downward-growing cells). Stacks are linked lists in one flat
/// array, so a column costs no allocation; a stack is deeper than one only where cells overlap.
private struct CoverStacks {
    private var entries: [(cell: Int32, until: Int, below: Int32)] = []
    private var heads: [Int32] = []

    /// Columns so far.
    var count: Int { heads.count }

    mutating func widen(to columns: Int) {
        if heads.count < columns { heads += repeatElement(-1, count: columns - heads.count) }
    }

    mutating func push(_ cell: Int32, until: Int, on x: Int) {
        entries.append((cell, until, heads[x]))
        heads[x] = Int32(entries.count - 1)
    }

    /// The live cell covering column `x` at row `y` (-1 for none), dropping cells that ended above.
    mutating func top(_ x: Int, at y: Int) -> Int32 {
        var head = heads[x]
        while head >= 0 && entries[Int(head)].until <= y { head = entries[Int(head)].below }
        heads[x] = head
        return head >= 0 ? entries[Int(head)].cell : -1
    }

    /// Appends row `y`'s slots (one per column so far) and its width.
    mutating func appendRow(at y: Int, to rows: inout [Int32], widths: inout [Int]) {
        for x in heads.indices { rows.append(top(x, at: y)) }
        widths.append(heads.count)
    }
}
