import WikiModel

/// A table cell's `value`, written without a container frame: the cell is an inline object,
/// so its value is one too, and all of the value's members are scalars. The same bytes as
/// `writeValue(_:to:)` there, at a fraction of the bookkeeping (it runs for every cell).
extension ArticleJSON {
    /// Writes `value` as an inline object (after its key). See `writeValue(_:to:)` for the rules.
    static func writeInlineValue(_ value: Value, to json: inout JSONWriter) {
        json.beginFramelessObject()
        json.putMember("kind", first: true); json.appendQuotedLiteral(value.kind.staticName)
        // Non-finite numbers have no JSON spelling; a value leaves them out rather than write null.
        if let number = value.number, number.isFinite {
            json.putMember("number", first: false); json.appendDouble(number)
        }
        if let low = value.low, low.isFinite { json.putMember("low", first: false); json.appendDouble(low) }
        if let high = value.high, high.isFinite { json.putMember("high", first: false); json.appendDouble(high) }
        if let unit = value.unit { json.putMember("unit", first: false); json.appendQuoted(unit) }
        if let iso = value.iso { json.putMember("iso", first: false); json.appendQuoted(iso) }
        if let status = value.status {
            json.putMember("status", first: false); json.appendQuotedLiteral(status.staticName)
        }
        json.endFramelessObject()
    }
}
