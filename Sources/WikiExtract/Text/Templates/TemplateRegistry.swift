import Wikitext
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
        CurrencyTemplates.entries, NameLinkTemplates.entries, CoordTemplates.entries,
        ClassificationCodeTemplates.entries, NuclideTemplates.entries, ValTemplates.entries,
        FractionTemplates.entries, StockTickerTemplates.entries, AgeTemplates.entries,
    ]

    /// A renderer held in a class: a closure read from a class property is called as it is,
    /// where one read from an array of tuples or closures gets a freshly allocated thunk.
    final class Entry: Sendable {
        let render: TemplateRenderer
        init(_ render: @escaping TemplateRenderer) { self.render = render }
    }

    /// A renderer found for a template, with what its `TemplateCall` is told.
    struct Match {
        let renderer: Entry
        /// The lookup key (`TemplateCall.key`).
        let key: String
        /// For a `prefix/` entry: the part after the `/`, as written.
        let subpage: String?
    }

    /// Every registered name (lower-cased; a name registered twice keeps its first family)
    /// and its renderer, in one order.
    private static let registered: (names: [String], renderers: [Entry]) = {
        var names: [String] = [], renderers: [Entry] = [], seen = Set<String>()
        for family in families {
            for (list, renderer) in family {
                let entry = Entry(renderer)
                for name in list where seen.insert(name).inserted {
                    names.append(name)
                    renderers.append(entry)
                }
            }
        }
        return (names, renderers)
    }()

    /// `registered.names` by their bytes, any ASCII case.
    private static let table = NameTable(registered.names)

    /// `registered.names` as a dictionary, for names with non-ASCII bytes: String keys compare
    /// by canonical equivalence (`{{·}}` written with U+0387 is `{{·}}`), which bytes do not.
    private static let byString: [String: Int] = {
        var positions: [String: Int] = [:]
        for (k, name) in registered.names.enumerated() where positions[name] == nil { positions[name] = k }
        return positions
    }()

    /// The renderer for a template whose normalized name (`TemplateName.seen`) is `seen`.
    static func match(_ seen: ArraySlice<UInt8>) -> Match? {
        guard seen.allSatisfy({ $0 < 0x80 }) else { return matchByString(seen) }
        if let k = table.index(of: seen, foldCase: true) {
            // The key is the registered name itself: it equals the lower-cased lookup.
            return Match(renderer: registered.renderers[k], key: registered.names[k], subpage: nil)
        }
        guard let slash = seen.firstIndex(of: 0x2F) else { return languageMatch(seen) }
        guard let k = table.index(of: seen[...slash], foldCase: true) else { return PartyMeta.match(seen) }
        return Match(renderer: registered.renderers[k],
                     key: String(decoding: seen.map(TemplateName.lower), as: UTF8.self),
                     subpage: String(decoding: seen[(slash + 1)...], as: UTF8.self))
    }

    /// `{{lang-de|Französische Republik}}`, one template per language code: the text shows.
    private static let languageText = Entry(WrapperTemplates.argument(1))

    /// The match for a `lang-` + language code name (`lang-de`, `lang-zh-hant`), or nil.
    private static func languageMatch(_ seen: ArraySlice<UInt8>) -> Match? {
        let prefix = "lang-".utf8
        guard seen.count > prefix.count,
              zip(seen, prefix).allSatisfy({ TemplateName.lower($0) == $1 }),
              seen.dropFirst(prefix.count).allSatisfy({ TemplateName.lower($0) >= 0x61 && TemplateName.lower($0) <= 0x7A || $0 == 0x2D })
        else { return nil }
        return Match(renderer: languageText, key: String(decoding: seen.map(TemplateName.lower), as: UTF8.self), subpage: nil)
    }

    /// `match` for a non-ASCII name, by strings as a dictionary compares them.
    private static func matchByString(_ seen: ArraySlice<UInt8>) -> Match? {
        let name = String(decoding: seen, as: UTF8.self)
        let key = String(decoding: name.utf8.map(TemplateName.lower), as: UTF8.self)
        if let k = byString[key] { return Match(renderer: registered.renderers[k], key: key, subpage: nil) }
        let lookup = Array(key.utf8)
        guard let slash = lookup.firstIndex(of: 0x2F) else { return nil }
        guard let k = byString[String(decoding: lookup[...slash], as: UTF8.self)] else { return PartyMeta.match(seen) }
        let subpage = String(decoding: Array(name.utf8)[(slash + 1)...], as: UTF8.self)
        return Match(renderer: registered.renderers[k], key: key, subpage: subpage)
    }

    /// The renderer for a name, with the subpage (as written) when found through a `prefix/` entry.
    static func renderer(for name: TemplateName) -> (TemplateRenderer, subpage: String?)? {
        guard let found = match(Array(name.seen.utf8)[...]) else { return nil }
        return (found.renderer.render, found.subpage)
    }

    /// True when a template of this name has a renderer.
    static func isKnown(_ name: TemplateName) -> Bool { match(Array(name.seen.utf8)[...]) != nil }
}
