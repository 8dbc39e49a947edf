/// Fractions: `{{frac|1|2}}` → `1⁄2`, `{{frac|3|1|2}}` → `3 1⁄2`, `{{frac|4}}` → `1⁄4`, with the
/// fraction slash (U+2044) the templates write; `{{sfrac}}` the same.
enum FractionTemplates {
    static let fraction: TemplateRenderer = { call, out in
        let a = call.raw(1), b = call.raw(2), c = call.raw(3)
        switch (a.isEmpty, b.isEmpty, c.isEmpty) {
        case (false, true, true): out.text("1⁄" + a)
        case (false, false, true): out.text(a + "⁄" + b)
        case (_, false, false): out.text((a.isEmpty ? "" : a + " ") + b + "⁄" + c)
        default: return
        }
    }

    static let entries: [([String], TemplateRenderer)] = [(["frac", "fraction", "sfrac"], fraction)]
}
