import WikiModel

/// Gathers numbered fields (`party1`, `leader1`, `seats1` …) into one `FieldGroup` per index.
enum FieldGrouping {
    /// Groups in index order; inside a group, stems in source order with their text. Fields whose
    /// text is empty (a colour template, an unfilled slot) are left out, and a group with nothing
    /// left is dropped; gaps in the numbering stay gaps. A repeated stem keeps its first place
    /// and takes the later text, as MediaWiki lets the later parameter win.
    static func groups(_ fields: [Field]) -> [FieldGroup] {
        var byIndex: [Int: FieldGroup] = [:]
        for field in fields {
            guard let index = field.group, let numbered = NumberedKey(field.key), !field.text.isEmpty else { continue }
            var group = byIndex[index] ?? FieldGroup(index: index)
            if let at = group.fields.entries.firstIndex(where: { $0.key == numbered.stem }) {
                group.fields.entries[at].value = field.text
            } else {
                group.fields.append(key: numbered.stem, value: field.text)
            }
            byIndex[index] = group
        }
        return byIndex.keys.sorted().compactMap { byIndex[$0] }
    }
}
