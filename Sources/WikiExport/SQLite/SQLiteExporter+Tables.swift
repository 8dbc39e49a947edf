import WikiModel

/// Tables and contests for `SQLiteExporter`.
extension SQLiteExporter {
    func insert(_ table: Table, articleID: Int, _ s: Statements) throws {
        let t = s.table
        t.bind(1, articleID)
        t.bind(2, table.index)
        t.bind(3, table.section)
        t.bind(4, table.caption)
        t.bind(5, table.line)
        t.bind(6, table.attributes["class"])
        t.bind(7, table.headerRows)
        t.bind(8, table.rows.count)
        t.bind(9, table.columns.count)
        t.bind(10, table.parent?.table)
        t.bind(11, table.parent?.row)
        t.bind(12, table.parent?.col)
        try t.runKeepingBindings()
        let tableID = connection.lastInsertRowID

        for (col, name) in table.columns.enumerated() {
            s.columns.add(tableID)
            s.columns.add(col)
            s.columns.add(name)
            try s.columns.endRow()
        }
        for row in table.rows.indices {
            try table.rows.forEachCell(inRow: row) { cell, col in try insert(cell, tableID: tableID, row: row, col: col, s.cells) }
        }
    }

    /// One `table_cells` row. Text and raw wikitext go in as the store's bytes (a string made
    /// per cell cost more than the rest of the row), and the rarer members are read only when
    /// the cell has any.
    private func insert(_ cell: Cell, tableID: Int, row: Int, col: Int, _ c: RowBatch) throws {
        let content = cell.content
        c.add(tableID)
        c.add(row)
        c.add(col)
        c.add(cell.origin.row)
        c.add(cell.origin.col)
        c.add(content.header)
        content.withRaw { c.add(text: UnsafeRawBufferPointer($0)) }
        content.withText { c.add(text: UnsafeRawBufferPointer($0)) }
        let value = content.value
        c.add(value.kind)
        c.add(value.number)
        if content.hasExtras {
            c.add(content.styleParty)
            addNotes(content.notes, to: c)
        } else {
            c.add(nil as String?)
            c.add(nil as String?)
        }
        try c.endRow()
    }

    func insert(_ contest: Contest, position: Int, articleID: Int, _ s: Statements) throws {
        let c = s.contest
        let totals = contest.totals
        c.bind(1, articleID)
        c.bind(2, position)
        c.bind(3, contest.kind.rawValue)
        c.bind(4, contest.title)
        c.bind(5, contest.section)
        c.bind(6, contest.line)
        c.bind(7, stringsJSON(contest.seatTypes))
        c.bind(8, totals.valid)
        c.bind(9, totals.invalid)
        c.bind(10, totals.blank)
        c.bind(11, totals.electorate)
        c.bind(12, totals.turnout)
        c.bind(13, totals.turnoutPercent)
        c.bind(14, totals.majority)
        c.bind(15, totals.majorityPercent)
        c.bind(16, contest.outcome?.result.rawValue)
        c.bind(17, contest.outcome?.party)
        c.bind(18, contest.outcome?.from)
        c.bind(19, contest.outcome?.to)
        c.bind(20, contest.outcome?.swing)
        c.bind(21, totals.quota)
        try c.runKeepingBindings()
        let contestID = connection.lastInsertRowID

        for (index, row) in contest.rows.enumerated() {
            let r = s.contestRow
            r.bind(1, contestID)
            r.bind(2, index + 1)
            r.bind(3, row.party)
            r.bind(4, row.candidate)
            r.bind(5, row.votes)
            r.bind(6, row.percent)
            r.bind(7, row.percentComputed)
            r.bind(8, Self.totalSeats(row.seats))
            r.bind(9, row.seatChange)
            r.bind(10, row.swing)
            r.bind(11, row.elected)
            r.bind(12, notesJSON(row.notes))
            r.bind(13, row.line)
            r.bind(14, countsJSON(row.counts))
            try r.runKeepingBindings()
            let rowID = connection.lastInsertRowID
            for (seatIndex, entry) in row.seats.entries.enumerated() {
                s.seats.add(rowID)
                s.seats.add(seatIndex + 1)
                s.seats.add(entry.key)
                s.seats.add(entry.value)
                try s.seats.endRow()
            }
        }
    }

    /// A row's seats as one number: the `Total` seat type when there is one, else the sum of
    /// the types (first entry per type, as everywhere), else nil. Sums saturate, never overflow.
    static func totalSeats(_ seats: OrderedPairs<Int>) -> Int? {
        if let total = seats.entries.first(where: { $0.key.lowercased() == "total" }) { return total.value }
        guard !seats.isEmpty else { return nil }
        var seen = Set<String>()
        var sum = 0
        for entry in seats.entries where seen.insert(entry.key).inserted {
            let (result, overflow) = sum.addingReportingOverflow(entry.value)
            sum = overflow ? (entry.value < 0 ? Int.min : Int.max) : result
        }
        return sum
    }
}
