import Wikitext
import WikiModel

/// Counts the templates of a page, for `Article.templatesSeen`.
public enum TemplateCensus {
    /// Every template occurrence (nested ones included) by its normalized name — `_` as space,
    /// spaces folded, `Template:` dropped, first letter lower-cased (`cite news`, `party color`);
    /// parser functions by their name and colon (`formatnum:`, `#if:`, `#invoke:Flag`) —
    /// with its count, in order of first appearance.
    public static func count(_ document: WikitextDocument) -> OrderedPairs<Int> {
        var pairs = OrderedPairs<Int>()
        var position: [NameBytes: Int] = [:]
        var name: [UInt8] = []  // reused: a string is made only for a name's first occurrence
        for node in document.nodes(of: .template) {
            TemplateName.normalizedBytes(of: node, into: &name)
            if let at = position[NameBytes(bytes: name)] {
                pairs.entries[at].value += 1
            } else {
                position[NameBytes(bytes: name)] = pairs.entries.count
                pairs.append(key: String(decoding: name, as: UTF8.self), value: 1)
            }
        }
        return pairs
    }

    /// True when the plain-text renderer understands templates of this name (the others render
    /// to nothing): lets a report single out what was not understood.
    public static func isRendered(_ name: String) -> Bool {
        TemplateRegistry.isKnown(TemplateName(bytes: Array(name.utf8)))
    }
}

/// A name's bytes as a dictionary key hashed in one call (an `[UInt8]` key feeds the hasher
/// one byte at a time).
private struct NameBytes: Hashable {
    let bytes: [UInt8]

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
