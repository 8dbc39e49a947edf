import Wikitext
import WikiModel

/// Footnotes: `{{efn|…}}`, `{{refn|…}}`, `{{sfn|Author|2000|p=5}}` and their variants leave the
/// text and come back as notes; `{{r|name}}` reuses a `<ref>`, and `{{ref|name}}` marks the
/// note that `{{note|name}}` holds elsewhere (both kept as a note by that name, with no text).
/// Markers that only point at a note (`{{citation needed}}`, `{{rp|23}}`) show nothing.
enum FootnoteTemplates {
    /// A footnote whose body is argument 1 (or `text=`), named by `name=`.
    static func bodyNote(_ kind: Note.Kind) -> TemplateRenderer {
        { call, out in
            let name = call.named("name").map { call.raw($0) }
            out.note(kind, name: name, body: call.named("text") ?? call.argument(1))
        }
    }

    static let entries: [([String], TemplateRenderer)] = [
        (["efn", "efn-ua", "efn-lr", "efn-ur", "efn-lg", "efn-la", "efn-ll", "efn-lower-alpha", "efn-ul",
          "notetag", "note tag", "efn-note", "cnote", "ntag", "notelist-ua/efn", "explanatory footnote"],
         bodyNote(.efn)),
        (["refn", "ref note", "reference note"], bodyNote(.refn)),
        // `{{sfn|Smith|2000|p=5}}`: the note's text is "Smith 2000, p. 5".
        (["sfn", "sfnp", "sfnm", "harvnb", "harvp", "harv", "sfnb"], { call, out in
            let page = call.raw("p"), pages = call.raw("pp"), loc = call.raw("loc")
            let isNote = call.key.hasPrefix("sfn")
            var parts: [Node?] = []
            for i in 1...max(1, min(call.positionalCount, 5)) { parts.append(call.argument(i)) }
            if isNote { out.openNote(.sfn, name: nil) }
            out.compute(parts) { citationText($0, page: page, pages: pages, loc: loc) }
            if isNote { out.closeNote() }
        }),
        // `{{r|name}}` reuses `<ref name="name">`.
        (["r", "ref", "ref label", "rp", "citation needed", "cn", "fact", "better source needed", "clarify",
          "when", "who", "which", "failed verification", "dead link", "cbignore", "webarchive",
          "page needed", "full citation needed", "verification needed", "dubious", "by whom",
          "according to whom", "vague", "update after", "inconsistent", "specify", "year needed"], { call, out in
            if call.key == "r" || call.key == "ref", call.positionalCount > 0 {
                out.note(.ref, name: call.raw(1), body: nil)
            }
        }),
    ]

    /// "Smith 2000, p. 5" from the arguments of a short citation.
    static func citationText(_ args: [String], page: String, pages: String, loc: String) -> String {
        var text = args.filter { !$0.isEmpty }.joined(separator: " ")
        if !page.isEmpty { text += ", p. " + page } else if !pages.isEmpty { text += ", pp. " + pages }
        if !loc.isEmpty { text += ", " + loc }
        return text
    }
}
