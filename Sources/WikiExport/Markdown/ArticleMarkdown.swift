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
        var out: [UInt8] = []
        out.reserveCapacity(16 << 10)
        out += "# \(article.title)\n".utf8
        for infobox in article.infoboxes {
            out += "\n## \(infobox.template)\n\n".utf8
            for field in infobox.fields where !field.text.isEmpty {
                out += "- **\(escape(field.key))**: \(escape(oneLine(field.text)))\(valueSuffix(field.value))\n".utf8
            }
        }
        for table in article.tables {
            var heading = "Table \(table.index)"
            if let section = table.section, !section.isEmpty { heading += " — \(section)" }
            out += "\n## \(heading)\n\n".utf8
            if let caption = table.caption, !caption.isEmpty { out += "*\(escape(oneLine(caption)))*\n\n".utf8 }
            // Cells are written from the grid as they are: no array of texts per row.
            let body = table.rows.dropFirst(table.headerRows)
            appendPipeTable(header: table.columns, rows: body, width: body.map(\.count).max() ?? 0,
                            to: &out) { $0.text }
        }
        for (n, contest) in article.contests.enumerated() {
            out += "\n## Contest \(n + 1): \(contest.title ?? contest.section ?? contest.kind.rawValue)\n\n".utf8
            out += contestTable(contest).utf8
        }
        return out
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

    static func contestTable(_ contest: Contest) -> String {
        let seatTypes = contest.seatTypes.isEmpty
            ? Array(Set(contest.rows.flatMap { $0.seats.map(\.key) })).sorted() : contest.seatTypes
        var header = ["Party", "Candidate", "Votes", "%"] + seatTypes + ["Elected"]
        let hasCandidates = contest.rows.contains { $0.candidate != nil }
        if !hasCandidates { header.remove(at: 1) }
        let rows: [[String]] = contest.rows.map { row in
            var cells = [row.party ?? "", row.candidate ?? "", row.votes.map(grouped) ?? "",
                         row.percent.map { format($0) + (row.percentComputed ? "*" : "") } ?? ""]
            cells += seatTypes.map { type in row.seats.first { $0.key == type }.map { String($0.value) } ?? "" }
            cells.append(row.elected ? "yes" : "")
            if !hasCandidates { cells.remove(at: 1) }
            return cells
        }
        var out = pipeTable(header: header, rows: rows)
        let t = contest.totals
        var facts: [String] = []
        if let v = t.valid { facts.append("valid \(grouped(v))") }
        if let v = t.invalid { facts.append("invalid \(grouped(v))") }
        if let v = t.electorate { facts.append("electorate \(grouped(v))") }
        if let v = t.turnout { facts.append("turnout \(grouped(v))" + (t.turnoutPercent.map { " (\(format($0))%)" } ?? "")) }
        if let v = t.majority { facts.append("majority \(grouped(v))") }
        if let o = contest.outcome { facts.append("\(o.result.rawValue) \(o.party ?? "")" + (o.result == .gain ? " from \(o.from ?? "?")" : "")) }
        if contest.rows.contains(where: \.percentComputed) { facts.append("* percentage computed from votes") }
        if !facts.isEmpty { out += "\n" + facts.joined(separator: "; ") + "\n" }
        return out
    }

    static func pipeTable(header: [String], rows: [[String]]) -> String {
        var out: [UInt8] = []
        appendPipeTable(header: header, rows: rows, width: rows.map(\.count).max() ?? 0, to: &out) { $0 }
        return String(decoding: out, as: UTF8.self)
    }

    /// A GFM pipe table as wide as the header or the widest row (`widestRow` cells), short
    /// rows padded with empty cells; nothing when that width is 0.
    static func appendPipeTable<Rows: Collection, Cell>(
        header: [String], rows: Rows, width widestRow: Int, to out: inout [UInt8], _ text: (Cell) -> String
    ) where Rows.Element == [Cell] {
        let width = max(header.count, widestRow)
        guard width > 0 else { return }
        out.append(UInt8(ascii: "|"))
        for i in 0..<width {
            out.append(0x20)
            if i < header.count { appendCell(header[i], to: &out) }
            out += " |".utf8
        }
        out.append(0x0A)
        out.append(UInt8(ascii: "|"))
        for _ in 0..<width { out += " --- |".utf8 }
        out.append(0x0A)
        for cells in rows {
            out.append(UInt8(ascii: "|"))
            for i in 0..<width {
                out.append(0x20)
                if i < cells.count { appendCell(text(cells[i]), to: &out) }
                out += " |".utf8
            }
            out.append(0x0A)
        }
    }

    /// A cell on one line: line breaks become ` / `, `|` is escaped. Byte by byte: tables are
    /// most of an article's Markdown.
    static func appendCell(_ text: String, to out: inout [UInt8]) {
        var pendingBreak = false
        var written = false
        for b in text.utf8 {
            if b == 0x0A || b == 0x0D || b == 0x0B || b == 0x0C {
                pendingBreak = written
                continue
            }
            written = true
            if pendingBreak {
                out += " / ".utf8
                pendingBreak = false
            }
            if b == UInt8(ascii: "|") { out.append(UInt8(ascii: "\\")) }
            out.append(b)
        }
    }

    static func oneLine(_ s: String) -> String { s.split(whereSeparator: \.isNewline).joined(separator: " / ") }

    static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            if c == "|" { out += "\\|" } else { out.append(c) }
        }
        return out
    }

    static func format(_ x: Double) -> String {
        x.rounded() == x && abs(x) < 1e15 ? String(Int(x)) : String(x)
    }

    static func grouped(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "−" : "") + out
    }
}
