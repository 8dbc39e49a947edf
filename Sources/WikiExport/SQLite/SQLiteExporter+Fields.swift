import WikiModel

/// Infobox fields, findings and notes for `SQLiteExporter`.
extension SQLiteExporter {
    func insert(_ infobox: Infobox, position: Int, articleID: Int, _ s: Statements) throws {
        s.infobox.bind(1, articleID)
        s.infobox.bind(2, position)
        s.infobox.bind(3, infobox.template)
        s.infobox.bind(4, infobox.line)
        try s.infobox.runKeepingBindings()
        let infoboxID = database.lastInsertRowID
        let f = s.field
        for (index, field) in infobox.fields.enumerated() {
            f.bind(1, infoboxID)
            f.bind(2, index + 1)
            f.bind(3, field.key)
            f.bind(4, field.group)
            f.bind(5, field.raw)
            f.bind(6, field.text)
            f.bind(7, field.value.kind.rawValue)
            f.bind(8, field.value.number)
            f.bind(9, field.value.low)
            f.bind(10, field.value.high)
            f.bind(11, field.value.unit)
            f.bind(12, field.value.iso)
            f.bind(13, field.value.status?.rawValue)
            f.bind(14, notesJSON(field.notes))
            f.bind(15, field.line)
            try f.runKeepingBindings()
        }
    }

    func insert(_ finding: Finding, articleID: Int, _ s: Statements) throws {
        let f = s.finding
        let location = finding.location
        f.bind(1, articleID)
        f.bind(2, finding.rule)
        f.bind(3, finding.severity.rawValue)
        f.bind(4, finding.message)
        f.bind(5, finding.expected)
        f.bind(6, finding.actual)
        f.bind(7, location.file)
        f.bind(8, location.line)
        f.bind(9, location.table)
        f.bind(10, location.infobox)
        f.bind(11, location.contest)
        f.bind(12, location.row)
        f.bind(13, location.column)
        f.bind(14, location.field)
        try f.runKeepingBindings()
    }

    /// Notes as a compact JSON array (query them with `json_each`), or NULL when there are none.
    func notesJSON(_ notes: [Note]) -> String? {
        guard !notes.isEmpty else { return nil }
        json.reset()
        ArticleJSON.writeArray(notes, to: &json, ArticleJSON.writeNote)
        return json.withBytes { String(decoding: $0, as: UTF8.self) }
    }

    /// A list of strings as a compact JSON array.
    func stringsJSON(_ strings: [String]) -> String {
        json.reset()
        ArticleJSON.writeArray(strings, to: &json) { $1.string($0) }
        return json.withBytes { String(decoding: $0, as: UTF8.self) }
    }
}
