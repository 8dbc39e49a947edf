/// Templates that link a name and show it: `{{Lbs|Hunstanton}}` (Hunstanton Lifeboat Station)
/// shows `Hunstanton`, `{{Lbb|Mersey}}` (Mersey-class lifeboat) shows `Mersey`, and
/// `{{Lbc|D|IB1}}` (D-class lifeboat (IB1)) shows the class as `D-class (IB1)`.
enum NameLinkTemplates {
    static let entries: [([String], TemplateRenderer)] = [
        (["lbs", "lbb"], WrapperTemplates.argument(1)),
        (["lbc"], { call, out in
            let name = call.raw(1), variant = call.raw(2)
            guard !name.isEmpty else { return }
            out.text(variant.isEmpty ? name + "-class" : name + "-class (" + variant + ")")
        }),
    ]
}
