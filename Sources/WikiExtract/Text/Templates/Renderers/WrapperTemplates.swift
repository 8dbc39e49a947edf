/// Templates that only style or annotate their text: the text shows, the styling goes.
enum WrapperTemplates {
    /// Shows positional argument `index`.
    static func argument(_ index: Int) -> TemplateRenderer {
        { call, out in out.render(call.argument(index)) }
    }

    static let entries: [([String], TemplateRenderer)] = [
        (["nowrap", "nobr", "nobreak", "small", "smaller", "big", "larger", "large", "huge", "abbr", "abbrlink",
          "nq", "small caps", "smallcaps", "sc", "nobold", "noitalic", "no italic",
          "bold", "strong", "em", "italic", "mono", "code", "kbd", "keypress", "tooltip",
          "hover title", "proper name", "nobreakspace", "not a typo", "sic", "as written", "vanchor",
          "visible anchor", "lower", "upper", "strikethrough", "strike", "s", "underline", "u", "center",
          "centre", "right", "left", "midsize", "bigger", "serif", "sans-serif", "tq", "pline",
          "wrap", "ipa", "iast", "q", "quote", "nastaliq"], argument(1)),
        // `{{lang|fr|texte}}`, `{{fontcolor|red|text}}`: the text is the second argument.
        (["lang", "langx", "lang-x", "font color", "fontcolor", "color", "colour", "font colour", "bg",
          "background color", "highlight", "transl", "tlit", "script", "native name", "native phrase", "coloured text", "color text", "legend inline", "ill",
          "interlanguage link"], { call, out in
            out.render(call.argument(call.key.hasPrefix("ill") || call.key.hasPrefix("interlanguage") ? 1 : 2))
        }),
        // `{{abbr|PTI|Pakistan Tehreek-e-Insaf}}` shows the abbreviation (argument 1, above).
        (["circa", "c."], { call, out in out.text("c. "); out.render(call.argument(1)) }),
        (["as of"], { call, out in
            out.text("As of ")
            out.join([call.argument(3), call.argument(2), call.argument(1)], separator: " ")
        }),
        (["legend", "legend2", "legend0"], argument(2)),
        (["sup", "smallsup", "su", "supra"], { call, out in out.script(superscript: true, call.argument(1)) }),
        (["sub", "smallsub"], { call, out in out.script(superscript: false, call.argument(1)) }),
        // `{{marriage|[[Michelle Robinson]]|October 3, 1992}}` → `Michelle Robinson (m. October 3, 1992)`.
        (["marriage", "married"], { call, out in
            out.render(call.argument(1))
            guard let since = call.argument(2) else { return }
            out.text(" (m. ")
            out.render(since)
            if let until = call.argument(3) {
                out.text("–")
                out.render(until)
            }
            out.text(")")
        }),
        // `{{URL|https://example.org|Example}}` shows the label, or the address without its scheme.
        (["url", "official url", "official website"], { call, out in
            if let label = call.argument(2), !call.isBlank(label) { out.render(label); return }
            out.compute([call.argument(1)]) { args in
                var url = Substring(args[0])
                for scheme in ["https://", "http://", "//"] where url.hasPrefix(scheme) { url = url.dropFirst(scheme.count) }
                if url.hasSuffix("/") { url = url.dropLast() }
                return String(url)
            }
        }),
        (["vs", "vs."], { _, out in out.text("vs.") }),
        // `{{longitem|line-height:1.25em|text}}`, `{{resize|70%|text}}`: with two arguments the
        // first is a style or a size.
        (["longitem", "long item", "resize"], { call, out in
            out.render(call.argument(2) ?? call.argument(1))
        }),
        // `{{linktext|hi|there}}` links each word and shows them with spaces between.
        (["linktext"], ListTemplates.items(separator: " ")),
        // `{{based on|''Work''|Author}}` shows the work, then "by" and the authors, one a line.
        (["based on"], { call, out in
            let arguments = call.positionalArguments()
            guard let work = arguments.first ?? nil else { return }
            out.render(work)
            let authors = arguments.dropFirst().filter { $0.map { !call.isBlank($0) } ?? false }
            guard !authors.isEmpty else { return }
            out.text("\nby ")
            out.join(Array(authors), separator: "\n")
        }),
    ]
}
