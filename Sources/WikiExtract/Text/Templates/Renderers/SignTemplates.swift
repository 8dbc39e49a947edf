/// Change signs: `{{increase}}16` reads `+16`, `{{decrease}}0.71` reads `−0.71` (U+2212, which
/// the value parser takes as a change sign, unlike a hyphen-minus), `{{steady}}` reads nothing.
enum SignTemplates {
    static let plus: TemplateRenderer = { _, out in out.text("+") }
    static let minus: TemplateRenderer = { _, out in out.text("−") }

    static let entries: [([String], TemplateRenderer)] = [
        (["increase", "increase2", "increasepositive", "increasenegative", "up", "gain", "up arrow",
          "uparrow", "green up arrow", "red up arrow", "rise"], plus),
        (["decrease", "decrease2", "decreasepositive", "decreasenegative", "down", "loss", "down arrow",
          "downarrow", "red down arrow", "green down arrow", "fall"], minus),
        (["steady", "steady2", "no change", "nochange", "same", "hold", "increase and decrease"], { _, _ in }),
    ]
}
