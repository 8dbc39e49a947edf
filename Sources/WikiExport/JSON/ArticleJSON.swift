import WikiModel

/// Writes an `Article` as JSON in the shape of `docs/article.schema.json`, keys in this fixed order.
///
/// Every member is always written (`null` when absent), except in `value` objects, where only
/// `kind` is always present and the other members appear only when they apply, and in `cell`
/// objects, which leave out the members that have their default (`rowspan`/`colspan` 1, no
/// `attributes`, `styleParty`, `links` or `notes`). A table's `rawRows` refers to the grid: a
/// written cell is `[row, col, rowspan, colspan]` (its origin slot in `rows`, spans as written),
/// or the whole cell when the grid's limits left it out. Non-finite doubles (NaN, ±infinity)
/// are written as `null` (and left out of a `value`).
///
/// ```text
/// article      title, source, infoboxes, tables, contests, findings, templatesSeen
/// source       path, pageId, revisionId
/// infobox      template, line, fields, groups
/// field        key, group, raw, text, value, notes, line
/// group        index, fields              (fields: {stem: text, …} in source order)
/// value        kind, number, low, high, unit, iso, status   (absent members left out)
/// note         kind, name, text, raw
/// table        index, section, caption, line, attributes, headerRows, columns, rows, rowInfo,
///              rawRows, parent
/// cell         text, raw, header, origin, rowspan, colspan, line, attributes, styleParty,
///              links, value, notes              (origin: [row, col]; defaults left out)
/// rowInfo      line, isSection, attributes, styleParty
/// link         target, text
/// parent       table, row, col
/// contest      kind, title, section, line, seatTypes, rows, totals, outcome
/// contestRow   party, candidate, votes, percent, percentComputed, seats, seatChange, swing,
///              elected, counts, notes, line  (seats: {type: n, …} in seatTypes order)
/// totals       valid, invalid, blank, electorate, turnout, turnoutPercent, majority,
///              majorityPercent, quota
/// outcome      result, party, from, to, swing
/// finding      rule, severity, message, expected, actual, location
/// location     file, line, table, infobox, contest, row, column, field
/// templatesSeen {name: count, …} in first-seen order
/// ```
///
/// Maps (`attributes`, group `fields`, `seats`, `templatesSeen`) are JSON objects in stored
/// order; for a repeated key only the first entry is written, so the JSON never has duplicates.
public enum ArticleJSON {
    /// The article as one JSON document, without a trailing newline.
    public static func encode(_ article: Article, style: JSONWriter.Style = .pretty) -> [UInt8] {
        var json = JSONWriter(style: style)
        write(article, to: &json)
        return json.bytes
    }

    /// Appends the article as one JSON value.
    public static func write(_ article: Article, to json: inout JSONWriter) {
        json.beginObject()
        json.key("title"); json.string(article.title)
        json.key("source"); writeSource(article.source, to: &json)
        json.key("infoboxes"); writeArray(article.infoboxes, to: &json, writeInfobox)
        json.key("tables"); writeArray(article.tables, to: &json, writeTable)
        json.key("contests"); writeArray(article.contests, to: &json, writeContest)
        json.key("findings"); writeArray(article.findings, to: &json, writeFinding)
        json.key("templatesSeen"); writePairs(article.templatesSeen, to: &json) { $1.int($0) }
        json.endObject()
    }

    static func writeSource(_ source: Source, to json: inout JSONWriter) {
        json.beginObject()
        json.key("path"); json.string(source.path)
        json.key("pageId"); json.int(source.pageId)
        json.key("revisionId"); json.int(source.revisionId)
        json.endObject()
    }

    static func writeInfobox(_ infobox: Infobox, to json: inout JSONWriter) {
        json.beginObject()
        json.key("template"); json.string(infobox.template)
        json.key("line"); json.int(infobox.line)
        json.key("fields"); writeArray(infobox.fields, to: &json, writeField)
        json.key("groups"); writeArray(infobox.groups, to: &json, writeGroup)
        json.endObject()
    }

    static func writeField(_ field: Field, to json: inout JSONWriter) {
        json.beginObject()
        json.key("key"); json.string(field.key)
        json.key("group"); json.int(field.group)
        json.key("raw"); json.string(field.raw)
        json.key("text"); json.string(field.text)
        json.key("value"); writeValue(field.value, to: &json)
        json.key("notes"); writeArray(field.notes, to: &json, writeNote)
        json.key("line"); json.int(field.line)
        json.endObject()
    }

    static func writeGroup(_ group: FieldGroup, to json: inout JSONWriter) {
        json.beginObject()
        json.key("index"); json.int(group.index)
        json.key("fields"); writePairs(group.fields, to: &json) { $1.string($0) }
        json.endObject()
    }

    static func writeValue(_ value: Value, to json: inout JSONWriter) {
        json.beginObject()
        json.key("kind"); json.plainString(value.kind.rawValue)
        // Non-finite numbers have no JSON spelling; a value leaves them out rather than write null.
        if let number = value.number, number.isFinite { json.key("number"); json.double(number) }
        if let low = value.low, low.isFinite { json.key("low"); json.double(low) }
        if let high = value.high, high.isFinite { json.key("high"); json.double(high) }
        if let unit = value.unit { json.key("unit"); json.string(unit) }
        if let iso = value.iso { json.key("iso"); json.string(iso) }
        if let status = value.status { json.key("status"); json.plainString(status.rawValue) }
        json.endObject()
    }

    static func writeNote(_ note: Note, to json: inout JSONWriter) {
        json.beginObject()
        json.key("kind"); json.plainString(note.kind.rawValue)
        json.key("name"); json.string(note.name)
        json.key("text"); json.string(note.text)
        json.key("raw"); json.string(note.raw)
        json.endObject()
    }

    // MARK: - Helpers

    /// Writes `[…]` with one element per item.
    static func writeArray<T>(_ items: [T], to json: inout JSONWriter,
                              _ element: (T, inout JSONWriter) -> Void) {
        guard !items.isEmpty else { return json.emptyArray() }  // most cells' links and notes
        json.beginArray()
        // By index through the buffer: `for item in items` copies (retains) every element.
        items.withUnsafeBufferPointer { buffer in
            for index in buffer.indices { element(buffer[index], &json) }
        }
        json.endArray()
    }

    /// Writes `{…}` with one member per entry, in order, skipping repeated keys.
    static func writePairs<V>(_ pairs: OrderedPairs<V>, to json: inout JSONWriter,
                              _ value: (V, inout JSONWriter) -> Void) {
        guard !pairs.isEmpty else { return json.emptyObject() }  // most cells' attributes
        json.beginObject()
        // Short maps (the usual case) check repeats by scanning; long ones use a set.
        var seen: Set<String>? = pairs.count > 16 ? Set(minimumCapacity: pairs.count) : nil
        for (position, entry) in pairs.entries.enumerated() {
            if seen != nil {
                if !seen!.insert(entry.key).inserted { continue }
            } else if pairs.entries[..<position].contains(where: { $0.key == entry.key }) {
                continue
            }
            json.key(escaping: entry.key)
            value(entry.value, &json)
        }
        json.endObject()
    }
}
