/// `{{val}}`, the measured-value template of science articles, shown as its text reads:
/// `{{val|1.00794|(7)}}` → `1.00794(7)`, `{{val|9.81|0.01|u=m/s2}}` → `9.81±0.01 m/s2`,
/// `{{val|1.2|+0.3|-0.1}}` → `1.2 +0.3 −0.1`, `{{val|6.022|e=23}}` → `6.022×10²³`. A leading
/// hyphen becomes a minus sign (U+2212), as the template writes it; digit groups, which the
/// page spaces with CSS only, are not written.
enum ValTemplates {
    /// `-` at the start of a number becomes `−`.
    static func signed(_ number: String) -> String {
        number.hasPrefix("-") ? "−" + number.dropFirst() : number
    }

    static let val: TemplateRenderer = { call, out in
        let number = call.raw(1)
        let prefix = call.raw("p"), suffix = call.raw("s")
        guard !number.isEmpty || !call.raw("e").isEmpty else { return }
        var text = prefix + signed(number)
        let first = call.raw(2), second = call.raw(3)
        if first.hasPrefix("(") {
            text += first
        } else if !second.isEmpty {
            text += " " + (first.hasPrefix("+") ? first : "+" + first) + " " + signed(second)
        } else if !first.isEmpty {
            text += "±" + first
        }
        let exponent = call.raw("e")
        if !exponent.isEmpty { text += (number.isEmpty ? "10" : "×10") + ScriptDigits.raised(exponent) }
        let unit = call.named("u").map(call.raw) ?? call.raw("ul")
        if !unit.isEmpty { text += " " + unit }
        let per = call.named("up").map(call.raw) ?? call.raw("upl")
        if !per.isEmpty { text += "/" + per }
        out.text(text + suffix)
    }

    static let entries: [([String], TemplateRenderer)] = [(["val"], val)]
}
