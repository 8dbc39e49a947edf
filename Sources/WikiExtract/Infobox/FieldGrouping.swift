import WikiModel

/// Gathers numbered fields (`party1`, `leader1`, `seats1` …) into one `FieldGroup` per index.
enum FieldGrouping {
    /// Groups in index order; inside a group, stems in source order with their text. Fields whose
    /// text is empty (a colour template, an unfilled slot) are left out, and a group with nothing
    /// left is dropped; gaps in the numbering stay gaps. A repeated stem keeps its first place
    /// and takes the later text, as MediaWiki lets the later parameter win.
    static func groups(_ fields: [Field]) -> [FieldGroup] {
        var groups: [FieldGroup] = []
        var position: [Int: Int] = [:]  // index → place in `groups`
        for field in fields {
            guard let index = field.group, !field.text.isEmpty, let numbered = NumberedKey(field.key) else { continue }
            let at: Int
            if let known = position[index] {
                at = known
            } else {
                at = groups.count
                position[index] = at
                groups.append(FieldGroup(index: index))
            }
            // Mutated in place: copying a group out of a dictionary and back copied its fields.
            if let i = groups[at].fields.entries.firstIndex(where: { $0.key == numbered.stem }) {
                groups[at].fields.entries[i].value = field.text
            } else {
                groups[at].fields.append(key: numbered.stem, value: field.text)
            }
        }
        groups.sort { $0.index < $1.index }  // indices are distinct
        return groups
    }
}
