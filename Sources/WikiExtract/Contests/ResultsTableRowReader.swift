import WikiModel

/// Reads one grid row of a results table through a set of ``ResultsFields``.
///
/// Names come from the text of the party and candidate cells; numbers come from the cells'
/// typed values, and only from a cell written on this row (a number spanning several rows is
/// counted once, on its first row). Empty cells, `–` and `N/A` stay nil.
struct ResultsTableRowReader {
    let cells: GridRow
    let y: Int
    let info: RowInfo

    /// The cell's text as a name, or nil when it is empty or a number.
    func name(_ x: Int) -> String? {
        let cell = cells[x]
        guard !cell.text.isEmpty else { return nil }
        switch cell.value.kind {
        case .integer, .decimal, .percent, .change, .percentagePoints, .empty: return nil
        default: return cell.text
        }
    }

    /// The first name among the columns.
    func firstName(_ cols: [Int]) -> (text: String, col: Int)? {
        for x in cols { if let text = name(x) { return (text, x) } }
        return nil
    }

    /// The first number among the columns, from cells written on this row, of the given kinds.
    func number(_ cols: [Int], _ kinds: Set<Value.Kind>) -> (value: Double, col: Int)? {
        for x in cols {
            let cell = cells[x]
            guard cell.origin.row == y, cell.origin.col == x, kinds.contains(cell.value.kind),
                  let n = cell.value.number, n.isFinite else { continue }
            return (n, x)
        }
        return nil
    }

    /// A whole number (votes, seats): a year-like `1998` is a count here.
    func integer(_ cols: [Int], _ kinds: Set<Value.Kind> = [.integer, .year, .decimal]) -> (value: Int, col: Int)? {
        guard let (n, x) = number(cols, kinds), n.rounded() == n, abs(n) < 1e15 else { return nil }
        return (Int(n), x)
    }

    static let percentKinds: Set<Value.Kind> = [.percent, .decimal, .integer]
    static let changeKinds: Set<Value.Kind> = [.change, .percentagePoints, .decimal, .integer, .percent]

    /// The party and candidate of the row and the column they were read from.
    /// The party falls back on the colour a swatch cell names, then on a link target.
    func names(_ f: ResultsFields) -> (party: String?, candidate: String?, cols: [Int]) {
        var party = firstName(f.party)
        var candidate = firstName(f.candidate)
        if candidate == nil, let named = f.namedByHeader.first(where: { name($0.col) != nil }) {
            candidate = (name(named.col)!, named.col)
            if party == nil, !named.party.isEmpty { party = (named.party, named.col) }
        }
        var cols = candidate.map { [$0.col] } ?? []
        if let p = party, !cols.contains(p.col) { cols.append(p.col) }
        guard party == nil else { return (party?.text, candidate?.text, cols) }
        let fallback = (f.party + f.candidate).lazy.compactMap { self.cells[$0].styleParty }.first ?? info.styleParty
            ?? f.party.lazy.compactMap { self.cells[$0].links.first?.target }.first
        return (fallback, candidate?.text, cols)
    }

    /// The row as a contest line (names may be nil; the caller decides whether it is one).
    func line(_ f: ResultsFields) -> ContestRow {
        let (party, candidate, nameCols) = names(f)
        var row = ContestRow(party: party, candidate: candidate, line: info.line)
        var used = nameCols
        if let v = integer(f.votes) { row.votes = v.value; used.append(v.col) }
        if let p = number(f.percent, Self.percentKinds) { row.percent = p.value; used.append(p.col) }
        if let s = number(f.swing, Self.changeKinds) { row.swing = s.value }
        if let c = integer(f.seatChange, [.change, .integer]) { row.seatChange = c.value }
        var seats = OrderedPairs<Int>()
        for (type, cols) in f.seats {
            if let s = integer(cols) { seats.entries.append(.init(key: type, value: s.value)) }
        }
        row.seats = seats
        row.elected = f.elected || hasTick(f.allColumns)
        for x in used { row.notes += cells[x].notes }
        return row
    }

    /// True when a cell of these columns written on this row shows a tick (`{{tick}}`,
    /// `{{yes}}` → ✓/✔): the winner.
    func hasTick(_ cols: [Int]) -> Bool {
        cols.contains { x in
            let cell = cells[x]
            return cell.origin.row == y && Self.mayHoldTick(cell.text)
                && (cell.text.contains("\u{2713}") || cell.text.contains("\u{2714}"))
        }
    }

    /// True when the UTF-8 of ✓ (E2 9C 93) or ✔ (E2 9C 94) is in the text. Neither mark has
    /// another spelling, so a text without those bytes holds no tick: the Foundation search
    /// above runs only for the few texts that may.
    static func mayHoldTick(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            guard b.count >= 3 else { return false }
            for i in 0..<(b.count - 2) where b[i] == 0xE2 && b[i + 1] == 0x9C && (b[i + 2] == 0x93 || b[i + 2] == 0x94) {
                return true
            }
            return false
        }
    }

    /// The label a totals line is recognised by: the party or candidate text, else the
    /// first text of the row. `origin` is the name cell's slot, nil for the fallback.
    func label(_ f: ResultsFields) -> (text: String, origin: GridPosition?)? {
        for x in f.party + f.candidate + f.namedByHeader.map(\.col) where !cells[x].text.isEmpty {
            return (cells[x].text, cells[x].origin)
        }
        guard let cell = cells.first(where: { !$0.text.isEmpty }) else { return nil }
        return (cell.text, nil)
    }

    /// True when every cell of the row is a header cell (a repeated header or a footer).
    var isAllHeader: Bool { cells.allSatisfy { $0.header || TableGrid.isEmptySlot($0) } }
}
