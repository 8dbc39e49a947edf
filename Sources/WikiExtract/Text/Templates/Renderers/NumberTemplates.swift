import Foundation

/// Numbers: `formatnum`, `nts`, `ntsh`, `sort`, `sortname`, `percentage`/`pct`, `composition bar`.
enum NumberTemplates {
    static let entries: [([String], TemplateRenderer)] = [
        // `{{bartable|87.5|%|2||background:blue}}` draws a bar beside the number: the number
        // and its suffix show.
        (["bartable"], { call, out in
            out.render(call.argument(1))
            out.render(call.argument(2))
        }),
        // `{{formatnum:1234}}` (parser function: the number is in the name) and `{{formatnum|1234}}`.
        (["formatnum:"], { call, out in
            out.compute([call.node.child(.templateName)]) { args in
                let name = args[0]
                let number = name.firstIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
                return NumberFormat.group(number.trimmingCharacters(in: .whitespaces))
            }
        }),
        (["formatnum", "nts", "nowrap number", "number table sorting"], { call, out in
            out.compute([call.argument(1)]) { NumberFormat.group($0[0]) }
        }),
        // Hidden sort keys show nothing.
        (["ntsh", "hs", "hidden sort key", "sort key", "sortkey", "0", "sort only"], { _, _ in }),
        // `{{sort|key|shown}}`: the shown text, or the key when there is none.
        (["sort", "sort date"], { call, out in
            out.render(call.argument(2) ?? call.argument(1))
        }),
        // `{{sortname|First|Last}}` shows "First Last".
        (["sortname", "sort name"], { call, out in
            out.join([call.argument(1), call.argument(2)], separator: " ")
        }),
        (["percentage", "pct", "percent"], { call, out in
            let decimals = Int(call.raw(3)) ?? Int(call.raw("pad")) ?? 0
            let pad = call.raw("pad").lowercased() == "yes" || Int(call.raw("pad")) != nil
            let symbol = call.named("%").map { call.raw($0) } ?? "%"
            out.compute([call.argument(1), call.argument(2)]) { args in
                guard let numerator = NumberFormat.read(args[0]) else { return "" }
                let denominator = NumberFormat.read(args[1]) ?? 100
                guard denominator != 0 else { return "" }
                return NumberFormat.write(numerator / denominator * 100, decimals: decimals, pad: pad) + symbol
            }
        }),
        // `{{sigfig|4.22|1}}` → 4: the number rounded to that many significant figures.
        (["sigfig", "significant figures", "rnd", "round"], { call, out in
            let figures = Int(call.raw(2)) ?? 0
            let isRound = call.key == "rnd" || call.key == "round"
            out.compute([call.argument(1)]) { args in
                guard let x = NumberFormat.read(args[0]) else { return args[0] }
                if isRound { return NumberFormat.write(x, decimals: figures, pad: true) }
                guard figures > 0, x != 0 else { return args[0] }
                let magnitude = Int(log10(abs(x)).rounded(.down))
                let decimals = max(0, figures - 1 - magnitude)
                let scale = pow(10.0, Double(figures - 1 - magnitude))
                return NumberFormat.write((x * scale).rounded() / scale, decimals: decimals, pad: true)
            }
        }),
        // `{{composition bar|116|272|#hex}}` shows "116/272".
        (["composition bar", "compbar"], { call, out in
            out.compute([call.argument(1), call.argument(2)]) { args in
                args[1].isEmpty ? args[0] : "\(args[0])/\(args[1])"
            }
        }),
    ]
}
