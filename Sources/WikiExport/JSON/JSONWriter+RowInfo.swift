/// A table's plain row info written in one step: most rows have no attributes and no party,
/// so their object has a fixed shape and only the line number and the flag vary.
extension JSONWriter {
    /// Writes `{"line":n,"isSection":b,"attributes":{},"styleParty":null}` as the next item of
    /// the innermost open array (a table's `rowInfo`), pretty with one member per line, and
    /// returns true: the same bytes as `beginObject()`, the four `key` + value calls and
    /// `endObject()`, through one cursor after one reserve. Returns false, writing nothing,
    /// inside an inline container in pretty style (never the case for `rowInfo`).
    mutating func plainRowInfo(line: Int, isSection: Bool) -> Bool {
        if style == .pretty && depth > 0 && current.inline { return false }
        beforeValue()  // the item's separator (and in pretty style its newline and indent)
        if style == .compact {
            reserve(20 + 64)
            var out = buffer + count
            out += Self.copy("{\"line\":", to: out)
            out += Self.writeLineNumber(line, at: out)
            out += isSection ? Self.copy(",\"isSection\":true", to: out) : Self.copy(",\"isSection\":false", to: out)
            out += Self.copy(",\"attributes\":{},\"styleParty\":null}", to: out)
            count = out - buffer
            return true
        }
        let indent = 2 * (depth + 1)  // the members' indentation; the `}` goes one level out
        reserve(20 + 80 + 5 * (indent + 16))
        var out = buffer + count
        out[0] = UInt8(ascii: "{")
        out += 1
        out = Self.putNewline(indent, at: out)
        out += Self.copy("\"line\": ", to: out)
        out += Self.writeLineNumber(line, at: out)
        out[0] = UInt8(ascii: ",")
        out = Self.putNewline(indent, at: out + 1)
        out += isSection ? Self.copy("\"isSection\": true,", to: out) : Self.copy("\"isSection\": false,", to: out)
        out = Self.putNewline(indent, at: out)
        out += Self.copy("\"attributes\": {},", to: out)
        out = Self.putNewline(indent, at: out)
        out += Self.copy("\"styleParty\": null", to: out)
        out = Self.putNewline(indent - 2, at: out)
        out[0] = UInt8(ascii: "}")
        count = out + 1 - buffer
        return true
    }

    /// `\n` and `indent` spaces at `out`, the spaces stored 16 at a time (room for `indent + 16`
    /// bytes); returns the end.
    @inline(__always)
    static func putNewline(_ indent: Int, at out: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        out[0] = UInt8(ascii: "\n")
        var i = 0
        repeat {
            UnsafeMutableRawPointer(out + 1 + i).storeBytes(of: SIMD16<UInt8>(repeating: UInt8(ascii: " ")),
                                                         as: SIMD16<UInt8>.self)
            i += 16
        } while i < indent
        return out + 1 + indent
    }
}
