import WikiModel

/// A readable Markdown rendering of an article for review: the title, each infobox as a
/// key–value list (typed values shown with their sign and unit), every table as a GFM pipe
/// table with spans laid out and derived column names, and the contests as tables.
public enum ArticleMarkdown {
    /// The article as Markdown text.
    public static func render(_ article: Article) -> String {
        String(decoding: renderUTF8(article), as: UTF8.self)
    }

    /// The article as Markdown, as UTF-8 bytes (what the exporter writes to a file).
    public static func renderUTF8(_ article: Article) -> [UInt8] {
        var out = ByteBuffer(capacity: 16 << 10)
        out.append("# ")
        out.append(contentsOf: article.title)
        out.append("\n")
        let named = NamedNotes(article)
        for (n, infobox) in article.infoboxes.enumerated() {
            out.append("\n## ")
            out.append(contentsOf: infobox.template)
            out.append("\n\n")
            var footnotes = Footnotes(prefix: "i\(n + 1)", named: named)
            for field in infobox.fields where !field.text.isEmpty {
                out.append("- **")
                appendText(field.key, oneLine: false, to: &out)
                out.append("**: ")
                appendText(field.text, oneLine: true, to: &out)
                out.append(contentsOf: valueSuffix(field.value))
                if !field.notes.isEmpty { out.append(contentsOf: footnotes.markers(field.notes)) }
                out.append("\n")
            }
            footnotes.appendDefinitions(to: &out)
        }
        for table in article.tables { append(table, named: named, to: &out) }
        for (n, contest) in article.contests.enumerated() {
            out.append("\n## Contest ")
            out.appendDecimal(n + 1)
            out.append(": ")
            out.append(contentsOf: contest.title ?? contest.section ?? contest.kind.rawValue)
            out.append("\n\n")
            appendContestTable(contest, to: &out)
        }
        return out.array
    }

    private static func append(_ table: Table, named: NamedNotes, to out: inout ByteBuffer) {
        out.append("\n## Table ")
        out.appendDecimal(table.index)
        if let section = table.section, !section.isEmpty {
            out.append(" — ")
            out.append(contentsOf: section)
        }
        out.append("\n\n")
        if let caption = table.caption, !caption.isEmpty {
            out.append("*")
            appendText(caption, oneLine: true, to: &out)
            out.append("*\n\n")
        }
        // Cells are written from the grid as they are: no array of texts per row, no string per cell.
        let body = table.rows.dropFirst(table.headerRows)
        // Most tables have no footnote: their cells are written with nothing to track.
        guard table.rawRows.contains(where: { $0.contains { $0.content.hasExtras && !$0.notes.isEmpty } }) else {
            appendPipeTable(header: table.columns, rows: body, width: body.map(\.count).max() ?? 0, to: &out) { cell, out in
                cell.content.withText { appendCell(bytes: $0, to: &out) }
            }
            return
        }
        var footnotes = Footnotes(prefix: "t\(table.index)", named: named)
        var marked = Set<GridPosition>()  // cells with notes met so far
        appendPipeTable(header: table.columns, rows: body, width: body.map(\.count).max() ?? 0, to: &out) { cell, out in
            cell.content.withText { appendCell(bytes: $0, to: &out) }
            // A spanned cell's notes are marked once: rows are written in order, so the first
            // slot met is its top-left one.
            if cell.content.hasExtras, !cell.notes.isEmpty, marked.insert(cell.origin).inserted {
                out.append(contentsOf: footnotes.markers(cell.notes))
            }
        }
        footnotes.appendDefinitions(to: &out)
    }

    /// `13,999,656` is shown as text; a change or percentage point value adds its reading.
    static func valueSuffix(_ value: Value) -> String {
        guard let number = value.number else { return "" }
        switch value.kind {
        case .change:
            let sign = number > 0 ? "+" : (number < 0 ? "−" : "±")
            return " (change \(sign)\(format(abs(number)))\(value.unit.map { " \($0)" } ?? ""))"
        case .percentagePoints:
            return " (\(format(number)) percentage points)"
        default:
            return ""
        }
    }

    /// A GFM pipe table as wide as the header or the widest row (`widestRow` cells), short
    /// rows padded with empty cells; nothing when that width is 0. `appendItem` writes one
    /// cell (through ``appendCell(_:to:)``).
    static func appendPipeTable<Rows: Collection, Item>(
        header: [String], rows: Rows, width widestRow: Int, to out: inout ByteBuffer,
        _ appendItem: (Item, inout ByteBuffer) -> Void
    ) where Rows.Element: RandomAccessCollection, Rows.Element.Element == Item, Rows.Element.Index == Int {
        let width = max(header.count, widestRow)
        guard width > 0 else { return }
        out.append("|")
        for i in 0..<width {
            out.append(" ")
            if i < header.count { appendCell(header[i], to: &out) }
            out.append(" |")
        }
        out.append("\n|")
        for _ in 0..<width { out.append(" --- |") }
        out.append("\n")
        for cells in rows {
            out.append("|")
            for i in 0..<width {
                out.append(" ")
                if i < cells.count { appendItem(cells[i], &out) }
                out.append(" |")
            }
            out.append("\n")
        }
    }

    static func format(_ x: Double) -> String {
        x.rounded() == x && abs(x) < 1e15 ? String(Int(x)) : String(x)
    }
}
