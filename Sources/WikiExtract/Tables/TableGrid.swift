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
        rows.reserveCapacity(layout.height)
        for y in 0..<layout.height {
            let line = y < lines.count ? lines[y] : (lines.last ?? 0)
            var empty: CellContent?  // one content for the row's empty slots
            var row: [Cell] = []
            row.reserveCapacity(layout.width)
            for x in 0..<layout.width {
                let slot = layout.slot(y, x)
                if slot >= 0 {
                    row.append(placed[Int(slot)])
                } else {
                    if empty == nil { empty = CellContent(text: "", raw: "", line: line, value: Value(kind: .empty, status: .exact)) }
                    row.append(Cell(content: empty!, origin: GridPosition(row: y, col: x), rowspan: 0, colspan: 0))
                }
            }
            rows.append(row)
        }
        return rows
    }
}
