import WikiModel

/// Turns written cells and their layout into the stored cells of a table (``TableCells``):
/// each written cell once, and a grid of slot indexes into them.
///
/// A slot that no cell covers (a short row, or a row that spans from above reach past the
/// last written row) holds an *empty slot*: a cell with empty text and `rowspan` and `colspan`
/// both 0, which no written cell can have. It stands for wikitextparser's `None`.
public enum TableGrid {
    /// True for the filler of a slot no cell covers.
    public static func isEmptySlot(_ cell: Cell) -> Bool {
        cell.rowspan == 0 && cell.colspan == 0
    }

    /// The table's cells: `placed` (the written cells in row order, with their origin and grid
    /// spans set; `counts[y]` of them in written row `y`, `spans` as written), then one filler
    /// per grid row with an uncovered slot; the grid is `layout.slots` with fillers named.
    static func cells(_ placed: consuming [Cell], _ layout: TableLayout, lines: [Int], counts: [Int],
                      spans: [(rowspan: Int, colspan: Int)]) -> TableCells {
        var cells = placed
        var slots = layout.slots
        let width = layout.width
        slots.withUnsafeMutableBufferPointer { grid in
            for y in 0..<layout.height {
                var filler: Int32 = -1  // one filler per row: its line is the row's
                for i in (y * width)..<(y * width + width) where grid[i] < 0 {
                    if filler < 0 {
                        let line = y < lines.count ? lines[y] : (lines.last ?? 0)
                        let content = CellContent(text: "", raw: "", line: line, value: Value(kind: .empty, status: .exact))
                        filler = Int32(cells.count)
                        cells.append(Cell(content: content, origin: GridPosition(row: y, col: 0), rowspan: 0, colspan: 0))
                    }
                    grid[i] = ~filler
                }
            }
        }
        return TableCells(cells: cells, slots: slots, width: width, writtenCounts: counts,
                          spans: spans.map { TableCells.WrittenSpan(rowspan: $0.rowspan, colspan: $0.colspan) })
    }
}
