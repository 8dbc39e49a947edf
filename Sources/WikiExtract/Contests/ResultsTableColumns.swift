import WikiModel

/// The grid columns a results-table contest reads one party or candidate line from.
/// Several columns for one field (a `Party` header spanning a colour swatch and the name) are
/// read in order, and the first that has a value wins.
struct ResultsFields: Sendable {
    var party: [Int] = []
    var candidate: [Int] = []
    /// Columns whose header is not a synonym but whose cells name the candidate and whose
    /// header names the party (`Democrat` in a wide electoral-history table).
    var namedByHeader: [(col: Int, party: String)] = []
    var votes: [Int] = []
    var percent: [Int] = []
    var swing: [Int] = []
    var seatChange: [Int] = []
    /// Seat types in column order, each with its columns.
    var seats: [(type: String, cols: [Int])] = []
    /// True when the header marks these as the winners (`Winner / Candidate`).
    var elected = false

    /// Every column the fields read.
    var allColumns: [Int] {
        party + candidate + namedByHeader.map(\.col) + votes + percent + swing + seatChange + seats.flatMap(\.cols)
    }

    mutating func addSeats(_ type: String, _ col: Int) {
        if let i = seats.firstIndex(where: { $0.type == type }) { seats[i].cols.append(col) } else { seats.append((type, [col])) }
    }
}

/// How a table's columns lay out its results, decided from the column names alone.
enum ResultsTableLayout: Sendable {
    /// One party or candidate per body row (the common results table).
    case rows(ResultsFields)
    /// One party or candidate per row, with votes per round or ballot (`First round / Votes`,
    /// `Second round / Votes`): one contest per round, titled by the round's header.
    case rounds([(title: String, fields: ResultsFields)])
    /// One election per row, its candidates side by side (`Year | Democrat | Votes | Pct |
    /// Republican | Votes | Pct`, or `Constituency | Winner / Candidate | … | Runner-up / …`):
    /// one contest per row, titled by the row's leading cells.
    case wide(title: [Int], units: [ResultsFields], majority: [Int])
}

/// One grid column's header, split into its parts and matched against the synonyms.
struct ResultsColumnHeader {
    /// The role the innermost matching part names, or nil.
    var role: ResultsColumnRole?
    /// The header parts outside the matching part, joined with " / " (`First round`).
    var prefix: String
    /// The innermost header part as shown (uniquifying ` 2` removed).
    var innermost: String
    /// False for a column without any header (`Column N`).
    var named: Bool
}

extension ResultsTableLayout {
    /// The layout of a results table, or nil when the columns do not make one: no votes
    /// column, or no party or candidate column (seat-only tables are left as tables: in
    /// practice they are composition tables, "before" and "after", not one contest).
    init?(_ table: Table) {
        // Cheap first: some column name must mention votes before anything is built.
        guard table.headerRows > 0, table.columns.contains(where: ResultsColumnSynonyms.mentionsVotes),
              table.rowInfo.count == table.rows.count,
              table.rows.allSatisfy({ $0.count == table.columns.count }) else { return nil }
        let headers = Self.headers(table.columns)
        let votes = headers.indices.filter { headers[$0].role == .votes }
        guard let first = votes.first, let last = votes.last else { return nil }
        let isName: (Int) -> Bool = { headers[$0].role == .party || headers[$0].role == .candidate }
        let anyName = headers.indices.contains(where: isName)
        let between = (first + 1)..<max(first + 1, last)
        let namedBetween = between.contains { headers[$0].named && (headers[$0].role == nil || isName($0)) }
        if between.contains(where: isName) || (!anyName && namedBetween) {
            guard let wide = Self.wide(headers, votes: votes) else { return nil }
            self = wide
            return
        }
        guard anyName else { return nil }
        var prefixes: [String] = []
        for v in votes where !prefixes.contains(headers[v].prefix) { prefixes.append(headers[v].prefix) }
        if prefixes.count == 1 {
            self = .rows(Self.fields(headers, in: headers.indices, round: nil))
            return
        }
        // One contest per round; columns outside every round's header go with the first round.
        let common = Self.commonPrefix(prefixes)
        self = .rounds(prefixes.enumerated().map { n, prefix in
            let fields = Self.fields(headers, in: headers.indices, round: prefix, shared: n == 0 ? prefixes : nil)
            let title = String(prefix.dropFirst(common.count))
            return (title.isEmpty ? prefix : title, fields)
        })
    }

    /// Splits and matches every column name.
    static func headers(_ columns: [String]) -> [ResultsColumnHeader] {
        var seen = Set<String>()
        return columns.enumerated().map { x, name in
            defer { seen.insert(name) }
            if isUnnamed(name, column: x + 1) { return ResultsColumnHeader(role: nil, prefix: "", innermost: "", named: false) }
            if let named = swatchOf(name, before: x + 1 < columns.count ? columns[x + 1] : nil) { return header(named) }
            return header(deuniquified(name, seen: seen))
        }
    }

    /// True when `name` is exactly `Column n` (the name of a column without a header), read
    /// from the bytes: no string is built per column to compare with.
    static func isUnnamed(_ name: String, column n: Int) -> Bool {
        var name = name
        return name.withUTF8 { b in
            let prefix: StaticString = "Column "
            let p = prefix.utf8CodeUnitCount
            guard b.count > p, b[p] != 0x30 else { return false }  // no leading zero in a number
            for i in 0..<p where b[i] != prefix.utf8Start[i] { return false }
            var value = 0
            for i in p..<b.count {
                guard b[i] >= 0x30 && b[i] <= 0x39, value <= n else { return false }
                value = value * 10 + Int(b[i] - 0x30)
            }
            return value == n
        }
    }

    /// `Party` for `Party colour` before a `Party`: a colour swatch column (``ColourSwatchColumns``)
    /// holds the same field as the column it colours, its party read from the colour.
    static func swatchOf(_ name: String, before next: String?) -> Substring? {
        guard let next, name.hasSuffix(ColourSwatchColumns.suffix),
              name.utf8.count == next.utf8.count + ColourSwatchColumns.suffix.utf8.count,
              name.hasPrefix(next) else { return nil }
        return Substring(next)
    }

    /// `Party 2` after a `Party`: the column derivation made a repeated name unique; the header is `Party`.
    static func deuniquified(_ name: String, seen: Set<String>) -> Substring {
        let full = Substring(name)
        guard let space = full.lastIndex(of: " ") else { return full }
        let digits = full[full.index(after: space)...]
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigitCharacter), seen.contains(String(full[..<space])) else { return full }
        return full[..<space]
    }

    /// Matches the parts of one name from the innermost out; the first synonym decides.
    static func header(_ name: Substring) -> ResultsColumnHeader {
        let parts = ResultsTableLayout.parts(of: name)
        let innermost = parts.last ?? ""
        let keys = parts.map { ResultsColumnSynonyms.key(Substring($0)) }
        for i in parts.indices.reversed() {
            guard let matched = ResultsColumnSynonyms.role(of: keys[i]) else { continue }
            var role: ResultsColumnRole? = matched
            let outer = keys[..<i]
            if case .seats? = role, i + 1 < parts.count {
                // `Seats / General` names a seat type; `Seats / Contested` is not seats won.
                if ResultsColumnSynonyms.notSeatsWon.contains(keys[i + 1]) { role = nil }
                else { role = .seats(type: parts[(i + 1)...].joined(separator: " / ")) }
            } else if role == .change, outer.contains(where: { ResultsColumnSynonyms.seats.contains($0) }) {
                role = .seatChange  // `Seats / +/−`
            }
            return ResultsColumnHeader(role: role, prefix: parts[..<i].joined(separator: " / "), innermost: innermost, named: true)
        }
        return ResultsColumnHeader(role: nil, prefix: parts.dropLast().joined(separator: " / "), innermost: innermost, named: true)
    }

    /// The " / "-separated parts of a column name, as `components(separatedBy: " / ")` gives
    /// them (matched by Character, left to right), without Foundation's search.
    static func parts(of name: Substring) -> [String] {
        guard name.utf8.contains(0x2F) else { return [String(name)] }
        var parts: [String] = []
        var start = name.startIndex, i = name.startIndex
        while i < name.endIndex {
            if name[i] == " " {
                let slash = name.index(after: i)
                if slash < name.endIndex, name[slash] == "/" {
                    let space = name.index(after: slash)
                    if space < name.endIndex, name[space] == " " {
                        parts.append(String(name[start..<i]))
                        i = name.index(after: space)
                        start = i
                        continue
                    }
                }
            }
            i = name.index(after: i)
        }
        parts.append(String(name[start...]))
        return parts
    }

    /// The fields of the columns in `range`. With `round`, quantity columns of other rounds
    /// are left out; `shared` lists every round, so that columns of none of them are kept.
    static func fields(_ headers: [ResultsColumnHeader], in range: Range<Int>, round: String?,
                       shared: [String]? = nil) -> ResultsFields {
        var f = ResultsFields()
        var lastQuantity: ResultsColumnRole?
        for x in range {
            guard let role = headers[x].role else { continue }
            if let round, role.isQuantity, headers[x].prefix != round {
                guard let shared, !shared.contains(headers[x].prefix) else { continue }
            }
            switch role {
            case .party: f.party.append(x)
            case .candidate: f.candidate.append(x)
            case .votes: f.votes.append(x)
            case .percent: f.percent.append(x)
            case .seats(let type): f.addSeats(type, x)
            case .swing: f.swing.append(x)
            case .seatChange: f.seatChange.append(x)
            case .change:
                // A bare `+/−` is the change of the quantity before it.
                switch lastQuantity {
                case .percent?, .swing?: f.swing.append(x)
                case .seats?, .seatChange?: f.seatChange.append(x)
                default: break  // a change in the vote count: the model has no place for it
                }
            }
            if role.isQuantity && role != .change { lastQuantity = role }
        }
        return f
    }

    /// The wide layout: each votes column (with the quantity columns after it) is one
    /// candidate; the named columns before it name the candidate and party.
    static func wide(_ headers: [ResultsColumnHeader], votes: [Int]) -> ResultsTableLayout? {
        var units: [ResultsFields] = []
        var start = 0
        var titleCols: [Int] = []
        for v in votes where v >= start {
            // The candidate's quantities follow its votes; a second votes column right after
            // the first under the same header (a spanned `Votes`) is the same field.
            var end = v + 1
            while end < headers.count, let role = headers[end].role, role.isQuantity,
                  role != .votes || (end == v + 1 && headers[end].prefix == headers[v].prefix) {
                end += 1
            }
            var lead = Array(start..<v).filter { headers[$0].named }
            if units.isEmpty {
                // Before the first candidate: its name columns, and the row's title columns.
                let names = lead.filter { headers[$0].role == .party || headers[$0].role == .candidate }
                let nameStart: Int
                if let firstName = names.first {
                    nameStart = firstName
                } else if let lastNamed = lead.last(where: { headers[$0].role == nil }) {
                    nameStart = lastNamed
                } else {
                    return nil
                }
                titleCols = lead.filter { $0 < nameStart }
                lead = lead.filter { $0 >= nameStart }
            }
            guard !lead.isEmpty else { return nil }
            var unit = fields(headers, in: v..<end, round: nil)
            for x in lead {
                switch headers[x].role {
                case .party?: unit.party.append(x)
                case .candidate?: unit.candidate.append(x)
                case nil: unit.namedByHeader.append((x, headers[x].innermost))
                default: break
                }
                let marks = (headers[x].prefix + " " + headers[x].innermost).lowercased()
                if marks.contains("winner") || marks.contains("elected") { unit.elected = true }
            }
            units.append(unit)
            start = end
        }
        guard units.count >= 2 else { return nil }
        let majority = (start..<headers.count).filter {
            let key = ResultsColumnSynonyms.key(Substring(headers[$0].innermost))
            return key == "margin" || key == "majority"
        }
        return .wide(title: titleCols, units: units, majority: majority)
    }

    /// The leading " / "-separated parts that every prefix shares, with the separator.
    static func commonPrefix(_ prefixes: [String]) -> String {
        let split = prefixes.map { $0.components(separatedBy: " / ") }
        guard var common = split.first else { return "" }
        for parts in split.dropFirst() {
            var n = 0
            while n < common.count, n < parts.count, common[n] == parts[n] { n += 1 }
            common = Array(common.prefix(n))
        }
        return common.isEmpty ? "" : common.joined(separator: " / ") + " / "
    }
}
