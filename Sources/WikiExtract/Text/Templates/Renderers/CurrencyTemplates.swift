import Wikitext

/// Currency templates: `{{US$|2 billion}}` and `{{USD|9.98 billion|link=yes}}` read
/// `US$2 billion`, `US$9.98 billion`; `{{€|5}}` `€5`, `{{GBP|5}}` `£5`. The amount is the first
/// argument as written; the inflation arguments of `{{USD}}` (a year, `round=`) are left out:
/// the text keeps what the editor wrote.
enum CurrencyTemplates {
    /// The sign each template writes before its amount.
    static let signs: [([String], String)] = [
        (["us$", "usd"], "US$"), (["€", "eur"], "€"), (["£", "gbp"], "£"), (["¥", "jpy"], "¥"),
        (["₹", "inr"], "₹"), (["cad"], "CA$"), (["aud"], "A$"),
    ]

    static let entries: [([String], TemplateRenderer)] = signs.map { names, sign in
        (names, { call, out in
            out.text(sign)
            out.render(call.argument(1))
        })
    }

    /// The lookup keys of the currency templates (`TemplateName.lookup`).
    static let names: Set<String> = Set(signs.flatMap(\.0))
}
