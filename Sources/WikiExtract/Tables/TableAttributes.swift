import Wikitext
import WikiModel

/// Reads the attributes of a table, row or cell (`class="wikitable" style='x' rowspan=2`)
/// leniently, as browsers and MediaWiki do: double-quoted, single-quoted and unquoted values;
/// an unclosed quote runs to the end; a word with no `=` is kept with an empty value, so junk
/// is never lost. Names are lower-cased. `{{…}}` is one unit, so a template's spaces, quotes
/// and `=` never cut a value (`style=background:{{party color|Labour Party (UK)}}`).
public enum TableAttributes {
    /// Parses attribute wikitext into ordered pairs (a repeated name is kept each time;
    /// MediaWiki uses the last, see ``value(_:in:)``).
    public static func parse(_ text: String) -> OrderedPairs<String> {
        parse(bytes: Array(text.utf8)[...])
    }

    /// Parses attribute bytes (a slice of the page source: no string made first).
    static func parse(bytes: ArraySlice<UInt8>) -> OrderedPairs<String> {
        bytes.withUnsafeBufferPointer { parse($0) }
    }

    /// Parses the source of the attribute node `id` (table, row, cell or tag attributes).
    static func parse(node id: Int32, in document: WikitextDocument) -> OrderedPairs<String> {
        parse(bytes: document.source[document.range(of: id)])
    }

    private static func parse(_ b: UnsafeBufferPointer<UInt8>) -> OrderedPairs<String> {
        var pairs = OrderedPairs<String>()
        var i = 0
        while i < b.count {
            while i < b.count && (isSpace(b[i]) || b[i] == UInt8(ascii: "/")) { i += 1 }
            guard i < b.count else { break }
            let nameStart = i
            if b[i] == UInt8(ascii: "=") { i += 1 }  // a stray `=` is junk of its own
            while i < b.count && !isSpace(b[i]) && b[i] != UInt8(ascii: "=") { i = isUnitStart(b[i]) ? skipUnit(b, i) : i + 1 }
            let name = lowercasedName(UnsafeBufferPointer(rebasing: b[nameStart..<i]))
            var j = i
            while j < b.count && isSpace(b[j]) { j += 1 }
            guard j < b.count, b[j] == UInt8(ascii: "="), i > nameStart, b[nameStart] != UInt8(ascii: "=") else {
                pairs.append(key: name, value: "")
                continue
            }
            j += 1
            while j < b.count && isSpace(b[j]) { j += 1 }
            var value = UnsafeBufferPointer<UInt8>(rebasing: b[0..<0])
            if j < b.count && (b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "'")) {
                let quote = b[j]
                let start = j + 1
                var k = start
                while k < b.count && b[k] != quote { k = isUnitStart(b[k]) ? skipUnit(b, k) : k + 1 }
                value = UnsafeBufferPointer(rebasing: b[start..<min(k, b.count)])
                i = min(k + 1, b.count)
            } else {
                let start = j
                var k = j
                while k < b.count && !isSpace(b[k]) { k = isUnitStart(b[k]) ? skipUnit(b, k) : k + 1 }
                value = UnsafeBufferPointer(rebasing: b[start..<k])
                i = k
            }
            pairs.append(key: name, value: AttributeLiterals.value(value) ?? String(decoding: value, as: UTF8.self))
        }
        return pairs
    }

    /// The value MediaWiki's Sanitizer keeps for `name`: the last occurrence.
    public static func value(_ name: String, in pairs: OrderedPairs<String>) -> String? {
        pairs.entries.last { $0.key == name }?.value
    }

    /// The name lower-cased: a literal for the usual names (``AttributeLiterals``), ASCII byte
    /// by byte, else as Unicode lowers it.
    private static func lowercasedName(_ name: UnsafeBufferPointer<UInt8>) -> String {
        if let common = AttributeLiterals.name(name) { return common }
        if name.allSatisfy({ $0 < 0x80 }) {
            return String(unsafeUninitializedCapacity: name.count) { out in
                for (i, c) in name.enumerated() { out[i] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
                return name.count
            }
        }
        return String(decoding: name, as: UTF8.self).lowercased()
    }

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
