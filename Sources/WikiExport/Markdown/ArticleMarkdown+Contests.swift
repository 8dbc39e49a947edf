import WikiModel

/// A contest as a pipe table of its rows, then a line of its totals and outcome.
extension ArticleMarkdown {
    static func appendContestTable(_ contest: Contest, to out: inout ByteBuffer) {
        let seatTypes = contest.seatTypes.isEmpty
            ? Array(Set(contest.rows.flatMap { $0.seats.map(\.key) })).sorted() : contest.seatTypes
        // A single transferable vote shows its counts after the first (`votes`) as columns.
        let laterCounts = max(0, (contest.rows.map { $0.counts?.count ?? 0 }.max() ?? 0) - 1)
        var header = ["Party", "Candidate", "Votes", "%"] + (0..<laterCounts).map { "Count \($0 + 2)" } + seatTypes + ["Elected"]
        let hasCandidates = contest.rows.contains { $0.candidate != nil }
        if !hasCandidates { header.remove(at: 1) }
        let rows: [[String]] = contest.rows.map { row in
            var cells = [row.party ?? "", row.candidate ?? "", row.votes.map(grouped) ?? "",
                         row.percent.map { format($0) + (row.percentComputed ? "*" : "") } ?? ""]
            let counts = row.counts ?? []
            cells += (0..<laterCounts).map { k in k + 1 < counts.count ? counts[k + 1].map(grouped) ?? "" : "" }  // 1,503.63
            cells += seatTypes.map { type in row.seats.first { $0.key == type }.map { String($0.value) } ?? "" }
            cells.append(row.elected ? "yes" : "")
            if !hasCandidates { cells.remove(at: 1) }
            return cells
        }
        appendPipeTable(header: header, rows: rows, width: rows.map(\.count).max() ?? 0, to: &out) { appendCell($0, to: &$1) }
        let t = contest.totals
        var facts: [String] = []
        if let v = t.valid { facts.append("valid \(grouped(v))") }
        if let v = t.invalid { facts.append("invalid \(grouped(v))") }
        if let v = t.electorate { facts.append("electorate \(grouped(v))") }
        if let v = t.turnout { facts.append("turnout \(grouped(v))" + (t.turnoutPercent.map { " (\(format($0))%)" } ?? "")) }
        if let v = t.majority { facts.append("majority \(grouped(v))") }
        if let v = t.quota { facts.append("quota \(grouped(v))") }
        if let o = contest.outcome { facts.append("\(o.result.rawValue) \(o.party ?? "")" + (o.result == .gain ? " from \(o.from ?? "?")" : "")) }
        if contest.rows.contains(where: \.percentComputed) { facts.append("* percentage computed from votes") }
        if !facts.isEmpty {
            out.append("\n")
            out.append(contentsOf: facts.joined(separator: "; "))
            out.append("\n")
        }
    }

    /// A count with thousands grouped and its fraction kept: `1,503.63`.
    static func grouped(_ x: Double) -> String {
        let digits = format(x.magnitude)  // `1503.63`, `2352`
        let parts = digits.split(separator: ".", maxSplits: 1)
        guard x.isFinite, x.magnitude < 1e15, let whole = parts.first.flatMap({ Int($0) }) else { return format(x) }
        return (x < 0 ? "−" : "") + grouped(whole) + (parts.count > 1 ? "." + parts[1] : "")
    }

    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)  // `abs` traps on Int.min
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "−" : "") + out
    }
}
