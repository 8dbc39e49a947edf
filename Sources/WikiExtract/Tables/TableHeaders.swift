import WikiModel

/// The header model peers lack: which leading rows are headers, one name per grid column,
/// and which body rows are mid-table section rows.
enum TableHeaders {
    /// Leading grid rows made only of header (`!`) cells; a row needs at least one cell of its
    /// own (not only cells spanning down into it). Covers two-row grouped headers. One `!`
    /// cell across the whole width *below* a header row opens the first section of the body
    /// (`! colspan=11 | Flemish Region` under the column headers), so the header ends there;
    /// above the column headers it is a title and belongs to the header.
    static func headerRowCount(_ rows: GridRows) -> Int {
        var count = 0
        for y in rows.indices {
            if count > 0 && isSectionRow(rows[y], at: y) { break }
            var any = false, own = false
            for x in 0..<rows.width(of: y) {
                let cell = rows.cell(y, x)
                if TableGrid.isEmptySlot(cell) { continue }
                guard cell.header else { return count }
                any = true
                if cell.origin.row == y { own = true }
            }
            guard any && own else { break }
            count += 1
        }
        return count
    }

    /// One name per column: the distinct non-empty header texts above it, outermost first,
    /// joined with " / " (`Winner / Party`); `Column N` when there are none; duplicates get
    /// ` 2`, ` 3` … so every name is unique.
    static func columnNames(_ rows: GridRows, headerRows: Int, width: Int) -> [String] {
        let depth = min(headerRows, rows.count)
        // No header: `Column 1` … `Column N`, distinct by construction.
        if depth == 0 { return (0..<width).map(defaultName) }
        var names: [String] = []
        names.reserveCapacity(width)
        var name = HeaderName()
        for x in 0..<width {
            name.reset()
            var lastOrigin: GridPosition?
            for y in 0..<depth where x < rows.width(of: y) {
                let cell = rows.cell(y, x)
                guard !TableGrid.isEmptySlot(cell), cell.origin != lastOrigin else { continue }
                lastOrigin = cell.origin
                name.add(cell.content)
            }
            names.append(name.isEmpty ? defaultName(x) : name.string)
        }
        // Most tables name every column differently: prove that on hashes before comparing strings.
        guard mayRepeat(names) else { return names }
        ColourSwatchColumns.rename(&names, rows, headerRows: depth)
        return renamed(names)
    }

    /// `Column N` for column `x` (N = x + 1): the usual widths are made once, as small strings
    /// that copy without allocating.
    private static func defaultName(_ x: Int) -> String {
        x < defaultNames.count ? defaultNames[x] : "Column " + String(x + 1)
    }

    private static let defaultNames = (1...64).map { "Column " + String($0) }

    /// A body row holding one cell that spans the whole width (a mid-table heading).
    static func isSectionRow(_ row: GridRow, at y: Int) -> Bool {
        guard row.count >= 2 else { return false }
        let first = row[0]
        guard !TableGrid.isEmptySlot(first), first.origin.row == y else { return false }
        let origin = first.origin
        for x in row.indices.dropFirst() where row[x].origin != origin { return false }
        return true
    }

    /// The names with every repeat renamed `name 2`, `name 3` … (the first suffix no name has).
    static func unique(_ names: [String]) -> [String] {
        // Most tables name every column differently: prove that on hashes before comparing strings.
        mayRepeat(names) ? renamed(names) : names
    }

    /// False when no two names are equal, told from a hash of each name (equal names hash
    /// alike, so distinct hashes mean distinct names); true when two hashes meet, and only
    /// comparing the strings then tells. ASCII names hash their bytes (equal ASCII strings
    /// have equal bytes); when a name is beyond ASCII, where canonically equal spellings may
    /// differ in bytes, every name takes `String`'s own hash, which follows `==`.
    static func mayRepeat(_ names: [String]) -> Bool {
        let n = names.count
        guard n > 1 else { return false }
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: n) { hashes -> Bool in
            var ascii = true
            for i in 0..<n {
                guard let h = asciiHash(names[i]) else { ascii = false; break }
                hashes[i] = h
            }
            if !ascii {
                for i in 0..<n { hashes[i] = UInt64(bitPattern: Int64(names[i].hashValue)) }
            }
            if n <= 32 {
                for i in 1..<n {
                    let h = hashes[i]
                    for j in 0..<i where hashes[j] == h { return true }
                }
                return false
            }
            var sorted = hashes
            sorted.sort()
            for i in 1..<n where sorted[i] == sorted[i - 1] { return true }
            return false
        }
    }

    /// FNV-1a over the name's UTF-8 bytes, or nil when a byte is beyond ASCII.
    private static func asciiHash(_ name: String) -> UInt64? {
        func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            var all: UInt8 = 0
            for b in bytes {
                all |= b
                h = (h ^ UInt64(b)) &* 0x100_0000_01b3
            }
            return all < 0x80 ? h : nil
        }
        if let h = name.utf8.withContiguousStorageIfAvailable(hash) { return h }
        return Array(name.utf8).withUnsafeBufferPointer(hash)
    }

    /// ``unique(_:)`` by comparing the strings: every repeat renamed.
    static func renamed(_ names: [String]) -> [String] {
        if names.count <= 24 {
            var clash = false
            outer: for i in names.indices {
                for j in names.indices where j > i && names[j] == names[i] { clash = true; break outer }
            }
            if !clash { return names }
        }
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
