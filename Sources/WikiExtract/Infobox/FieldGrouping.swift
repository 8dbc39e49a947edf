import WikiModel

/// Gathers numbered fields (`party1`, `leader1`, `seats1` …) into one `FieldGroup` per index.
enum FieldGrouping {
    /// Groups in index order; inside a group, stems in source order with their text. Fields whose
    /// text is empty (a colour template, an unfilled slot) are left out, and a group with nothing
    /// left is dropped; gaps in the numbering stay gaps. A repeated stem keeps its first place
    /// and takes the later text, as MediaWiki lets the later parameter win.
    static func groups(_ fields: [Field]) -> [FieldGroup] {
        var groups: [FieldGroup] = []
        // Place in `groups` (+1, 0 for none) by index, in an array: indices have at most four
        // digits and are mostly small, so this is a load where a dictionary hashed each field.
        var position: [Int32] = []
        // By index, reading only the parts needed: `for field in fields` copied every field.
        for f in fields.indices {
            guard let index = fields[f].group, !fields[f].text.isEmpty, let numbered = NumberedKey(fields[f].key) else { continue }
            let at: Int
            if index < 0 || index >= 10_000 {
                // Not an index `NumberedKey` gives (a `Field` made elsewhere): a scan.
                at = groups.firstIndex { $0.index == index } ?? groups.count
                if at == groups.count { groups.append(FieldGroup(index: index)) }
            } else {
                if index >= position.count { position.append(contentsOf: repeatElement(0, count: index + 1 - position.count)) }
                if position[index] > 0 {
                    at = Int(position[index]) - 1
                } else {
                    at = groups.count
                    position[index] = Int32(at + 1)
                    groups.append(FieldGroup(index: index))
                }
            }
            // Mutated in place: copying a group out of a dictionary and back copied its fields.
            if let i = groups[at].fields.entries.firstIndex(where: { $0.key == numbered.stem }) {
                groups[at].fields.entries[i].value = fields[f].text
            } else {
                groups[at].fields.append(key: numbered.stem, value: fields[f].text)
            }
        }
        groups.sort { $0.index < $1.index }  // indices are distinct
        return groups
    }
}
