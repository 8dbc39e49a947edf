import Wikitext

/// Wikipedia's table cell templates (`{{yes}}`, `{{no}}`, `{{n/a}}` …) expand to a cell's
/// attributes *and* its content: `style="background:…" class="table-na" | N/A`. Editors give
/// the cell more attributes by writing them before the call with no bar between
/// (`| colspan=2 {{n/a}}`), so after expansion that text is attributes too and the cell spans
/// two columns. The parser splits cells before any expansion and sees one content; this
/// finds those cells so the table reads them as MediaWiki does.
enum TableCellTemplates {
    /// Lower-cased names of the cell templates whose shown text the renderer knows
    /// (see `MarkTemplates`); documented at Template:Table cell templates.
    static let names: Set<String> = [
        "yes", "no", "partial", "some", "sometimes", "n/a", "na", "n.a.", "unk", "unknown", "dunno",
        "tba", "okay", "good", "bad", "yes-no", "yes2", "no2", "maybe", "won", "nom", "sho", "lost", "pending",
        "depends", "included", "dropped", "terminated", "beta", "eliminated", "safe", "active",
    ]

    /// For a cell with no attributes of its own whose content `id` is text followed by a cell
    /// template (and nothing but blanks after it): the byte range of that text, which becomes
    /// the cell's attributes, and the template's id, which becomes its content.
    @inline(__always)
    static func split(_ document: WikitextDocument, content id: Int32) -> (attributes: Range<Int>, template: Int32)? {
        let first = document.firstChild(of: id)
        // Text first (one node: the parser merges adjacent text), then the template.
        guard first >= 0, document.kind(of: first) == .text else { return nil }
        let template = document.nextSibling(of: first)
        guard template >= 0, document.kind(of: template) == .template else { return nil }
        return split(document, text: first, template: template)
    }

    /// The rest of ``split(_:content:)`` for content that opens with text and a template (few
    /// cells: kept apart, so the check every cell takes stays small).
    @inline(never)
    private static func split(_ document: WikitextDocument, text first: Int32, template: Int32)
        -> (attributes: Range<Int>, template: Int32)? {
        let source = document.source
        let text = document.range(of: first)
        // The split happens on the cell's first line only; blank text changes nothing.
        guard !source[text].contains(0x0A), source[text].contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return nil }
        var after = document.nextSibling(of: template)
        while after >= 0 {
            guard document.kind(of: after) == .text,
                  source[document.range(of: after)].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
            else { return nil }
            after = document.nextSibling(of: after)
        }
        guard names.contains(TemplateName(of: document.node(template)).lookup) else { return nil }
        return (text, template)
    }
}
