/// Templates that stand for one character or a fixed piece of punctuation.
enum SymbolTemplates {
    static func symbol(_ s: String) -> TemplateRenderer { { _, out in out.text(s) } }

    static let entries: [([String], TemplateRenderer)] = [
        (["!"], symbol("|")),
        (["="], symbol("=")),
        (["!!"], symbol("||")),
        (["nbsp", "space", "spaces", "thinsp", "thin space", "figure space", "nnbsp", "px2"], symbol("\u{00A0}")),
        (["snd", "snds", "spaced ndash", "spaced en dash", "sndash"], symbol(" – ")),
        (["spd", "spaced mdash", "spaced em dash"], symbol(" — ")),
        (["ndash", "en dash", "–"], symbol("–")),
        (["mdash", "em dash", "—"], symbol("—")),
        (["minus", "−"], symbol("−")),
        (["dot", "middot", "·"], symbol(" · ")),
        (["bull", "bullet", "•"], symbol(" • ")),
        (["pipe"], symbol("|")),
        (["dagger", "†", "kia"], symbol("†")),
        (["double-dagger", "double dagger", "ddagger", "‡"], symbol("‡")),
        (["shy", "zwsp", "wbr", "clear", "clr", "-", "crlf", "anchor", "anchors", "void"], { _, _ in }),
        (["break", "br", "crlf2", "linebreak"], symbol("\n")),
    ]
}
