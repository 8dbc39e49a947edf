import WikiModel

/// Colour swatch columns: election tables draw a party's colour in a narrow empty column
/// beside its name, both under one header (`! colspan=2 | Party`, then `| style="background:
/// {{party color|Labour Party (UK)}}" |` and `| [[Labour Party (UK)|Labour]]`). Both columns
/// would take the header's name, the swatch first (`Party`, `Party 2`), so the names moved
/// one column off the data a reader sees under them. The swatch is named `Party colour`
/// instead, and the name column keeps `Party`.
enum ColourSwatchColumns {
    /// The suffix a swatch column's name takes after the header's name.
    static let suffix = " colour"

    /// Renames each swatch column in `names` (the columns' names before repeats are made
    /// unique): the first column of a run under one header cell whose body cells are all
    /// without text, some of them coloured.
    static func rename(_ names: inout [String], _ rows: GridRows, headerRows: Int) {
        guard headerRows > 0 else { return }
        let deepest = headerRows - 1
        var x = 0
        while x + 1 < names.count {
            defer { x += 1 }
            guard names[x] == names[x + 1], x + 1 < rows.width(of: deepest) else { continue }
            let header = rows.cell(deepest, x)
            guard !TableGrid.isEmptySlot(header), header.origin.col == x,
                  header.origin == rows.cell(deepest, x + 1).origin, isSwatch(column: x, rows, from: headerRows) else { continue }
            names[x] += suffix
        }
    }

    /// True when every cell written in column `x` below the header (not spanning into other
    /// columns) shows no text, and at least one has a background colour or names a party.
    static func isSwatch(column x: Int, _ rows: GridRows, from first: Int) -> Bool {
        var coloured = false, any = false
        for y in first..<rows.count where x < rows.width(of: y) {
            let cell = rows.cell(y, x)
            guard !TableGrid.isEmptySlot(cell), cell.origin == GridPosition(row: y, col: x), cell.colspan == 1 else { continue }
            guard cell.text.allSatisfy(\.isWhitespace) else { return false }
            any = true
            if !coloured { coloured = isColoured(cell) }
        }
        return any && coloured
    }

    private static func isColoured(_ cell: Cell) -> Bool {
        if cell.styleParty != nil { return true }
        for entry in cell.attributes {
            let key = entry.key.lowercased()
            if key == "bgcolor" || (key == "style" && entry.value.lowercased().contains("background")) { return true }
        }
        return false
    }
}
