import WikiModel

/// A table as the browser model collects it, before layout: rows of read cells in the order
/// they were written, plus where the table sits. ``HTMLTableBuilder`` turns it into a `Table`.
struct HTMLTableDraft {
    /// A written cell: its record in the page's HTML-table store (``HTMLTableModel/store``),
    /// set when its content is read (at once for a sealed wikitext cell, else when it closes),
    /// what its tag says, and its spans as HTML reads them.
    struct CellDraft {
        var record: Int32 = -1
        var header: Bool
        var line: Int
        var attributes = OrderedPairs<String>()
        var styleParty: String?
        var rowspan = 1
        var colspan = 1
    }

    /// A row: `<tr>`, a wikitext `|-` row, or a row a browser implies for a stray cell.
    struct RowDraft {
        var cells: [CellDraft] = []
        var line: Int
        var attributes = OrderedPairs<String>()
        var styleParty: String?
        /// Written as wikitext: MediaWiki emits no `<tr>` for such a row with no cells.
        var wikitext = false
        /// In a `<tfoot>`: drawn after every other row, as the HTML table model orders it.
        var foot = false
    }

    /// Where a nested table sits: its enclosing table (draft index) and cell, or no cell (a
    /// table in a caption, or standing between rows).
    struct Anchor {
        var table: Int
        var row: Int
        var cell: Int
    }

    var table: Table
    var rows: [RowDraft] = []
    var anchor: Anchor?
    /// Built whole already (a wikitable with no table tag inside, see
    /// ``HTMLTableModel/addBuilt(_:)``): `table` is final but for its parent.
    var built = false
}
