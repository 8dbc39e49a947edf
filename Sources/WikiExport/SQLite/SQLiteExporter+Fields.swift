import WikiModel

/// Infobox fields, findings and notes for `SQLiteExporter`.
extension SQLiteExporter {
    func insert(_ infobox: Infobox, position: Int, articleID: Int, _ s: Statements) throws {
        s.infobox.bind(1, articleID)
        s.infobox.bind(2, position)
        s.infobox.bind(3, infobox.template)
        s.infobox.bind(4, infobox.line)
        try s.infobox.runKeepingBindings()
        let infoboxID = connection.lastInsertRowID
        let f = s.fields
        for (index, field) in infobox.fields.enumerated() {
            f.add(infoboxID)
            f.add(index + 1)
            f.add(field.key)
            f.add(field.group)
            f.add(field.raw)
            f.add(field.text)
            f.add(field.value.kind)
            f.add(field.value.number)
            f.add(field.value.low)
            f.add(field.value.high)
            f.add(field.value.unit)
            f.add(field.value.iso)
            f.add(field.value.status?.rawValue)
            addNotes(field.notes, to: f)
            f.add(field.line)
            try f.endRow()
        }
    }

    func insert(_ finding: Finding, articleID: Int, _ s: Statements) throws {
        let f = s.findings
        let location = finding.location
        f.add(articleID)
        f.add(finding.rule)
        f.add(finding.severity.rawValue)
        f.add(finding.message)
        f.add(finding.expected)
        f.add(finding.actual)
        f.add(location.file)
        f.add(location.line)
        f.add(location.table)
        f.add(location.infobox)
        f.add(location.contest)
        f.add(location.row)
        f.add(location.column)
        f.add(location.field)
        try f.endRow()
    }

    /// Notes as a compact JSON array (query them with `json_each`), or NULL when there are none.
    func notesJSON(_ notes: [Note]) -> String? {
        guard !notes.isEmpty else { return nil }
        return withNotesJSON(notes) { String(decoding: $0, as: UTF8.self) }
    }

    /// `notesJSON(notes)` added to a batch straight from the JSON writer's bytes.
    func addNotes(_ notes: [Note], to batch: RowBatch) {
        guard !notes.isEmpty else { return batch.add(nil as String?) }
        withNotesJSON(notes) { batch.add(text: $0) }
    }

    private func withNotesJSON<R>(_ notes: [Note], _ body: (UnsafeRawBufferPointer) -> R) -> R {
        json.reset()
        ArticleJSON.writeArray(notes, to: &json, ArticleJSON.writeNote)
        return json.withBytes(body)
    }

    /// A single transferable vote's counts as a JSON array (`[2352,2818,null]`), nil when none.
    func countsJSON(_ counts: [Double?]?) -> String? {
        counts.map { arrayJSON($0) { $1.double($0) } }
    }

    /// A list of strings as a compact JSON array.
    func stringsJSON(_ strings: [String]) -> String {
        arrayJSON(strings) { $1.string($0) }
    }

    private func arrayJSON<T>(_ items: [T], _ element: (T, inout JSONWriter) -> Void) -> String {
        json.reset()
        ArticleJSON.writeArray(items, to: &json, element)
        return json.withBytes { String(decoding: $0, as: UTF8.self) }
    }
}
