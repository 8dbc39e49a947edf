import WikiModel

/// Tables, rows and cells (see `ArticleJSON` for the key order).
extension ArticleJSON {
    static func writeTable(_ table: Table, to json: inout JSONWriter) {
        json.beginObject()
        json.key("index"); json.int(table.index)
        json.key("section"); json.string(table.section)
        json.key("caption"); json.string(table.caption)
        json.key("line"); json.int(table.line)
        json.key("attributes"); writePairs(table.attributes, to: &json) { $1.string($0) }
        json.key("headerRows"); json.int(table.headerRows)
        json.key("columns"); writeArray(table.columns, to: &json) { $1.string($0) }
        json.key("rows"); writeGrid(table.rows, to: &json)
        json.key("rowInfo"); writeArray(table.rowInfo, to: &json, writeRowInfo)
        json.key("rawRows"); writeRawRows(table, to: &json)
        json.key("parent")
        if let parent = table.parent {
            json.beginObject()
            json.key("table"); json.int(parent.table)
            json.key("row"); json.int(parent.row)
            json.key("col"); json.int(parent.col)
            json.endObject()
        } else {
            json.null()
        }
        json.endObject()
    }

    /// The grid, row by row (cells read by slot: no row views are made). A slot that repeats a
    /// spanned cell gets a copy of the bytes written at the cell's origin.
    static func writeGrid(_ rows: GridRows, to json: inout JSONWriter) {
        guard !rows.isEmpty else { return json.emptyArray() }
        json.beginArray()
        var spans = WrittenSpans()
        for y in rows.indices {
            let width = rows.width(of: y)
            guard width > 0 else { json.emptyArray(); continue }
            json.beginArray()
            rows.forEachCell(inRow: y) { cell, x in
                let atOrigin = cell.origin.row == y && cell.origin.col == x
                if !atOrigin, let bytes = spans.bytes(of: cell) {
                    json.itemSeparator()  // the separator `writeCell` would write
                    json.appendCopy(from: bytes.lowerBound, to: bytes.upperBound)
                    return
                }
                let before = json.count
                writeCell(cell, to: &json)
                if atOrigin && (cell.rowspan != 1 || cell.colspan != 1) {
                    spans.remember(cell, bytes: json.objectStart(after: before)..<json.count)
                }
            }
            json.endArray()
        }
        json.endArray()
    }

    /// A cell, leaving out the members that have their default (`rowspan`/`colspan` 1, no
    /// attributes, no `styleParty`, no links, no notes): most cells have all of them, and a page
    /// of tables would otherwise repeat them tens of thousands of times.
    static func writeCell(_ cell: Cell, to json: inout JSONWriter) {
        let content = cell.content  // one read of the shared content for all its members
        // Scalar members go straight into the buffer (`putMember` + append): the same bytes as
        // `beginObject(inline: true)`, `key` + a value call …, without the per-value
        // bookkeeping. No frame is pushed unless a member nests containers (extras only).
        json.itemSeparator()
        json.appendRaw(UInt8(ascii: "{"))
        json.putMember("text", first: true)
        let quotedText = json.count
        content.withText { text in
            json.appendQuoted(utf8: text)
            let quotedTextEnd = json.count
            json.putMember("raw", first: false)
            content.withRaw { raw in
                // Plain cells (about half) have raw == text: copy the text as already quoted.
                if CellString.sameBytes(raw, text) {
                    json.appendCopy(from: quotedText, to: quotedTextEnd)
                } else {
                    json.appendQuoted(utf8: raw)
                }
            }
        }
        json.putCellPlacement(header: content.header, row: cell.origin.row, col: cell.origin.col,
                              rowspan: cell.rowspan, colspan: cell.colspan, line: content.line)
        let extras = content.hasExtras
        if extras {
            json.openInlineObject()  // links, notes and general attributes nest containers
            if !writeSourceAttributes(of: content, to: &json) {
                let attributes = content.attributes  // made from the source bytes on each read
                if !attributes.isEmpty {
                    json.nextInlineKey("attributes"); writePairs(attributes, to: &json) { $1.string($0) }
                }
            }
            if let party = content.styleParty { json.inlineMember("styleParty"); json.appendQuoted(party) }
            if content.hasLinks { json.inlineMember("links"); writeLinks(of: content, to: &json) }
        }
        json.putMember("value", first: false); writeInlineValueObject(of: content, to: &json)
        if extras {
            if !content.notes.isEmpty { json.nextInlineKey("notes"); writeArray(content.notes, to: &json, writeNote) }
            json.endObject()
        } else {
            json.appendRaw(UInt8(ascii: "}"))
        }
    }

    /// The rows as written. A cell that the grid holds at its origin is written as the reference
    /// `[row, col, rowspan, colspan]` (its spans as written); one the grid does not hold (left
    /// out by the limits) is written in full.
    static func writeRawRows(_ table: Table, to json: inout JSONWriter) {
        guard !table.rawRows.isEmpty else { return json.emptyArray() }
        json.beginArray()
        for row in table.rawRows.indices {
            json.beginArray(inline: true)  // one line per written row in pretty style
            for index in table.rawRows[row].indices {
                if let shown = table.writtenReference(row: row, at: index) {
                    // `[row, col, rowspan, colspan]`: the cell by its origin slot, spans as written.
                    json.inlineArrayInts(shown.origin.row, shown.origin.col, shown.rowspan, shown.colspan)
                } else {
                    writeCell(table.rawRows[row][index], to: &json)
                }
            }
            json.endArray()
        }
        json.endArray()
    }

    static func writeRowInfo(_ info: RowInfo, to json: inout JSONWriter) {
        // Most rows: no attributes, no party (a fixed shape, written in one step).
        if info.attributes.isEmpty && info.styleParty == nil
            && json.plainRowInfo(line: info.line, isSection: info.isSection) { return }
        json.beginObject()
        json.key("line"); json.int(info.line)
        json.key("isSection"); json.bool(info.isSection)
        json.key("attributes"); writePairs(info.attributes, to: &json) { $1.string($0) }
        json.key("styleParty"); json.string(info.styleParty)
        json.endObject()
    }

    /// A cell's links (`target`, `text`) written from the store's bytes, which are well-formed
    /// UTF-8: the JSON of `content.links` with no string made per target and text. Written after
    /// the key (`inlineMember`) without frames: inside a cell everything is inline, so the bytes
    /// are those of `beginArray()`, per link `beginObject()`, two `key` + `string(utf8:)`,
    /// `endObject()`, then `endArray()`.
    static func writeLinks(of content: CellContent, to json: inout JSONWriter) {
        json.appendRaw(UInt8(ascii: "["))
        var first = true
        content.forEachLink { target, text in
            if !first { json.putInlineComma() }
            first = false
            json.appendRaw(UInt8(ascii: "{"))
            json.putMember("target", first: true)
            json.appendQuoted(utf8: target)
            json.putMember("text", first: false)
            json.appendQuoted(utf8: text)
            json.appendRaw(UInt8(ascii: "}"))
        }
        json.appendRaw(UInt8(ascii: "]"))
    }
}
