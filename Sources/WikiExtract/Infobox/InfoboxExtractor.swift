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
        guard template.kind == .template else { return Infobox(template: "", line: template.line, fields: [], groups: []) }
        var reader = InfoboxFieldReader(document: template.document)
        let fields = reader.fields(of: template.id)
        let name = template.child(.templateName)?.textWithoutComments ?? ""
        return Infobox(template: name, line: template.line, fields: fields, groups: FieldGrouping.groups(fields))
    }

    /// Where a parameter's key starts: its first visible byte (not the `|` before it), kept
    /// inside the range. Fields take the line of this offset.
    static func keyOffset(_ range: Range<Int>, in document: WikitextDocument) -> Int {
        let source = document.source
        var i = range.lowerBound
        while i < range.upperBound, source[i] == 0x20 || source[i] == 0x09 || source[i] == 0x0A || source[i] == 0x0D {
            i += 1
        }
        return min(i, max(range.lowerBound, range.upperBound - 1))
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
