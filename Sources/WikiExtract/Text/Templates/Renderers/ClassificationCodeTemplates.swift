/// Medical classification codes in infoboxes, shown as the code they link:
/// `{{ICD10|J|45|9|j|40}}` → `J45.9` (chapter letter, category, and the subcategory after a
/// point when given; the last two arguments only build the link), `{{ICD9|779.6}}` → `779.6`.
enum ClassificationCodeTemplates {
    static let entries: [([String], TemplateRenderer)] = [
        (["icd10"], { call, out in
            let letter = call.raw(1), category = call.raw(2), subcategory = call.raw(3)
            guard !letter.isEmpty || !category.isEmpty else { return }
            out.text(letter + category + (subcategory.isEmpty ? "" : "." + subcategory))
        }),
        (["icd9"], WrapperTemplates.argument(1)),
    ]
}
