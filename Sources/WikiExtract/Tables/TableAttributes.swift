import Wikitext
import WikiModel

/// Reads the attributes of a table, row or cell (`class="wikitable" style='x' rowspan=2`) by
/// the rules of ``AttributeSyntax`` (lenient as browsers are; names lower-cased; junk kept).
public enum TableAttributes {
    /// Parses attribute wikitext into ordered pairs (a repeated name is kept each time;
    /// MediaWiki uses the last, see ``value(_:in:)``).
    public static func parse(_ text: String) -> OrderedPairs<String> {
        parse(bytes: Array(text.utf8)[...])
    }

    /// Parses attribute bytes (a slice of the page source: no string made first).
    static func parse(bytes: ArraySlice<UInt8>) -> OrderedPairs<String> {
        bytes.withUnsafeBufferPointer { AttributeSyntax.pairs($0) }
    }

    /// Parses the source of the attribute node `id` (table, row, cell or tag attributes).
    static func parse(node id: Int32, in document: WikitextDocument) -> OrderedPairs<String> {
        parse(bytes: document.source[document.range(of: id)])
    }

    /// The value MediaWiki's Sanitizer keeps for `name`: the last occurrence.
    public static func value(_ name: String, in pairs: OrderedPairs<String>) -> String? {
        pairs.entries.last { $0.key == name }?.value
    }
}
