import Foundation
import TestSupport
import Wikitext
import WikiDump
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

    /// The wikitext of the page titled `title` in the dump sample `sample` of `../shared/dumps`
    /// (real Wikipedia pages, CC BY-SA; read at test time).
    static func dumpPage(_ title: String, in sample: String) throws -> String {
        let reader = try DumpReader(path: try Fixtures.shared("dumps/" + sample).path, options: DumpOptions())
        while let page = try reader.next() {
            if page.title == title { return String(decoding: page.text, as: UTF8.self) }
        }
        throw PageNotFound(title: title, sample: sample)
    }

    struct PageNotFound: Error {
        let title: String, sample: String
    }

    /// Rows × columns of the grid.
    static func size(_ table: Table) -> (Int, Int) { (table.rows.count, table.columns.count) }
}
