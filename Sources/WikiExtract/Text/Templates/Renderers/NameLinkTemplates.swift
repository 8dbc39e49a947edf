/// Templates that link a name and show it: `{{Lbs|Hunstanton}}` (Hunstanton Lifeboat Station)
/// shows `Hunstanton`, `{{Lbb|Mersey}}` (Mersey-class lifeboat) shows `Mersey`.
enum NameLinkTemplates {
    static let entries: [([String], TemplateRenderer)] = [
        (["lbs", "lbb"], WrapperTemplates.argument(1)),
    ]
}
