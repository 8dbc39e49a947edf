/// The template renderers, one small family per file under `Renderers/`, found by name.
///
/// Names are looked up by `TemplateName.lookup`: `_` and spaces folded, `Template:` dropped, ASCII
/// letters lower-cased (so `{{Party Color}}` finds `party color`). A family may register a
/// subpage prefix ending in `/` (`party shading/`): `{{party shading/Labour}}` is found under it
/// with `Labour` as the call's `subpage`. Templates found nowhere render to nothing; the
/// renderer still lists them in `RenderedText.templates`, so they are counted, not lost.
enum TemplateRegistry {
    /// Every family's entries.
    static let families: [[([String], TemplateRenderer)]] = [
        SignTemplates.entries, NumberTemplates.entries, DateTemplates.entries, MarkTemplates.entries,
        WrapperTemplates.entries, SymbolTemplates.entries, ListTemplates.entries, PartyTemplates.entries,
        FlagTemplates.entries, ConvertTemplates.entries, FootnoteTemplates.entries, CitationTemplates.entries,
    ]

    /// Name (lower-cased) → renderer. A name registered twice keeps its first family.
    static let renderers: [String: TemplateRenderer] = {
        var table: [String: TemplateRenderer] = [:]
        for family in families {
            for (names, renderer) in family {
                for name in names where table[name] == nil { table[name] = renderer }
            }
        }
        return table
    }()

    /// The renderer for a name, with the subpage (as written) when found through a `prefix/` entry.
    static func renderer(for name: TemplateName, lookup key: String? = nil) -> (TemplateRenderer, subpage: String?)? {
        let key = key ?? name.lookup
        if let renderer = renderers[key] { return (renderer, nil) }
        let lookup = Array(key.utf8)
        guard let slash = lookup.firstIndex(of: 0x2F) else { return nil }
        let prefix = String(decoding: lookup[...slash], as: UTF8.self)
        guard let renderer = renderers[prefix] else { return nil }
        // `seen` differs from `lookup` only in ASCII case, so byte offsets agree.
        let subpage = String(decoding: Array(name.seen.utf8)[(slash + 1)...], as: UTF8.self)
        return (renderer, subpage)
    }

    /// True when a template of this name has a renderer.
    static func isKnown(_ name: TemplateName) -> Bool { renderer(for: name) != nil }
}
