import WikiModel

/// A table as an aligned text grid for a terminal (`wikiconv inspect FILE --tables`).
///
/// Columns are sized to their content (a cell's lines joined by ` / `, long texts cut with `…`
/// at `maxCellWidth`). A spanned cell's text shows in its top-left slot; the other slots it
/// covers show `←` (spanned from the left) or `↑` (spanned from above). A colour cell without
/// text shows the party its colour names after `▮` (`▮ Labour Party (UK)`). Header rows are ruled
/// off; mid-table section rows are marked `§`. A table wider than `width` is printed in blocks
/// of columns, each block headed by its column range, so nothing is lost to the right edge.
public enum TableGridText {
    /// Longest cell text shown before it is cut.
    public static let maxCellWidth = 40

    /// Renders `table` to fit `width` terminal columns (at least one grid column per block).
    public static func render(_ table: Table, width: Int = 120) -> String {
        var out = title(table) + "\n"
        if let caption = table.caption { out += "Caption: \(caption.isEmpty ? "(empty)" : flat(caption))\n" }
        let grid = table.rows.enumerated().map { y, row in row.enumerated().map { x, cell in slotText(cell, y, x) } }
        let columnCount = table.columns.count
        guard columnCount > 0 else { return out + "(no cells)\n" }
        let widths = (0..<columnCount).map { x in
            grid.reduce(displayWidth(table.columns[x])) { max($0, $1.indices.contains(x) ? displayWidth($1[x]) : 0) }
        }
        let marker = table.rowInfo.contains(where: \.isSection) ? 2 : 0
        var start = 0
        while start < columnCount {
            // A line is the marker, "|", then " text |" (width + 3) per column.
            var end = start + 1, used = marker + 1 + widths[start] + 3
            while end < columnCount && used + 3 + widths[end] <= width { used += 3 + widths[end]; end += 1 }
            if start > 0 || end < columnCount { out += "Columns \(start + 1)–\(end) of \(columnCount):\n" }
            out += line(table.columns[start..<end].map { $0 }, widths[start..<end], prefix: String(repeating: " ", count: marker))
            out += rule(widths[start..<end], marker: marker)
            for (y, row) in grid.enumerated() {
                let section = y < table.rowInfo.count && table.rowInfo[y].isSection
                let prefix = marker == 0 ? "" : (section ? "§ " : "  ")
                out += line(Array(row[start..<min(end, row.count)]), widths[start..<end], prefix: prefix)
                if y + 1 == table.headerRows { out += rule(widths[start..<end], marker: marker) }
            }
            start = end
        }
        return out
    }

    private static func title(_ table: Table) -> String {
        var parts = ["Table \(table.index)"]
        if let section = table.section { parts.append(section) }
        parts.append("line \(table.line)")
        parts.append("\(table.rows.count)×\(table.columns.count)")
        if table.headerRows > 0 { parts.append("\(table.headerRows) header row\(table.headerRows == 1 ? "" : "s")") }
        if let p = table.parent { parts.append("inside table \(p.table) [\(p.row), \(p.col)]") }
        return parts.joined(separator: " · ")
    }

    private static func slotText(_ cell: Cell, _ y: Int, _ x: Int) -> String {
        if TableGrid.isEmptySlot(cell) { return "" }
        if cell.origin.row == y && cell.origin.col == x {
            let text = flat(cell.text)
            if text.isEmpty, let party = cell.styleParty { return cut("▮ " + party) }
            return cut(text)
        }
        return cell.origin.row == y ? "←" : "↑"
    }

    private static func line(_ cells: [String], _ widths: ArraySlice<Int>, prefix: String) -> String {
        var s = prefix + "|"
        for (text, w) in zip(cells, widths) { s += " " + text + String(repeating: " ", count: max(0, w - displayWidth(text))) + " |" }
        return s + "\n"
    }

    private static func rule(_ widths: ArraySlice<Int>, marker: Int) -> String {
        String(repeating: " ", count: marker) + "|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "+") + "|\n"
    }

    private static func flat(_ text: String) -> String {
        text.split(separator: "\n").map { $0.trimmingCharacters() }.filter { !$0.isEmpty }.joined(separator: " / ")
    }

    private static func cut(_ text: String) -> String {
        guard displayWidth(text) > maxCellWidth else { return text }
        var s = "", w = 0
        for c in text {
            let cw = charWidth(c)
            if w + cw > maxCellWidth - 1 { break }
            s.append(c); w += cw
        }
        return s + "…"
    }

    /// Terminal columns a text takes: wide East Asian characters count 2, combining marks 0.
    public static func displayWidth(_ text: String) -> Int { text.reduce(0) { $0 + charWidth($1) } }

    private static func charWidth(_ c: Character) -> Int {
        guard let v = c.unicodeScalars.first?.value else { return 0 }
        switch v {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1FAFF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}

private extension Substring {
    func trimmingCharacters() -> String {
        var s = self[...]
        while let f = s.first, f == " " { s = s.dropFirst() }
        while let l = s.last, l == " " { s = s.dropLast() }
        return String(s)
    }
}
