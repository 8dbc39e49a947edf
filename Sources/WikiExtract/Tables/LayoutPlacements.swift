/// Where each written cell landed (``TableLayout/placements``), in flat row order: nil for a
/// cell left outside the limits. Stored packed and resolved on access: `rowspan=0` grows to
/// the grid's last row, spans are cut there, and a cell whose row fell past the slot budget
/// reads as nil.
struct LayoutPlacements: RandomAccessCollection {
    /// A cell's landing as laid out: `row` -1 when unplaced, `rowspan` as written (0 kept).
    struct Packed {
        var row: Int32 = -1, col: Int32 = 0, rowspan: Int32 = 0, colspan: Int32 = 0
    }

    private let packed: [Packed]
    private let height: Int

    init(_ packed: [Packed], height: Int) {
        self.packed = packed
        self.height = height
    }

    var startIndex: Int { 0 }
    var endIndex: Int { packed.count }

    subscript(i: Int) -> TableLayout.Placement? {
        let p = packed[i]
        let row = Int(p.row)
        guard row >= 0 && row < height else { return nil }
        let rowspan = Int(p.rowspan)
        return TableLayout.Placement(row: row, col: Int(p.col),
                                     rowspan: rowspan == 0 ? height - row : Swift.min(rowspan, height - row),
                                     colspan: Int(p.colspan))
    }
}
