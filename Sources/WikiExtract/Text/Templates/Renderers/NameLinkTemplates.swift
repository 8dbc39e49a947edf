/// Templates that link a name and show it: `{{Lbs|Hunstanton}}` (Hunstanton Lifeboat Station)
/// shows `Hunstanton`, `{{Lbb|Mersey}}` (Mersey-class lifeboat) shows `Mersey`, and
/// `{{Lbc|D|IB1}}` (D-class lifeboat (IB1)) shows the class as `D-class (IB1)`; `{{ushr|Georgia|3}}`
/// shows the district it links.
enum NameLinkTemplates {
    /// `1st`, `2nd`, `3rd`, `4th`, `11th`, `22nd` …
    static func ordinal(_ n: Int) -> String {
        let suffix: String
        switch (n % 100, n % 10) {
        case (11...13, _): suffix = "th"
        case (_, 1): suffix = "st"
        case (_, 2): suffix = "nd"
        case (_, 3): suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }

    static let entries: [([String], TemplateRenderer)] = [
        (["lbs", "lbb"], WrapperTemplates.argument(1)),
        // `{{ushr|Georgia|3}}` → Georgia's 3rd congressional district (`AL`: at-large).
        (["ushr"], { call, out in
            let state = call.raw(1), district = call.raw(2)
            guard !state.isEmpty, !district.isEmpty else { return }
            let which = Int(district).map(ordinal)
                ?? (["al", "at-large", "at large"].contains(district.lowercased()) ? "at-large" : district)
            out.text(state + "'s " + which + " congressional district")
        }),
        (["lbc"], { call, out in
            let name = call.raw(1), variant = call.raw(2)
            guard !name.isEmpty else { return }
            out.text(variant.isEmpty ? name + "-class" : name + "-class (" + variant + ")")
        }),
    ]
}
