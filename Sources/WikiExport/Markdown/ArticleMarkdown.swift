import WikiModel

/// A readable Markdown rendering of an article for review: the title, each infobox as a
/// key–value list (typed values shown with their sign and unit), every table as a GFM pipe
/// table with spans laid out and derived column names, and the contests as tables.
public enum ArticleMarkdown {
    /// The article as Markdown text.
    public static func render(_ article: Article) -> String {
        var out = "# \(article.title)\n"
        for infobox in article.infoboxes {
            out += "\n## \(infobox.template)\n\n"
            for field in infobox.fields where !field.text.isEmpty {
                out += "- **\(escape(field.key))**: \(escape(oneLine(field.text)))\(valueSuffix(field.value))\n"
            }
        }
        for table in article.tables {
            var heading = "Table \(table.index)"
            if let section = table.section, !section.isEmpty { heading += " — \(section)" }
            out += "\n## \(heading)\n\n"
            if let caption = table.caption, !caption.isEmpty { out += "*\(escape(oneLine(caption)))*\n\n" }
            out += pipeTable(header: table.columns, rows: table.rows.dropFirst(table.headerRows).map { $0.map(\.text) })
        }
        for (n, contest) in article.contests.enumerated() {
            out += "\n## Contest \(n + 1): \(contest.title ?? contest.section ?? contest.kind.rawValue)\n\n"
            out += contestTable(contest)
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
        let width = max(header.count, rows.map(\.count).max() ?? 0)
        guard width > 0 else { return "" }
        var out: [UInt8] = []
        func line(_ cells: [String]) {
            out.append(UInt8(ascii: "|"))
            for i in 0..<width {
                out.append(0x20)
                if i < cells.count { appendCell(cells[i], to: &out) }
                out += " |".utf8
            }
            out.append(0x0A)
        }
        line(header)
        out.append(UInt8(ascii: "|"))
        for _ in 0..<width { out += " --- |".utf8 }
        out.append(0x0A)
        for row in rows { line(row) }
        return String(decoding: out, as: UTF8.self)
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
