/// The HTML5 table-forming algorithm over cell spans: where each written cell lands and which
/// cell covers each slot of the grid.
///
/// Follows the spec's steps (and wikitextparser's reading of them): a cell starts at the first
/// free slot of its row; `rowspan=0` grows to the end of the row group (a wikitable has one);
/// spans reaching past the last row add rows; where cells overlap (a table model error) the
/// later cell shows. Work and memory stay within ``TableLimits``.
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
    /// `grid[y][x]`: the flat index of the cell covering the slot, or -1 for none.
    private(set) var grid: [[Int32]] = []
    /// Grid width.
    private(set) var width = 0

    /// Lays out the written cells: `spans` as read (clamped, rowspan 0 kept), flattened in row
    /// order, `counts[y]` of them in row `y`.
    init(spans: [(rowspan: Int, colspan: Int)], counts: [Int]) {
        // Per column, the cells covering it from above, latest last, each with the row it ends
        // before (Int.max for downward-growing cells).
        var layers: [[(cell: Int32, until: Int)]] = []
        var flat = 0
        var y = 0
        placements.reserveCapacity(spans.count)
        grid.reserveCapacity(counts.count)
        for count in counts {
            // Stop before the grid outgrows its budget; later cells stay unplaced.
            if (y + 1) * max(width, 1) > TableLimits.maxSlots { break }
            var xcurrent = 0
            for (rowspan, colspan) in spans[flat..<(flat + count)] {
                defer { flat += 1 }
                while xcurrent < layers.count && Self.top(&layers[xcurrent], at: y) != nil { xcurrent += 1 }
                guard xcurrent < TableLimits.maxColumns else { placements.append(nil); continue }
                let span = min(colspan, TableLimits.maxColumns - xcurrent)
                if layers.count < xcurrent + span { layers += Array(repeating: [], count: xcurrent + span - layers.count) }
                let until = rowspan == 0 ? Int.max : y + rowspan
                for x in xcurrent..<(xcurrent + span) { layers[x].append((Int32(flat), until)) }
                placements.append(Placement(row: y, col: xcurrent, rowspan: rowspan, colspan: span))
                xcurrent += span
            }
            width = max(width, layers.count)
            grid.append(Self.slots(&layers, at: y))
            y += 1
        }
        placements += Array(repeating: nil, count: spans.count - placements.count)
        // Ending the row group: rows that only spans from above reach, within the slot budget.
        var end = y
        for p in placements { if let p, p.rowspan > 0 { end = max(end, p.row + p.rowspan) } }
        let budgetRows = TableLimits.maxSlots / max(width, 1)
        end = min(end, max(budgetRows, 0))
        while y < end {
            grid.append(Self.slots(&layers, at: y))
            y += 1
        }
        if grid.count > budgetRows { grid.removeLast(grid.count - max(budgetRows, 0)) }
        for i in grid.indices where grid[i].count < width {
            grid[i] += Array(repeating: -1, count: width - grid[i].count)
        }
        let height = grid.count
        for i in placements.indices {
            guard var p = placements[i] else { continue }
            if p.row >= height { placements[i] = nil; continue }
            p.rowspan = p.rowspan == 0 ? height - p.row : min(p.rowspan, height - p.row)
            placements[i] = p
        }
    }

    /// The live cell covering a column at row `y`, dropping layers that ended above it.
    private static func top(_ column: inout [(cell: Int32, until: Int)], at y: Int) -> Int32? {
        while let last = column.last, last.until <= y { column.removeLast() }
        return column.last?.cell
    }

    private static func slots(_ layers: inout [[(cell: Int32, until: Int)]], at y: Int) -> [Int32] {
        var row = [Int32](repeating: -1, count: layers.count)
        for x in layers.indices { row[x] = top(&layers[x], at: y) ?? -1 }
        return row
    }
}
