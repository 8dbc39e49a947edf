import Wikitext

/// The party a colour template in a style names: `style="background:{{party color|Pakistan
/// Tehreek-e-Insaf}}"` → `Pakistan Tehreek-e-Insaf`. Peers render the colour and lose the party;
/// for election tables the party is the datum.
enum StyleParty {
    /// The first party named by a colour template inside an attribute node, or nil.
    static func party(in attributes: Node?) -> String? {
        party(in: attributes) { PlainText.render($0).parties.first }
    }

    /// ``party(in:)`` rendering with `renderer`, whose buffers are reused (a cell reader's:
    /// a fresh renderer per template, `{{rh}}` in most cells that have one, cost allocations).
    static func party(in attributes: Node?, renderer: inout PlainTextRenderer) -> String? {
        party(in: attributes) { node in
            renderer.reset()
            renderer.render(node)
            return renderer.finish().parties.first
        }
    }

    private static func party(in attributes: Node?, renderingFirstParty render: (Node) -> String?) -> String? {
        guard let attributes, attributes.range.count > 4 else { return nil }
        let document = attributes.document
        // Most templates in attributes are `{{rh}}`, `{{sort|…}}` and the like: no party, and
        // nothing to read or render once their bytes show it.
        guard mayName(document.source, attributes.range) else { return nil }
        for id in document.ids(of: .template, below: attributes.id) where mayName(document.source, document.range(of: id)) {
            let node = document.node(id)
            // The common spellings, read from the call itself (no rendering) …
            if let template = Template(node), let party = named(by: template) { return party }
            // … and the colour templates the plain-text renderer supports.
            if let party = render(node), !party.isEmpty { return party }
        }
        return nil
    }

    /// False when the template source `range` can name no party: its bytes hold no `party`,
    /// `eppt` or `/meta/` in any ASCII case (every name `named(by:)` reads has one, and so does
    /// every template whose rendering records a party, `PartyTemplates`) and no `<` (a comment
    /// inside a name could split one of them). Lower-casing a name changes no other character
    /// into one of these letters, and spaces and `_` are never folded into them.
    static func mayName(_ source: [UInt8], _ range: Range<Int>) -> Bool {
        source.withUnsafeBufferPointer { all in
            let b = UnsafeBufferPointer(rebasing: all[range])
            let n = b.count
            var i = 0
            while i < n {
                let c = b[i] | 0x20  // ASCII letters lower-cased; `<` (0x3C) and `/` (0x2F) kept
                switch c {
                case 0x3C: if b[i] == 0x3C { return true }
                case 0x70: if matches(b, i, "party") { return true }
                case 0x65: if matches(b, i, "eppt") { return true }
                case 0x2F: if b[i] == 0x2F, matches(b, i, "/meta/") { return true }
                default: break
                }
                i += 1
            }
            return false
        }
    }

    /// True when `b[i...]` starts with the lower-case ASCII `word`, letters in any case.
    private static func matches(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ word: StaticString) -> Bool {
        let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard b.count - i >= w.count else { return false }
        for k in 0..<w.count where TemplateName.lower(b[i + k]) != w[k] { return false }
        return true
    }

    private static let colourTemplates: Set<String> = [
        "party color", "party colour", "party shading", "party color cell", "party colour cell",
        "party name with color", "party name with colour", "party color box", "party colour box",
    ]

    /// `{{party color|X}}`, `{{party shading/X}}`, `{{X/meta/color}}` and their relatives.
    static func named(by template: Template) -> String? {
        let name = template.normalizedName
        let lower = name.lowercased()
        if colourTemplates.contains(lower) {
            let party = template.parameter("1")?.rawValue.trimmingWikiWhitespace() ?? ""
            return party.isEmpty ? nil : party
        }
        for prefix in ["party shading/", "party color/", "party colour/"] where lower.hasPrefix(prefix) {
            let party = String(name.dropFirst(prefix.count)).trimmingWikiWhitespace()
            return party.isEmpty ? nil : party
        }
        for suffix in ["/meta/color", "/meta/colour", "/meta/shading"] where lower.hasSuffix(suffix) {
            let party = String(name.dropLast(suffix.count)).trimmingWikiWhitespace()
            return party.isEmpty ? nil : party
        }
        return nil
    }
}
