/// Flags: `{{flag|Pakistan}}` and `{{flagcountry|PAK}}` show the country's name, as do the team
/// flags `{{fb|ENG}}` and `{{ru|SCO}}` (football, rugby union); `{{flagicon|X}}` shows only an
/// image, so nothing in text.
enum FlagTemplates {
    /// The name shown for a flag argument: a known three-letter code becomes its country, anything
    /// else is shown as written (`{{flag|Côte d'Ivoire}}`).
    static func country(_ written: String) -> String {
        CountryCodes.names[written] ?? written
    }

    static let entries: [([String], TemplateRenderer)] = [
        (["flag", "flagcountry", "flag country", "flagu", "flagdeco country", "flag link", "flagathlete",
          "flagteam", "fb", "fb-rt", "ru"], { call, out in
            // `{{flag|X|name=Y}}` shows Y.
            if let name = call.named("name") { out.render(name); return }
            if call.key == "flagathlete" {  // `{{flagathlete|Name|USA}}`
                out.render(call.argument(1))
                return
            }
            let written = call.raw(1)
            out.text(country(written))
        }),
        (["flagicon", "flag icon", "flagicon image", "flagdeco", "flagsport", "flagmedal"], { _, _ in }),
    ]
}
