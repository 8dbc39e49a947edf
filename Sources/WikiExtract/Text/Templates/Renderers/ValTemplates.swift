/// `{{val}}`, the measured-value template of science articles, shown as its text reads:
/// `{{val|1.00794|(7)}}` → `1.00794(7)`, `{{val|9.81|0.01|u=m/s2}}` → `9.81±0.01 m/s2`,
/// `{{val|1.2|+0.3|-0.1}}` → `1.2 +0.3 -0.1`, `{{val|6.022|e=23}}` → `6.022×10²³`. A minus
/// stays a hyphen-minus, though the page draws U+2212: the value parser reads U+2212 as the
/// sign of a change (`{{decrease}}`), and `{{val|-1.5}}` is a negative number, not a fall.
/// Digit groups, which the page spaces with CSS only, are not written.
enum ValTemplates {
    static let val: TemplateRenderer = { call, out in
        // Rendered, not raw: a unit may be a link (`u=[[hertz|Hz]]`).
        let parts = [call.argument(1), call.argument(2), call.argument(3), call.named("e"),
                     call.named("u") ?? call.named("ul"), call.named("up") ?? call.named("upl"),
                     call.named("p"), call.named("s")]
        out.compute(parts) { a in
            let (number, first, second, exponent, unit, per, prefix, suffix) = (a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7])
            guard !number.isEmpty || !exponent.isEmpty else { return "" }
            var text = prefix + number
            if first.hasPrefix("(") {
                text += first
            } else if !second.isEmpty {
                text += " " + (first.hasPrefix("+") ? first : "+" + first) + " " + second
            } else if !first.isEmpty {
                text += "±" + first
            }
            if !exponent.isEmpty { text += (number.isEmpty ? "10" : "×10") + ScriptDigits.raised(exponent) }
            if !unit.isEmpty { text += " " + unit }
            if !per.isEmpty { text += "/" + per }
            return text + suffix
        }
    }

    static let entries: [([String], TemplateRenderer)] = [(["val"], val)]
}
