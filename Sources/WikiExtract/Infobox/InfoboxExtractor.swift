import Wikitext
import WikiModel

/// Finds the infoboxes of a page and turns each into an `Infobox`: every field in source order
/// with its raw wikitext, plain text, typed value, footnotes and line, plus numbered groups.
///
/// An infobox is any template whose name starts with `Infobox` (any case, `_` or space), at any
/// depth: one embedded through `module=`, `child=` or `embed=` is found too, after the one that
/// holds it (and the holder keeps the embedding field, with its raw wikitext).
public enum InfoboxExtractor {
    /// Every infobox of the page, in source order.
    public static func extract(_ document: WikitextDocument) -> [Infobox] {
        InfoboxLocator.templates(in: document).filter { isInfobox(TemplateName(of: $0)) }.map(infobox)
    }

    /// True for template names starting with the word `Infobox` (`Infobox election`,
    /// `infobox_settlement`, `Infobox`), not `Infoboxes`.
    public static func isInfobox(name: String) -> Bool {
        isInfobox(TemplateName(bytes: Array(name.utf8)))
    }

    static func isInfobox(_ name: TemplateName) -> Bool {
        let lookup = name.lookup.utf8
        guard lookup.starts(with: "infobox".utf8) else { return false }
        let next = lookup.dropFirst(7).first
        return next == nil || next == 0x20 || next == 0x2F
    }

    /// The infobox of one `template` node (which should be an infobox; any template works).
    public static func infobox(_ template: Node) -> Infobox {
        let view = Template(template)
        var fields: [Field] = []
        for parameter in view?.positionallyNumbered() ?? [] {
            fields.append(field(parameter))
        }
        return Infobox(template: view?.name ?? "", line: template.line, fields: fields,
                       groups: FieldGrouping.groups(fields))
    }

    /// One field: key as written (digits kept), trimmed raw wikitext, text, value, notes, line.
    static func field(_ parameter: Parameter) -> Field {
        let key = parameter.key
        let rendered = parameter.value.map { PlainText.render($0) } ?? RenderedText()
        // A field is one line: `IND<br />(backed by PTI)` reads `IND (backed by PTI)`.
        let text = rendered.text.utf8.contains(0x0A) ? TextFolding.line(rendered.text) : rendered.text
        return Field(key: key, group: NumberedKey(key)?.index, raw: parameter.rawValue.trimmingWikiWhitespace(),
                     text: text, value: ValueMapping.value(of: text), notes: rendered.notes,
                     line: keyLine(parameter.node))
    }

    /// The line of the parameter's first visible byte (its key), not of the `|` before it.
    static func keyLine(_ node: Node) -> Int {
        let source = node.document.source
        var i = node.range.lowerBound
        while i < node.range.upperBound, source[i] == 0x20 || source[i] == 0x09 || source[i] == 0x0A || source[i] == 0x0D {
            i += 1
        }
        return node.document.lines.line(of: min(i, max(node.range.lowerBound, node.range.upperBound - 1)))
    }

    /// Keys that occur more than once in an infobox, in order of their second occurrence
    /// (MediaWiki keeps only the last value; both stay in `fields`).
    public static func duplicateKeys(_ infobox: Infobox) -> [String] {
        var seen = Set<String>(), duplicates: [String] = []
        for field in infobox.fields where !seen.insert(field.key).inserted && !duplicates.contains(field.key) {
            duplicates.append(field.key)
        }
        return duplicates
    }
}
