import WikiModel

/// The bounds the table extractor keeps to, so that no page can make it run away.
///
/// The span limits are HTML's (and MediaWiki's Sanitizer follows them): `colspan` above 1000
/// counts as 1000 and `rowspan` above 65534 as 65534. The grid limits are ours: the filled grid
/// repeats a cell in every slot it covers, so its size, not the source size, decides memory.
public enum TableLimits {
    /// Largest `colspan` honoured (HTML: values above 1000 are clamped to 1000).
    public static let maxColspan = 1000
    /// Largest `rowspan` honoured (HTML: values above 65534 are clamped to 65534).
    public static let maxRowspan = 65534
    /// Widest grid: a cell that would start at or beyond this column is left out of the grid
    /// (it stays in `rawRows`), and colspans are cut at it.
    public static let maxColumns = 4096
    /// Most grid slots (rows × columns) per table. Rows beyond it are left out of the grid:
    /// first rows that only spans reach past the last written row, then trailing written rows.
    public static let maxSlots = 2_000_000
    /// Most rows a table gets past its last written row, where only spans from above reach
    /// (HTML's model adds them; a browser draws none): the larger of this and the number of
    /// written rows. `rowspan=99999` on a one-row table would otherwise fill the slot budget
    /// with copies of one cell: 775 MB of output from 40 bytes.
    public static let minSpanOnlyRows = 16
    /// Most grid slots of all the tables of a page together; past it, each table gets four
    /// slots a written cell (at least 1,024), so that a page of many absurd tables stays
    /// bounded too while real tables after them keep their rows. As large as one table's
    /// budget, so that no real table is cut by it (Corpus/: 29,000 slots in all 39 articles).
    public static let maxPageSlots = 2_000_000
    /// Deepest nesting of a table inside table cells that is extracted as a table of its own
    /// (a top-level table is at depth 0; the articles seen nest at most 4 deep). A table nested
    /// deeper stays in its enclosing cell's raw wikitext only: every level's cells repeat the
    /// raw text of all the levels below, so 10,000 nested tables would write the page ~5,000
    /// times over (a 0.5 MB page of them ran out of 24 GB writing JSON).
    public static let maxNesting = 10

    /// A span attribute read by HTML's rules for non-negative integers: leading blanks, an
    /// optional `+`, then digits; anything after the digits is ignored. Nil when no digits.
    static func nonNegativeInteger(_ text: String?) -> Int? {
        guard let text else { return nil }
        return nonNegativeInteger(bytes: text.utf8)
    }

    /// ``nonNegativeInteger(_:)`` over UTF-8 bytes (a value range of the page source).
    static func nonNegativeInteger<Bytes: Sequence<UInt8>>(bytes: Bytes) -> Int? {
        var bytes = bytes.makeIterator()
        var b = bytes.next()
        while let c = b, c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D { b = bytes.next() }
        if b == UInt8(ascii: "+") { b = bytes.next() }
        var value: Int?
        while let c = b, c >= 0x30 && c <= 0x39 {
            // Saturate: only "huge" matters, and it must not overflow.
            value = min((value ?? 0) * 10 + Int(c - 0x30), 1_000_000_000)
            b = bytes.next()
        }
        return value
    }

    /// `colspan` as HTML reads it: missing, junk or 0 → 1; clamped to `maxColspan`.
    static func colspan(_ text: String?) -> Int { colspan(number: nonNegativeInteger(text)) }

    private static func colspan(number: Int?) -> Int {
        guard let n = number, n > 0 else { return 1 }
        return min(n, maxColspan)
    }

    /// `rowspan` as HTML reads it: missing or junk → 1; 0 stays 0 (grow to the end of the
    /// row group); clamped to `maxRowspan`.
    static func rowspan(_ text: String?) -> Int { rowspan(number: nonNegativeInteger(text)) }

    private static func rowspan(number: Int?) -> Int {
        guard let n = number else { return 1 }
        return min(n, maxRowspan)
    }

    /// A cell's spans from its parsed attributes (the last `rowspan`/`colspan` counts).
    static func spans(_ attributes: OrderedPairs<String>) -> (rowspan: Int, colspan: Int) {
        guard !attributes.isEmpty else { return (1, 1) }
        return (rowspan(TableAttributes.value("rowspan", in: attributes)),
                colspan(TableAttributes.value("colspan", in: attributes)))
    }

    /// The spans of the attribute bytes `b` (a range of the page source) and how many
    /// attributes they hold, read with no string made (the same rules as ``spans(_:)``).
    static func spans(bytes b: UnsafeBufferPointer<UInt8>) -> (count: Int, rowspan: Int, colspan: Int) {
        let found = AttributeSyntax.spans(b)
        guard found.count > 0 else { return (0, 1, 1) }
        return (found.count,
                rowspan(number: found.rowspan.flatMap { nonNegativeInteger(bytes: UnsafeBufferPointer(rebasing: b[$0])) }),
                colspan(number: found.colspan.flatMap { nonNegativeInteger(bytes: UnsafeBufferPointer(rebasing: b[$0])) }))
    }
}
