import WikiModel

/// The header model peers lack: which leading rows are headers, one name per grid column,
/// and which body rows are mid-table section rows.
enum TableHeaders {
    /// Leading grid rows made only of header (`!`) cells; a row needs at least one cell of its
    /// own (not only cells spanning down into it). Covers two-row grouped headers. One `!`
    /// cell across the whole width *below* a header row opens the first section of the body
    /// (`! colspan=11 | Flemish Region` under the column headers), so the header ends there;
    /// above the column headers it is a title and belongs to the header.
    static func headerRowCount(_ rows: [[Cell]]) -> Int {
        var count = 0
        for y in rows.indices {
            if count > 0 && isSectionRow(rows[y], at: y) { break }
            // Field reads by index: no copy of the cells.
            var any = false, own = false
            for x in rows[y].indices where !TableGrid.isEmptySlot(rows[y][x]) {
                guard rows[y][x].header else { return count }
                any = true
                if rows[y][x].origin.row == y { own = true }
            }
            guard any && own else { break }
            count += 1
        }
        return count
    }

    /// One name per column: the distinct non-empty header texts above it, outermost first,
    /// joined with " / " (`Winner / Party`); `Column N` when there are none; duplicates get
    /// ` 2`, ` 3` … so every name is unique.
    static func columnNames(_ rows: [[Cell]], headerRows: Int, width: Int) -> [String] {
        let depth = min(headerRows, rows.count)
        // No header: `Column 1` … `Column N`, distinct by construction.
        if depth == 0 { return (0..<width).map { "Column " + String($0 + 1) } }
        var names: [String] = []
        names.reserveCapacity(width)
        var name = HeaderName()
        for x in 0..<width {
            name.reset()
            var lastOrigin: GridPosition?
            // Field reads by index: no copy of the cells.
            for y in 0..<depth where x < rows[y].count {
                guard !TableGrid.isEmptySlot(rows[y][x]), rows[y][x].origin != lastOrigin else { continue }
                lastOrigin = rows[y][x].origin
                name.add(rows[y][x].content)
            }
            names.append(name.isEmpty ? "Column " + String(x + 1) : name.string)
        }
        return unique(names)
    }

    /// A body row holding one cell that spans the whole width (a mid-table heading).
    static func isSectionRow(_ row: [Cell], at y: Int) -> Bool {
        guard row.count >= 2, !TableGrid.isEmptySlot(row[0]), row[0].origin.row == y else { return false }
        let origin = row[0].origin
        for x in row.indices.dropFirst() where row[x].origin != origin { return false }
        return true
    }

    /// The names with every repeat renamed `name 2`, `name 3` … (the first suffix no name has).
    private static func unique(_ names: [String]) -> [String] {
        // Quadratic, but over fingerprints: a few columns' worth of work for the usual table.
        guard names.count <= 128 else { return uniqueHashed(names) }
        let keys = names.map(NameKey.init)
        var clash = false
        outer: for i in keys.indices {
            for j in (i + 1)..<keys.count where NameKey.same(names[i], keys[i], names[j], keys[j]) {
                clash = true
                break outer
            }
        }
        if !clash { return names }
        var taken = Array(zip(names, keys))
        var seen: [(String, NameKey)] = []
        func has(_ list: [(String, NameKey)], _ name: String, _ key: NameKey) -> Bool {
            list.contains { NameKey.same($0.0, $0.1, name, key) }
        }
        return names.indices.map { i in
            let name = names[i]
            if !has(seen, name, keys[i]) {
                seen.append((name, keys[i]))
                return name
            }
            var n = 2
            var renamed = "\(name) \(n)"
            var key = NameKey(renamed)
            while has(taken, renamed, key) {
                n += 1
                renamed = "\(name) \(n)"
                key = NameKey(renamed)
            }
            taken.append((renamed, key))
            seen.append((renamed, key))
            return renamed
        }
    }

    /// `unique` for very wide tables, by hashing.
    private static func uniqueHashed(_ names: [String]) -> [String] {
        var taken = Set(names)
        var seen = Set<String>()
        return names.map { name in
            if seen.insert(name).inserted { return name }
            var n = 2
            while taken.contains("\(name) \(n)") { n += 1 }
            let renamed = "\(name) \(n)"
            taken.insert(renamed)
            seen.insert(renamed)
            return renamed
        }
    }
}

/// A cheap stand-in for comparing column names: ASCII names (nearly all) differ when their
/// byte hashes do; other names compare as strings (Unicode equivalence, as `Set` would).
private struct NameKey {
    /// FNV-1a over the bytes of an ASCII name; nil beyond ASCII.
    let hash: UInt64?

    init(_ name: String) {
        var name = name
        hash = name.withUTF8 { bytes in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in bytes {
                if b >= 0x80 { return nil }
                h = (h ^ UInt64(b)) &* 0x100_0000_01b3
            }
            return h
        }
    }

    static func same(_ a: String, _ ka: NameKey, _ b: String, _ kb: NameKey) -> Bool {
        if let x = ka.hash, let y = kb.hash, x != y { return false }
        return a == b
    }
}
