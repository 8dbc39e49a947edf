import Wikitext
import WikiModel

/// What an HTML table tag says of its element: attributes, the party of a colour template in
/// them, and the spans of a cell.
enum HTMLTableCells {
    /// A cell draft whose content is read when it closes, with its spans read from its
    /// attributes as HTML reads them.
    static func draft(header: Bool, line: Int, attributes: OrderedPairs<String>, styleParty: String?)
        -> HTMLTableDraft.CellDraft {
        let spans = TableLimits.spans(attributes)
        return .init(header: header, line: line, attributes: attributes, styleParty: styleParty,
                     rowspan: spans.rowspan, colspan: spans.colspan)
    }

    /// The opening tag of `id`: its attributes, the party a colour template in them names, and
    /// the offset where the element's content starts (after the `>`).
    static func openingTag(_ document: WikitextDocument, _ id: Int32, body: Int32)
        -> (attributes: OrderedPairs<String>, styleParty: String?, end: Int) {
        let range = document.range(of: id)
        // The parser ends a closed tag's opening tag where its body starts, an unclosed one at its end.
        let end = body >= 0 ? document.range(of: body).lowerBound : range.upperBound
        var start = range.lowerBound + 1
        while start < end - 1 && isNameByte(document.source[start]) { start += 1 }
        guard start < end - 1 else { return (OrderedPairs(), nil, end) }
        let bytes = document.source[start..<(end - 1)]
        return (TableAttributes.parse(bytes: bytes), party(in: bytes), end)
    }

    /// The tag parser keeps attribute values as text, so a `{{party color|X}}` in one is parsed
    /// here, on its own, when there is one.
    private static func party(in bytes: ArraySlice<UInt8>) -> String? {
        var sawBrace = false
        for b in bytes {
            if b == UInt8(ascii: "{") {
                if sawBrace { return StyleParty.party(in: WikitextDocument(parsing: Array(bytes)).root) }
                sawBrace = true
            } else {
                sawBrace = false
            }
        }
        return nil
    }

    private static func isNameByte(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A)
    }
}
