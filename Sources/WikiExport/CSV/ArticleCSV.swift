import WikiModel

/// The CSV shapes of an article: one table as a grid, and the long-form records that
/// `CSVExporter` gathers across articles. Numbers are written the way `JSONWriter` writes them.
public enum ArticleCSV {
    /// Header of `infobox_fields.csv`.
    public static let infoboxFieldsHeader = ["article", "infobox", "template", "key", "group", "raw", "text", "kind",
                                             "number", "unit", "line"]
    /// Header of `contests.csv`.
    public static let contestsHeader = ["article", "contest", "kind", "title", "section", "line", "seat_types", "valid",
                                        "invalid", "blank", "electorate", "turnout", "turnout_percent", "majority",
                                        "majority_percent", "result", "result_party", "from_party", "to_party", "swing",
                                        "quota"]
    /// Header of `contest_rows.csv`.
    public static let contestRowsHeader = ["article", "contest", "position", "party", "candidate", "votes", "percent",
                                           "percent_computed", "seats", "seats_by_type", "seat_change", "swing",
                                           "elected", "line", "counts"]

    /// A table's body rows (header rows left out) as CSV under its derived column names; each
    /// cell is its plain text, a spanned cell repeated in every slot, as in the grid. When body
    /// cells have footnotes, a last column `footnotes` gives each row's, one a line, after the
    /// name of the column they stand in (`Party: Backed by PTI`); a spanned cell's footnotes go
    /// with its first row.
    public static func table(_ table: Table) -> CSVWriter {
        let width = table.rows.reduce(table.columns.count) { max($0, $1.count) }
        // A grid should be as wide as its column names; name any extra column rather than drop it.
        var header = (0..<width).map { $0 < table.columns.count ? table.columns[$0] : "column \($0 + 1)" }
        let notes = footnotes(table, header: header)
        if !notes.isEmpty { header.append(uniqueName("footnotes", among: header)) }
        var csv = CSVWriter(header: header, capacity: 1 << 12)  // most tables are small; it grows
        for (r, row) in table.rows.enumerated().dropFirst(table.headerRows) {
            // Never too wide: width covers every row. The text's bytes, no string per slot.
            guard !notes.isEmpty else {
                csv.writeRow(count: row.count) { column, put in row[column].content.withText(put) }
                continue
            }
            csv.writeRow(count: width + 1) { column, put in
                if column < row.count { row[column].content.withText(put) }
                else if column == width { (notes[r] ?? "").withUTF8Bytes(put) }
            }
        }
        return csv
    }

    /// The footnotes of the body cells by the grid row of their top-left slot, one a line, each
    /// after its column's name; a reused footnote with no text of its own (`<ref name=a/>`)
    /// shows its name. Read from the written cells, each once (not per slot it covers).
    static func footnotes(_ table: Table, header: [String]) -> [Int: String] {
        var byRow: [Int: String] = [:]  // most tables have none: no allocation
        for written in table.rawRows {
            for cell in written where cell.content.hasExtras {
                let (r, column) = (cell.origin.row, cell.origin.col)
                guard r >= table.headerRows, column >= 0, column < header.count else { continue }
                for note in cell.notes {
                    let text = note.text.isEmpty ? note.name.map { "[\($0)]" } ?? "" : note.text
                    guard !text.isEmpty else { continue }
                    let line = header[column] + ": " + text
                    byRow[r] = byRow[r].map { $0 + "\n" + line } ?? line
                }
            }
        }
        return byRow
    }

    /// `name`, or `name 2`, `name 3` … when a column already has it.
    static func uniqueName(_ name: String, among names: [String]) -> String {
        var candidate = name, n = 1
        while names.contains(candidate) { n += 1; candidate = "\(name) \(n)" }
        return candidate
    }

    /// One `infobox_fields.csv` record per field.
    public static func infoboxFieldRows(_ article: Article) -> [[String]] {
        article.infoboxes.enumerated().flatMap { position, infobox in
            infobox.fields.map { field in
                [article.title, String(position + 1), infobox.template, field.key, text(field.group), field.raw,
                 field.text, field.value.kind.rawValue, text(field.value.number), field.value.unit ?? "",
                 String(field.line)]
            }
        }
    }

    /// One `contests.csv` record per contest.
    public static func contestRows(_ article: Article) -> [[String]] {
        article.contests.enumerated().map { position, contest in
            let totals = contest.totals, outcome = contest.outcome
            return [article.title, String(position + 1), contest.kind.rawValue, contest.title ?? "",
                    contest.section ?? "", String(contest.line), contest.seatTypes.joined(separator: "; "),
                    text(totals.valid), text(totals.invalid), text(totals.blank), text(totals.electorate),
                    text(totals.turnout), text(totals.turnoutPercent), text(totals.majority),
                    text(totals.majorityPercent), outcome?.result.rawValue ?? "", outcome?.party ?? "",
                    outcome?.from ?? "", outcome?.to ?? "", text(outcome?.swing), text(totals.quota)]
        }
    }

    /// One `contest_rows.csv` record per party or candidate line.
    public static func contestRowRows(_ article: Article) -> [[String]] {
        article.contests.enumerated().flatMap { position, contest in
            contest.rows.enumerated().map { index, row in
                [article.title, String(position + 1), String(index + 1), row.party ?? "", row.candidate ?? "",
                 text(row.votes), text(row.percent), row.percentComputed ? "1" : "0",
                 text(SQLiteExporter.totalSeats(row.seats)), seatsByType(row.seats), text(row.seatChange),
                 text(row.swing), row.elected ? "1" : "0", String(row.line), counts(row.counts)]
            }
        }
    }

    /// A single transferable vote's counts, `2352; 2818.5; ; 2500` (empty where a count has none).
    static func counts(_ counts: [Double?]?) -> String {
        (counts ?? []).map { text($0) }.joined(separator: "; ")
    }

    /// `General=93; Women=0` in seat-type order, first entry per type.
    static func seatsByType(_ seats: OrderedPairs<Int>) -> String {
        var seen = Set<String>()
        return seats.entries.filter { seen.insert($0.key).inserted }
            .map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
    }

    static func text(_ value: Int?) -> String { value.map(String.init) ?? "" }

    /// As in the JSON: `100` not `100.0`; empty for nil and non-finite values.
    static func text(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        var json = JSONWriter(capacity: 32)
        json.double(value)
        return json.withBytes { String(decoding: $0, as: UTF8.self) }
    }
}
