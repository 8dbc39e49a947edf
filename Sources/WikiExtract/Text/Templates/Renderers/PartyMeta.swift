/// A party's meta templates, named after its article: `{{Labour Party (UK)/meta/color}}` gives
/// its colour (the party recorded, as `{{party color|…}}` does) and
/// `{{Labour Party (UK)/meta/shortname}}` its short name, which is data of the meta template
/// (`Labour`), not of the page: the party's article name stands for it, so the party is named
/// rather than lost (as `{{Party name with colour}}` names it).
enum PartyMeta {
    static let colour = TemplateRegistry.Entry { call, out in out.party(call.subpage ?? "") }
    static let name = TemplateRegistry.Entry { call, out in
        let party = call.subpage ?? ""
        out.party(party)
        out.text(party)
    }

    /// The match for `PARTY/meta/color` (`colour`, `shading`) or `PARTY/meta/shortname`
    /// (`name`), any ASCII case, with the party as the subpage; nil for other names.
    static func match(_ seen: ArraySlice<UInt8>) -> TemplateRegistry.Match? {
        let bytes = Array(seen.map(TemplateName.lower))
        let marker = Array("/meta/".utf8)
        guard bytes.count > marker.count,
              let at = (1...(bytes.count - marker.count)).reversed().first(where: { bytes[$0..<($0 + marker.count)].elementsEqual(marker) })
        else { return nil }
        // A page name's first letter is a capital (the lookup folded it).
        var page = Array(seen.prefix(at))
        if let first = page.first, first >= 0x61 && first <= 0x7A { page[0] = first - 0x20 }
        let party = String(decoding: page, as: UTF8.self)
        let key = String(decoding: bytes, as: UTF8.self)
        switch String(decoding: bytes[(at + marker.count)...], as: UTF8.self) {
        case "color", "colour", "shading": return TemplateRegistry.Match(renderer: colour, key: key, subpage: party)
        case "shortname", "name": return TemplateRegistry.Match(renderer: name, key: key, subpage: party)
        default: return nil
        }
    }
}
