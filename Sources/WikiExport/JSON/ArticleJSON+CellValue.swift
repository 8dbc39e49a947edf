import WikiModel

/// A table cell's `value`, written without a container frame: the cell is an inline object,
/// so its value is one too, and all of the value's members are scalars. The same bytes as
/// `writeValue(_:to:)` there, at a fraction of the bookkeeping (it runs for every cell).
extension ArticleJSON {
    /// Writes the value of `content` as an inline object (after its key), read member by member
    /// from the cell's record: no `Value` is made, and its strings are read only when present.
    /// See `writeValue(_:to:)` for the rules.
    static func writeInlineValue(of content: CellContent, to json: inout JSONWriter) {
        let v = content.valueScalars
        json.beginFramelessObject()
        json.putMember("kind", first: true); json.appendQuotedLiteral(v.kind.staticName)
        // Non-finite numbers have no JSON spelling; a value leaves them out rather than write null.
        if let number = v.number, number.isFinite { json.putMember("number", first: false); json.appendDouble(number) }
        if let low = v.low, low.isFinite { json.putMember("low", first: false); json.appendDouble(low) }
        if let high = v.high, high.isFinite { json.putMember("high", first: false); json.appendDouble(high) }
        if v.hasStrings {
            if let unit = content.valueUnit { json.putMember("unit", first: false); json.appendQuoted(unit) }
            if let iso = content.valueISO { json.putMember("iso", first: false); json.appendQuoted(iso) }
        }
        if let status = v.status { json.putMember("status", first: false); json.appendQuotedLiteral(status.staticName) }
        json.endFramelessObject()
    }
}
