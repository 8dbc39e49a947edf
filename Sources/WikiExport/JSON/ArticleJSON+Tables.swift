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
        json.key("rows"); writeArray(table.rows, to: &json, writeRow)
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

    static func writeRow(_ cells: [Cell], to json: inout JSONWriter) {
        writeArray(cells, to: &json, writeCell)
    }

    /// A cell, leaving out the members that have their default (`rowspan`/`colspan` 1, no
    /// attributes, no `styleParty`, no links, no notes): most cells have all of them, and a page
    /// of tables would otherwise repeat them tens of thousands of times.
    static func writeCell(_ cell: Cell, to json: inout JSONWriter) {
        let content = cell.content  // one read of the shared content for all its members
        json.beginObject(inline: true)
        // Scalar members go straight into the buffer (`inlineMember` + append): the same bytes
        // as `nextInlineKey` + a value call, without the per-value bookkeeping.
        json.key("text")
        let quotedText = json.count
        content.withText { text in
            json.string(utf8: text)
            let quotedTextEnd = json.count
            json.inlineMember("raw")
            content.withRaw { raw in
                // Plain cells (about half) have raw == text: copy the text as already quoted.
                if CellString.sameBytes(raw, text) {
                    json.appendCopy(from: quotedText, to: quotedTextEnd)
                } else {
                    json.appendQuoted(utf8: raw)
                }
            }
        }
        json.inlineMember("header"); json.appendBool(content.header)
        json.inlineMember("origin")  // [row, col], as `inlineInts` writes it
        json.appendRaw(UInt8(ascii: "[")); json.appendInteger(cell.origin.row)
        json.putInlineComma(); json.appendInteger(cell.origin.col); json.appendRaw(UInt8(ascii: "]"))
        if cell.rowspan != 1 { json.inlineMember("rowspan"); json.appendInteger(cell.rowspan) }
        if cell.colspan != 1 { json.inlineMember("colspan"); json.appendInteger(cell.colspan) }
        json.inlineMember("line"); json.appendInteger(content.line)
        let extras = content.hasExtras
        if extras {
            let attributes = content.attributes  // made from the source bytes on each read
            if !attributes.isEmpty {
                json.nextInlineKey("attributes"); writePairs(attributes, to: &json) { $1.string($0) }
            }
            if let party = content.styleParty { json.inlineMember("styleParty"); json.appendQuoted(party) }
            if !content.links.isEmpty { json.nextInlineKey("links"); writeArray(content.links, to: &json, writeLink) }
        }
        json.nextInlineKey("value"); writeInlineValue(content.value, to: &json)
        if extras && !content.notes.isEmpty { json.nextInlineKey("notes"); writeArray(content.notes, to: &json, writeNote) }
        json.endObject()
    }

    /// The rows as written. A cell that the grid holds at its origin is written as the reference
    /// `[row, col, rowspan, colspan]` (its spans as written); one the grid does not hold (left
    /// out by the limits) is written in full.
    static func writeRawRows(_ table: Table, to json: inout JSONWriter) {
        guard !table.rawRows.isEmpty else { return json.emptyArray() }
        json.beginArray()
        for row in table.rawRows.indices {
            json.beginArray(inline: true)  // one line per written row in pretty style
            // By index: `for cell in cells` would copy (retain and release) every cell.
            table.rawRows[row].withUnsafeBufferPointer { cells in
                for index in cells.indices {
                    if holdsAtOrigin(table, cells.baseAddress! + index) || table.holdsWrittenCell(row: row, at: index) {
                        writeReference(cells[index].origin, cells[index].rowspan, cells[index].colspan, to: &json)
                    } else {
                        writeCell(cells[index], to: &json)
                    }
                }
            }
            json.endArray()
        }
        json.endArray()
    }

    /// The usual case of `Table.holdsWrittenCell`, decided here without a call into the model:
    /// the grid's cell at the written cell's origin has the same origin and the very same
    /// (shared) content. False means "ask the model" (equal contents that are not shared).
    @inline(__always)
    static func holdsAtOrigin(_ table: Table, _ cell: UnsafePointer<Cell>) -> Bool {
        let origin = cell.pointee.origin
        return table.rows.withUnsafeBufferPointer { grid in
            guard origin.row >= 0, origin.row < grid.count else { return false }
            return grid[origin.row].withUnsafeBufferPointer { slots in
                guard origin.col >= 0, origin.col < slots.count else { return false }
                let slot = slots.baseAddress! + origin.col
                return slot.pointee.origin == origin && slot.pointee.content.isShared(with: cell.pointee.content)
            }
        }
    }

    /// `[row, col, rowspan, colspan]`: a written cell by its origin slot, with its written spans.
    static func writeReference(_ origin: GridPosition, _ rowspan: Int, _ colspan: Int, to json: inout JSONWriter) {
        json.inlineInts(origin.row, origin.col, rowspan, colspan)
    }

    static func writeRowInfo(_ info: RowInfo, to json: inout JSONWriter) {
        json.beginObject()
        json.key("line"); json.int(info.line)
        json.key("isSection"); json.bool(info.isSection)
        json.key("attributes"); writePairs(info.attributes, to: &json) { $1.string($0) }
        json.key("styleParty"); json.string(info.styleParty)
        json.endObject()
    }

    static func writeLink(_ link: Link, to json: inout JSONWriter) {
        json.beginObject()
        json.key("target"); json.string(link.target)
        json.key("text"); json.string(link.text)
        json.endObject()
    }
}
