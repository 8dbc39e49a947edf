import WikiModel

/// Results wikitables as contests of kind `results-table`.
///
/// A table is a results table when its column names (see ``ResultsColumnSynonyms``) include a
/// votes column and a party or candidate column. The decision is made from the few column
/// names first; cells are read only for tables that pass. Tables with seats but no votes
/// (council composition "before / after" tables) and tables with party columns but no votes
/// (opinion polls) are left as tables.
///
/// - One contest per table, one row per body row naming a party or candidate.
/// - Total, Valid, Invalid, Blank, Turnout, Registered and Majority lines go into `totals`
///   (see ``ResultsTableTotalsRow``); Abstentions and Required majority lines are dropped.
/// - Full-width section rows are skipped; one that comes before every contestant, like a
///   caption or a full-width first header row, becomes the title.
/// - Votes per round (`First round / Votes`, `Second round / Votes`): one contest per round.
/// - One election per row, candidates side by side (electoral-history and constituency
///   tables): one contest per row (``ResultsTableWide``).
/// - A contest needs at least one row with votes or a percent: an empty table of an election
///   still to come is no result.
enum ResultsTableContest {
    /// The contests of a page's tables, in table order. A table that holds an
    /// `{{Election results}}` template (one of `templates`) is not read a second time.
    static func contests(_ tables: [Table], besides templates: [Contest]) -> [Contest] {
        let templateLines = templates.filter { $0.kind == .electionResults }.map(\.line)
        var all: [Contest] = []
        for table in tables {
            guard let layout = ResultsTableLayout(table) else { continue }
            if !templateLines.isEmpty {
                let end = lastLine(table)
                if templateLines.contains(where: { $0 >= table.line && $0 <= end }) { continue }
            }
            all += contests(table, layout)
        }
        return all
    }

    /// The contests one table makes; none for a table that is not a results table.
    static func contests(_ table: Table) -> [Contest] {
        guard let layout = ResultsTableLayout(table) else { return [] }
        return contests(table, layout)
    }

    static func contests(_ table: Table, _ layout: ResultsTableLayout) -> [Contest] {
        switch layout {
        case .rows(let fields):
            return contest(table, fields, round: nil).map { [$0] } ?? []
        case .rounds(let rounds):
            return rounds.compactMap { contest(table, $0.fields, round: $0.title) }
        case .wide(let title, let units, let majority):
            return ResultsTableWide.contests(table, title: title, units: units, majority: majority)
        }
    }

    /// One contest, one row per party or candidate line.
    static func contest(_ table: Table, _ f: ResultsFields, round: String?) -> Contest? {
        var contest = Contest(kind: .resultsTable, title: nil, section: table.section, line: table.line,
                              seatTypes: f.seats.map(\.type))
        var heading = title(table)
        var anyResult = false
        let quantityCols = f.votes + f.percent
        for y in table.headerRows..<table.rows.count {
            let reader = ResultsTableRowReader(cells: table.rows[y], y: y, info: table.rowInfo[y])
            if table.rowInfo[y].isSection {
                if heading == nil, contest.rows.isEmpty { heading = reader.cells.first?.text }
                continue
            }
            guard let label = reader.label(f) else { continue }
            if let kind = ResultsTableTotalsRow(label: label.text) {
                add(kind, reader.line(f), to: &contest.totals)
                continue
            }
            // A name cell that also covers the votes is a sub-heading written as an ordinary cell.
            if let origin = label.origin, quantityCols.contains(where: { reader.cells[$0].origin == origin }) { continue }
            if reader.isAllHeader { continue }
            let row = reader.line(f)
            guard row.party != nil || row.candidate != nil else { continue }
            // In a later round, candidates who did not stand again have no numbers there.
            if round != nil, row.votes == nil, row.percent == nil, row.seats.isEmpty { continue }
            if row.votes != nil || row.percent != nil { anyResult = true }
            contest.rows.append(row)
        }
        guard anyResult else { return nil }
        switch (heading, round) {
        case let (h?, r?): contest.title = "\(h) / \(r)"
        case let (h, r): contest.title = h ?? r
        }
        return contest
    }

    /// Puts a totals line's numbers where they belong.
    static func add(_ kind: ResultsTableTotalsRow, _ line: ContestRow, to totals: inout ContestTotals) {
        switch kind {
        case .total:
            if totals.valid == nil { totals.valid = line.votes }
            else if let v = line.votes, v != totals.valid { totals.turnout = v }
        case .valid: totals.valid = line.votes ?? totals.valid
        case .invalid: totals.invalid = line.votes ?? totals.invalid
        case .blank: totals.blank = line.votes ?? totals.blank
        case .turnout:
            totals.turnout = line.votes ?? totals.turnout
            totals.turnoutPercent = line.percent ?? totals.turnoutPercent
        case .electorate:
            totals.electorate = line.votes ?? totals.electorate
            // `Registered voters/turnout` states the turnout in the percent column.
            if totals.turnoutPercent == nil { totals.turnoutPercent = line.percent }
        case .majority:
            totals.majority = line.votes ?? totals.majority
            totals.majorityPercent = line.percent ?? totals.majorityPercent
        case .ignored:
            break
        }
    }

    /// The caption, else a first header row that is one cell across the whole table.
    static func title(_ table: Table) -> String? {
        if let caption = table.caption, !caption.isEmpty { return caption }
        guard table.headerRows >= 2, let row = table.rows.first, row.count >= 2, let first = row.first,
              !first.text.isEmpty, row.allSatisfy({ $0.origin == first.origin }) else { return nil }
        return first.text
    }

    /// The last source line of a table: the last row's cells and their line breaks.
    static func lastLine(_ table: Table) -> Int {
        var end = table.rowInfo.last?.line ?? table.line
        guard let last = table.rows.last else { return end }
        for cell in last {
            end = max(end, cell.line + cell.raw.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) })
        }
        return end
    }
}
