import WikiModel

/// The grid's convention for slots no cell covers (a short row, or a row that spans from above
/// reach past the last written row): an *empty slot*, a cell with empty text and `rowspan` and
/// `colspan` both 0, which no written cell can have. It stands for wikitextparser's `None`.
/// ``TableCells`` makes them.
public enum TableGrid {
    /// True for the filler of a slot no cell covers.
    public static func isEmptySlot(_ cell: Cell) -> Bool {
        cell.rowspan == 0 && cell.colspan == 0
    }
}
