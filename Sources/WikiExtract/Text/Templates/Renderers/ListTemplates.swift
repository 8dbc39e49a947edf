import Wikitext

/// Lists: vertical ones (`ubl`, `plainlist`, `br list`) put one item per line; `hlist` and
/// `flatlist` put ` · ` between items, as they show.
enum ListTemplates {
    /// Every positional argument, `separator` between the non-empty ones.
    static func items(separator: String) -> TemplateRenderer {
        { call, out in
            // One walk over the arguments: a list may hold thousands of items.
            let items: [Node?] = call.positionalArguments().filter { $0.map { !call.isBlank($0) } ?? false }
            out.join(items, separator: separator)
        }
    }

    static let entries: [([String], TemplateRenderer)] = [
        (["ubl", "unbulleted list", "ublist", "unbulleted", "br list", "bulleted list",
          "bulleted", "blist", "bull list", "ordered list", "numbered list", "vertical list", "unbullet",
          "ubt", "ubil", "unordered list", "collapsible list", "bulleted list citebundle", "vunblist", "vertical unbulleted list"],
         items(separator: "\n")),
        (["hlist", "flatlist items", "horizontal list", "inline list", "hl"],
         items(separator: " · ")),
        // `{{plainlist|\n* A\n* B}}` and `{{flatlist|…}}` wrap list markup: render it (one item per line).
        (["plainlist", "plain list", "flatlist", "flat list", "startflatlist", "endflatlist", "endplainlist", "startplainlist"], { call, out in
            out.render(call.argument(1))
        }),
    ]
}
