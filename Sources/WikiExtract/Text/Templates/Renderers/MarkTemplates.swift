/// Table marks: `{{yes}}`, `{{no}}`, `{{tick}}`, `{{cross}}`, `{{n/a}}` … show their word (or the
/// text given as their first argument, as the templates do); `{{gold1}}`, `{{silver2}}` and
/// `{{bronze3}}` show the place.
enum MarkTemplates {
    /// A mark that shows `word` unless a text is given.
    static func word(_ word: String) -> TemplateRenderer {
        { call, out in
            if let given = call.argument(1), !call.isBlank(given) { out.render(given) } else { out.text(word) }
        }
    }

    static let entries: [([String], TemplateRenderer)] = [
        (["yes", "ya"], word("Yes")),
        (["no"], word("No")),
        (["partial", "some", "sometimes"], word("Partial")),
        (["n/a", "na", "n.a."], word("N/A")),
        (["unk", "unknown", "dunno"], word("?")),
        (["tba"], word("TBA")),
        (["tbd"], word("TBD")),
        (["okay", "ok"], word("OK")),
        (["good"], word("Good")),
        (["yes-no", "yes2", "no2", "nonpartisan", "nom"], { call, out in out.render(call.argument(1)) }),
        (["tick", "check", "checkmark", "ticked", "aye", "done"], { _, out in out.text("✓") }),
        (["cross", "xmark", "x mark", "not done"], { _, out in out.text("✗") }),
        (["dash", "dash2"], { _, out in out.text("–") }),
        // Medal places in results tables: a coloured cell holding the place.
        (["gold1"], { _, out in out.text("1") }),
        (["silver2"], { _, out in out.text("2") }),
        (["bronze3"], { _, out in out.text("3") }),
    ]
}
