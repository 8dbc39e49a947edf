import WikiModel

/// Turns written cells and their layout into the rectangular grid of the model.
///
/// A slot that no cell covers (a short row, or a row that spans from above reach past the
/// last written row) holds an *empty slot*: a cell with empty text and `rowspan` and `colspan`
/// both 0, which no written cell can have. It stands for wikitextparser's `None`.
public enum TableGrid {
    /// True for the filler of a slot no cell covers.
    public static func isEmptySlot(_ cell: Cell) -> Bool {
        cell.rowspan == 0 && cell.colspan == 0
    }

    /// The grid: every row `layout.width` long, spanned cells repeated with their origin.
    static func rows(_ written: [TableCellReader.Written], _ layout: TableLayout, lines: [Int]) -> [[Cell]] {
        var placed: [Cell?] = written.indices.map { i in
            guard let p = layout.placements[i] else { return nil }
            var cell = written[i].cell
            cell.origin = GridPosition(row: p.row, col: p.col)
            cell.rowspan = p.rowspan
            cell.colspan = p.colspan
            return cell
        }
        var rows: [[Cell]] = []
        rows.reserveCapacity(layout.grid.count)
        for (y, slots) in layout.grid.enumerated() {
            let line = y < lines.count ? lines[y] : (lines.last ?? 0)
            var row: [Cell] = []
            row.reserveCapacity(slots.count)
            for (x, slot) in slots.enumerated() {
                if slot >= 0, let cell = placed[Int(slot)] {
                    row.append(cell)
                } else {
                    row.append(Cell(text: "", raw: "", origin: GridPosition(row: y, col: x), rowspan: 0, colspan: 0,
                                    line: line, value: Value(kind: .empty, status: .exact)))
                }
            }
            rows.append(row)
        }
        placed.removeAll()
        return rows
    }

    /// The rows as written: each cell with its spans as read and the slot it landed in
    /// (`[-1, -1]` when it fell outside the grid limits).
    static func rawRows(_ written: [TableCellReader.Written], _ layout: TableLayout, counts: [Int]) -> [[Cell]] {
        var out: [[Cell]] = []
        out.reserveCapacity(counts.count)
        var i = 0
        for n in counts {
            var row: [Cell] = []
            row.reserveCapacity(n)
            for _ in 0..<n {
                var cell = written[i].cell
                let p = layout.placements[i]
                cell.origin = GridPosition(row: p?.row ?? -1, col: p?.col ?? -1)
                cell.rowspan = written[i].rowspan
                cell.colspan = written[i].colspan
                row.append(cell)
                i += 1
            }
            out.append(row)
        }
        return out
    }
}
