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
        (["partial"], word("Partial")),
        (["some"], word("Some")),
        (["sometimes"], word("Sometimes")),
        (["maybe"], word("Maybe")),
        (["n/a", "na", "n.a."], word("N/A")),
        (["unk", "unknown", "dunno"], word("?")),
        (["tba"], word("TBA")),
        (["tbd"], word("TBD")),
        (["okay"], word("Neutral")),
        (["ok"], word("OK")),
        (["good"], word("Good")),
        (["bad"], word("Bad")),
        (["yes-no"], word("Yes/No")),
        // Award tables: the result column.
        (["won"], word("Won")),
        (["nom"], word("Nominated")),
        (["sho"], word("Shortlisted")),
        (["lost"], word("Lost")),
        (["pending"], word("Pending")),
        // Comparison and status tables.
        (["depends"], word("Depends")),
        (["included"], word("Included")),
        (["dropped"], word("Dropped")),
        (["terminated"], word("Terminated")),
        (["beta"], word("Beta")),
        (["eliminated"], word("Eliminated")),
        (["safe"], word("Safe")),
        (["active"], word("Active")),
        (["yes2", "no2", "nonpartisan"], { call, out in out.render(call.argument(1)) }),
        (["tick", "check", "checkmark", "ticked", "aye", "done"], { _, out in out.text("✓") }),
        (["cross", "xmark", "x mark", "not done"], { _, out in out.text("✗") }),
        (["dash", "dash2"], { _, out in out.text("–") }),
        // Medal places in results tables: a coloured cell holding the place.
        (["gold1"], { _, out in out.text("1") }),
        (["silver2"], { _, out in out.text("2") }),
        (["bronze3"], { _, out in out.text("3") }),
    ]
}
