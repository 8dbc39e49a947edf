/// The byte rules for the attributes of a table, row or cell (`class="wikitable" style='x'
/// rowspan=2`), read leniently as browsers and MediaWiki do: double-quoted, single-quoted and
/// unquoted values; an unclosed quote runs to the end; a word with no `=` is kept with an empty
/// value, so junk is never lost. Names are lower-cased. `{{…}}` is one unit, so a template's
/// spaces, quotes and `=` never cut a value (`style=background:{{party color|Labour Party (UK)}}`).
///
/// In the model so that a ``CellStore`` can keep a cell's attributes as a range of the page
/// source and make the strings only when they are read (``CellContent/attributes``).
public enum AttributeSyntax {
    /// Calls `body` with the name and value ranges (indexes of `b`) of each attribute, in
    /// order; a word with no `=` has an empty value range.
    @inline(__always)
    static func scan(_ b: UnsafeBufferPointer<UInt8>, _ body: (_ name: Range<Int>, _ value: Range<Int>) -> Void) {
        var i = 0
        while i < b.count {
            while i < b.count && (isSpace(b[i]) || b[i] == UInt8(ascii: "/")) { i += 1 }
            guard i < b.count else { break }
            let nameStart = i
            if b[i] == UInt8(ascii: "=") { i += 1 }  // a stray `=` is junk of its own
            while i < b.count && !isSpace(b[i]) && b[i] != UInt8(ascii: "=") { i = isUnitStart(b[i]) ? skipUnit(b, i) : i + 1 }
            let name = nameStart..<i
            var j = i
            while j < b.count && isSpace(b[j]) { j += 1 }
            guard j < b.count, b[j] == UInt8(ascii: "="), i > nameStart, b[nameStart] != UInt8(ascii: "=") else {
                body(name, i..<i)
                continue
            }
            j += 1
            while j < b.count && isSpace(b[j]) { j += 1 }
            if j < b.count && (b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "'")) {
                let quote = b[j]
                var k = j + 1
                while k < b.count && b[k] != quote { k = isUnitStart(b[k]) ? skipUnit(b, k) : k + 1 }
                body(name, j + 1..<min(k, b.count))
                i = min(k + 1, b.count)
            } else {
                var k = j
                while k < b.count && !isSpace(b[k]) { k = isUnitStart(b[k]) ? skipUnit(b, k) : k + 1 }
                body(name, j..<k)
                i = k
            }
        }
    }

    /// The attributes of `b` as ordered pairs (a repeated name is kept each time).
    public static func pairs(_ b: UnsafeBufferPointer<UInt8>) -> OrderedPairs<String> {
        var pairs = OrderedPairs<String>()
        scan(b) { name, value in
            // Room for the usual few at once (growing 1, 2, 4 costs a reallocation each).
            if pairs.entries.isEmpty { pairs.entries.reserveCapacity(4) }
            pairs.append(key: self.name(UnsafeBufferPointer(rebasing: b[name])),
                         value: self.value(UnsafeBufferPointer(rebasing: b[value])))
        }
        return pairs
    }

    /// What a table extractor needs before the strings: how many attributes `b` holds and the
    /// value ranges of the last `rowspan` and `colspan` (the ones MediaWiki keeps).
    public static func spans(_ b: UnsafeBufferPointer<UInt8>) -> (count: Int, rowspan: Range<Int>?, colspan: Range<Int>?) {
        var count = 0
        var rowspan: Range<Int>?, colspan: Range<Int>?
        scan(b) { name, value in
            count += 1
            switch AttributeLiterals.span(UnsafeBufferPointer(rebasing: b[name])) {
            case .rowspan?: rowspan = value
            case .colspan?: colspan = value
            case nil: break
            }
        }
        return (count, rowspan, colspan)
    }

    /// A name lower-cased: a literal for the usual names (``AttributeLiterals``), ASCII byte
    /// by byte, else as Unicode lowers it.
    static func name(_ name: UnsafeBufferPointer<UInt8>) -> String {
        if let common = AttributeLiterals.name(name) { return common }
        if name.allSatisfy({ $0 < 0x80 }) {
            return String(unsafeUninitializedCapacity: name.count) { out in
                for (i, c) in name.enumerated() { out[i] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
                return name.count
            }
        }
        return String(decoding: name, as: UTF8.self).lowercased()
    }

    /// A value as written: a literal for the usual values, else a new string.
    static func value(_ value: UnsafeBufferPointer<UInt8>) -> String {
        if value.isEmpty { return "" }
        return AttributeLiterals.value(value) ?? String(decoding: value, as: UTF8.self)
    }

    @inline(__always)
    private static func isSpace(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C
    }

    /// True for the bytes a unit longer than one byte starts with (checked inline, before the call).
    @inline(__always)
    private static func isUnitStart(_ c: UInt8) -> Bool { c == UInt8(ascii: "{") || c == UInt8(ascii: "[") }

    /// The index after the unit at `i`: a balanced `{{…}}` (or `[[…]]`), else one byte.
    private static func skipUnit(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let c = b[i]
        guard (c == UInt8(ascii: "{") || c == UInt8(ascii: "[")), i + 1 < b.count, b[i + 1] == c else { return i + 1 }
        let close: UInt8 = c == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
        var depth = 0
        var k = i
        let end = min(b.count, i + 4096)  // an unbalanced `{{` must not make this quadratic
        while k + 1 < end {
            if b[k] == c && b[k + 1] == c { depth += 1; k += 2; continue }
            if b[k] == close && b[k + 1] == close {
                depth -= 1; k += 2
                if depth == 0 { return k }
                continue
            }
            k += 1
        }
        return i + 1  // unbalanced: not a unit
    }
}
