import WikiModel

/// A table cell's `value`, written without a container frame: the cell is an inline object,
/// so its value is one too, and all of the value's members are scalars. The same bytes as
/// `writeValue(_:to:)` there, at a fraction of the bookkeeping (it runs for every cell).
extension ArticleJSON {
    /// Writes the value of `content` as an inline object (after its key), read member by member
    /// from the cell's record: no `Value` is made, and its strings are read only when present.
    /// See `writeValue(_:to:)` for the rules.
    static func writeInlineValue(of content: CellContent, to json: inout JSONWriter) {
        json.beforeValue()
        writeInlineValueObject(of: content, to: &json)
    }

    /// `writeInlineValue` after a key written with `putMember` (no separator, no `afterKey`).
    static func writeInlineValueObject(of content: CellContent, to json: inout JSONWriter) {
        let v = content.valueScalars
        json.putValueStart(kind: v.kind)
        // Non-finite numbers have no JSON spelling; a value leaves them out rather than write null.
        if let number = v.number, number.isFinite { json.putDoubleMember("number", number) }
        if let low = v.low, low.isFinite { json.putDoubleMember("low", low) }
        if let high = v.high, high.isFinite { json.putDoubleMember("high", high) }
        if v.hasStrings {
            if let unit = content.valueUnit { json.putMember("unit", first: false); json.appendQuoted(unit) }
            if let iso = content.valueISO { json.putMember("iso", first: false); json.appendQuoted(iso) }
        }
        json.putValueEnd(status: v.status)
    }
}

extension JSONWriter {
    /// `{"kind":"kind"` (pretty `{"kind": "kind"`): the start of a cell's value, the same bytes
    /// as `{` + `putMember` + `appendQuotedLiteral` of the kind's name (its `rawValue`), as one
    /// literal of known length per kind (no copy call). Inlined: its one caller runs per cell.
    @inline(__always)
    mutating func putValueStart(kind: Value.Kind) {
        reserve(64)
        let pretty = style == .pretty
        let out = buffer + count
        let n: Int
        switch kind {
        case .integer: n = Self.copy("{\"kind\":\"integer\"", "{\"kind\": \"integer\"", pretty, to: out)
        case .decimal: n = Self.copy("{\"kind\":\"decimal\"", "{\"kind\": \"decimal\"", pretty, to: out)
        case .percent: n = Self.copy("{\"kind\":\"percent\"", "{\"kind\": \"percent\"", pretty, to: out)
        case .change: n = Self.copy("{\"kind\":\"change\"", "{\"kind\": \"change\"", pretty, to: out)
        case .percentagePoints: n = Self.copy("{\"kind\":\"percentagePoints\"", "{\"kind\": \"percentagePoints\"", pretty, to: out)
        case .date: n = Self.copy("{\"kind\":\"date\"", "{\"kind\": \"date\"", pretty, to: out)
        case .year: n = Self.copy("{\"kind\":\"year\"", "{\"kind\": \"year\"", pretty, to: out)
        case .range: n = Self.copy("{\"kind\":\"range\"", "{\"kind\": \"range\"", pretty, to: out)
        case .text: n = Self.copy("{\"kind\":\"text\"", "{\"kind\": \"text\"", pretty, to: out)
        case .empty: n = Self.copy("{\"kind\":\"empty\"", "{\"kind\": \"empty\"", pretty, to: out)
        case .unparsed: n = Self.copy("{\"kind\":\"unparsed\"", "{\"kind\": \"unparsed\"", pretty, to: out)
        }
        count += n
    }

    /// `,"status":"status"}` (pretty `, "status": "status"}`), or `}` alone without a status:
    /// the end of a cell's value, as one literal per status. Inlined, as `putValueStart`.
    @inline(__always)
    mutating func putValueEnd(status: Value.Status?) {
        reserve(32)
        let pretty = style == .pretty
        let out = buffer + count
        let n: Int
        switch status {
        case nil:
            out[0] = UInt8(ascii: "}")
            n = 1
        case .exact: n = Self.copy(",\"status\":\"exact\"}", ", \"status\": \"exact\"}", pretty, to: out)
        case .approximate: n = Self.copy(",\"status\":\"approximate\"}", ", \"status\": \"approximate\"}", pretty, to: out)
        case .partial: n = Self.copy(",\"status\":\"partial\"}", ", \"status\": \"partial\"}", pretty, to: out)
        }
        count += n
    }
}
