import WikiModel

/// Results tables with one election per row and the candidates side by side:
///
/// ```text
/// Year | Democrat     | Votes  | Pct | Republican      | Votes  | Pct | 3rd Party | Party       | Votes | Pct
/// 2002 | Max Cleland  | 932,422| 46% | Saxby Chambliss | 1,071,…| 53% | C. Thomas | Libertarian | 27,830| 1%
/// ```
///
/// Each row becomes a contest titled by its leading cells (the year, the constituency); each
/// candidate unit of the row becomes a contest row. A unit's party is its party cell, else its
/// name column's header (`Democrat`). A unit headed `Winner`/`Elected` marks its candidate
/// elected. A trailing `Margin` or `Majority` column gives the majority.
enum ResultsTableWide {
    static func contests(_ table: Table, title titleCols: [Int], units: [ResultsFields], majority: [Int]) -> [Contest] {
        var contests: [Contest] = []
        for y in table.headerRows..<table.rows.count where !table.rowInfo[y].isSection {
            let reader = ResultsTableRowReader(cells: table.rows[y], y: y, info: table.rowInfo[y])
            if reader.isAllHeader { continue }
            let title = rowTitle(reader, titleCols)
            if let title, ResultsTableTotalsRow(label: title) != nil { continue }
            var contest = Contest(kind: .resultsTable, title: title, section: table.section, line: table.rowInfo[y].line,
                                  seatTypes: units.first?.seats.map(\.type) ?? [])
            for unit in units {
                let row = reader.line(unit)
                guard row.party != nil || row.candidate != nil, row.votes != nil || row.percent != nil else { continue }
                contest.rows.append(row)
            }
            guard !contest.rows.isEmpty else { continue }
            contest.totals.majority = reader.integer(majority)?.value
            contests.append(contest)
        }
        return contests
    }

    /// The texts of the row's title cells, each spanned cell once, joined with " / ". A
    /// serial number (`#`, `No.`) is left out when a name is there.
    static func rowTitle(_ reader: ResultsTableRowReader, _ cols: [Int]) -> String? {
        var parts: [(text: String, isNumber: Bool)] = []
        var origins: [GridPosition] = []
        for x in cols {
            let cell = reader.cells[x]
            guard !cell.text.isEmpty, !origins.contains(cell.origin) else { continue }
            origins.append(cell.origin)
            parts.append((cell.text, cell.value.kind == .integer))
        }
        let names = parts.filter { !$0.isNumber }
        let chosen = names.isEmpty ? parts : names
        return chosen.isEmpty ? nil : chosen.map(\.text).joined(separator: " / ")
    }
}
