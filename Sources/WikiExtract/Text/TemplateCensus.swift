import Wikitext
import WikiModel

/// Counts the templates of a page, for `Article.templatesSeen`.
public enum TemplateCensus {
    /// Every template occurrence (nested ones included) by its normalized name — `_` as space,
    /// spaces folded, `Template:` dropped, first letter lower-cased (`cite news`, `party color`);
    /// parser functions by their name and colon (`formatnum:`, `#if:`, `#invoke:Flag`) —
    /// with its count, in order of first appearance.
    public static func count(_ document: WikitextDocument) -> OrderedPairs<Int> {
        var names: [String] = []
        var counts: [Int] = []
        // A page writes the same few names thousands of times, and a normalized name depends
        // only on the name's raw bytes and flavor: so each raw spelling is remembered with its
        // entry, and only a spelling's first occurrence is normalized and looked up by name.
        var spellings = TemplateCensusTable()  // raw name bytes, flavor → entry
        var normalized = TemplateCensusTable()  // normalized name → entry
        var name: [UInt8] = []  // reused: a string is made only for a name's first occurrence
        let ids = document.ids(of: .template)
        // Sized once: a page has at most one name per template (and mostly far fewer).
        names.reserveCapacity(ids.count)
        counts.reserveCapacity(ids.count)
        document.source.withUnsafeBufferPointer { source in
            for id in ids {
                let raw = TemplateName.plainNameRange(of: id, in: document).map { UnsafeBufferPointer(rebasing: source[$0]) }
                let function: UInt8 = raw != nil && TemplateName.isParserFunction(id, in: document) ? 1 : 0
                if let raw, let at = spellings.entry(raw, tag: function) {
                    counts[at] += 1
                    continue
                }
                TemplateName.normalizedBytes(of: id, in: document, into: &name)
                let at = name.withUnsafeBufferPointer { bytes in
                    if let known = normalized.entry(bytes, tag: 0) {
                        counts[known] += 1
                        return known
                    }
                    normalized.insert(bytes, tag: 0, entry: names.count)
                    names.append(String(decoding: bytes, as: UTF8.self))
                    counts.append(1)
                    return names.count - 1
                }
                if let raw { spellings.insert(raw, tag: function, entry: at) }
            }
        }
        var pairs = OrderedPairs<Int>()
        pairs.entries.reserveCapacity(names.count)
        for (name, count) in zip(names, counts) { pairs.append(key: name, value: count) }
        return pairs
    }

    /// True when the plain-text renderer understands templates of this name (the others render
    /// to nothing): lets a report single out what was not understood.
    public static func isRendered(_ name: String) -> Bool {
        TemplateRegistry.isKnown(TemplateName(bytes: Array(name.utf8)))
    }
}
