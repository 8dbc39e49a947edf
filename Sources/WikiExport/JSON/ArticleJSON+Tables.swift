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
        json.key("rawRows"); writeArray(table.rawRows, to: &json, writeRow)
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

    static func writeCell(_ cell: Cell, to json: inout JSONWriter) {
        json.beginObject(inline: true)
        json.key("text"); json.string(cell.text)
        json.key("raw"); json.string(cell.raw)
        json.key("header"); json.bool(cell.header)
        json.key("origin")
        json.beginArray(inline: true)
        json.int(cell.origin.row)
        json.int(cell.origin.col)
        json.endArray()
        json.key("rowspan"); json.int(cell.rowspan)
        json.key("colspan"); json.int(cell.colspan)
        json.key("line"); json.int(cell.line)
        json.key("attributes"); writePairs(cell.attributes, to: &json) { $1.string($0) }
        json.key("styleParty"); json.string(cell.styleParty)
        json.key("links"); writeArray(cell.links, to: &json, writeLink)
        json.key("value"); writeValue(cell.value, to: &json)
        json.key("notes"); writeArray(cell.notes, to: &json, writeNote)
        json.endObject()
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
