/// Flags: `{{flag|Pakistan}}` and `{{flagcountry|PAK}}` show the country's name, linked to its
/// article (the cell's `links` name the country), as do the team flags `{{fb|ENG}}` and
/// `{{ru|SCO}}` (football, rugby union, unlinked here: they link to the team); `{{flagicon|X}}`
/// shows only an image, so nothing in text, but the image links to the country, recorded as a
/// link with no text: a nationality column of flag icons still says which country.
enum FlagTemplates {
    /// The name shown for a flag argument: a known three-letter code becomes its country, anything
    /// else is shown as written (`{{flag|Côte d'Ivoire}}`).
    static func country(_ written: String) -> String {
        CountryCodes.names[written] ?? written
    }

    /// The names whose country is linked (`{{flagu}}` is the unlinked one).
    static let linked: Set<String> = ["flag", "flagcountry", "flag country"]

    static let entries: [([String], TemplateRenderer)] = [
        (["flag", "flagcountry", "flag country", "flagu", "flagdeco country", "flag link", "flagathlete", "flagiocathlete",
          "flagteam", "fb", "fb-rt", "ru"], { call, out in
            // `{{flag|X|name=Y}}` shows Y.
            if let name = call.named("name") { out.render(name); return }
            if call.key == "flagathlete" || call.key == "flagiocathlete" {  // `{{flagathlete|[[Name]]|USA}}`: `Name (USA)`
                out.render(call.argument(1))
                let code = call.raw(2)
                if !code.isEmpty { out.text(" (\(code))") }
                return
            }
            let name = country(call.raw(1))
            if linked.contains(call.key) { out.link(to: name, showing: name) } else { out.text(name) }
        }),
        (["flagicon", "flag icon"], { call, out in out.link(to: country(call.raw(1)), showing: "") }),
        (["flagicon image", "flagdeco", "flagsport", "flagmedal"], { _, _ in }),
        // Module:Flag behind the newer flag templates: `{{#invoke:flag|icon|MEX}}` is
        // `{{flagicon|MEX}}`, `{{#invoke:flag|country|MEX}}` is `{{flagcountry|MEX}}`.
        (["#invoke:flag"], { call, out in
            let name = country(call.raw(2))
            guard !call.raw(2).isEmpty else { return }
            switch call.raw(1).lowercased() {
            case "icon": out.link(to: name, showing: "")
            case "country", "flag": out.link(to: name, showing: name)
            default: return
            }
        }),
    ]
}
