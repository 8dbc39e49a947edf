import Foundation
import Wikitext
import WikiExtract
import WikiModel

/// Shared helpers for the table tests.
enum TableTestHelpers {
    /// The tables of a wikitext string.
    static func tables(_ text: String) -> [Table] {
        TableExtractor.extract(WikitextDocument(parsing: text))
    }

    /// wikitextparser's `strip`: leading spaces and trailing whitespace go (a leading newline
    /// stays, since what follows it can be meaningful).
    static func wtpStrip(_ s: String) -> String {
        var scalars = Substring(s)
        while scalars.first == " " { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " || last == "\n" || last == "\t" || last == "\r" || last == "\u{0B}" || last == "\u{0C}" {
            scalars = scalars.dropLast()
        }
        return String(scalars)
    }

    /// The raw content of a table the way wikitextparser's `Table.data()` shows it: the grid
    /// (`span`) or the rows as written, `nil` for a slot no cell covers.
    static func data(_ table: Table, span: Bool = true, strip: Bool = true) -> [[String?]] {
        let rows: [[Cell]] = span ? table.rows.map(Array.init) : table.rawRows.map(Array.init)
        return rows.map { row in
            row.map { cell in
                if TableGrid.isEmptySlot(cell) { return nil }
                return strip ? wtpStrip(cell.raw) : cell.raw
            }
        }
    }

    /// Rows × columns of the grid.
    static func size(_ table: Table) -> (Int, Int) { (table.rows.count, table.columns.count) }
}
