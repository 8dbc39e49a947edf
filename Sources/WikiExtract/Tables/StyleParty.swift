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
        for node in attributes.document.nodes(of: .template, below: attributes.id) {
            // The common spellings, read from the call itself (no rendering) …
            if let template = Template(node), let party = named(by: template) { return party }
            // … and the colour templates the plain-text renderer supports.
            if let party = render(node), !party.isEmpty { return party }
        }
        return nil
    }

    private static let colourTemplates: Set<String> = [
        "party color", "party colour", "party shading", "party color cell", "party colour cell",
        "party name with color", "party name with colour", "party color box", "party colour box",
    ]

    /// `{{party color|X}}`, `{{party shading/X}}`, `{{X/meta/color}}` and their relatives.
    private static func named(by template: Template) -> String? {
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
