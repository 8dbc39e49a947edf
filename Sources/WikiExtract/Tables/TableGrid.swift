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
    /// `placed` holds the written cells with their origin and grid spans already set; a slot
    /// only ever names a cell that was placed.
    static func rows(_ placed: [Cell], _ layout: TableLayout, lines: [Int]) -> [[Cell]] {
        var rows: [[Cell]] = []
        rows.reserveCapacity(layout.grid.count)
        for (y, slots) in layout.grid.enumerated() {
            let line = y < lines.count ? lines[y] : (lines.last ?? 0)
            var row: [Cell] = []
            row.reserveCapacity(slots.count)
            for (x, slot) in slots.enumerated() {
                if slot >= 0 {
                    row.append(placed[Int(slot)])
                } else {
                    row.append(Cell(text: "", raw: "", origin: GridPosition(row: y, col: x), rowspan: 0, colspan: 0,
                                    line: line, value: Value(kind: .empty, status: .exact)))
                }
            }
            rows.append(row)
        }
        return rows
    }
}
