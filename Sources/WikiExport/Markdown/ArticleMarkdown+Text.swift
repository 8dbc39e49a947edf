/// Text put on one line and `|` escaped for `ArticleMarkdown`, byte by byte: tables and
/// infobox values are most of an article's Markdown.
extension ArticleMarkdown {
    /// A cell on one line: each run of line breaks (LF, CR, VT, FF) inside the text becomes
    /// ` / `, leading and trailing ones are dropped, and every `|` is escaped.
    static func appendCell(_ text: String, to out: inout ByteBuffer) {
        text.withUTF8Bytes { appendCell(bytes: $0, to: &out) }
    }

    /// ``appendCell(_:to:)`` for the text's UTF-8 bytes (a table cell's, with no string made).
    static func appendCell(bytes: UnsafeBufferPointer<UInt8>, to out: inout ByteBuffer) {
        guard bytes.contains(where: { $0 == UInt8(ascii: "|") || (0x0A...0x0D).contains($0) }) else {
            return out.append(bytes)  // most cells: copied in one go
        }
        var pendingBreak = false
        var written = false
        for byte in bytes {
            if (0x0A...0x0D).contains(byte) {
                pendingBreak = written
                continue
            }
            written = true
            if pendingBreak {
                out.append(" / ")
                pendingBreak = false
            }
            if byte == UInt8(ascii: "|") { out.append(UInt8(ascii: "\\")) }
            out.append(byte)
        }
    }

    /// `escape(text)`, or with `oneLine` `escape(oneLine(text))`, appended without building
    /// Strings. `escape` works on Characters: a `|` that a neighbouring scalar joins into a
    /// larger Character (a combining mark after it, a prepended mark before it) is not
    /// escaped. Only a non-ASCII neighbour can do that, so such text takes the Character path.
    static func appendText(_ text: String, oneLine: Bool, to out: inout ByteBuffer) {
        text.withUTF8Bytes { bytes in
            guard !pipeHasNonASCIINeighbour(bytes) else {
                return out.append(contentsOf: escape(oneLine ? Self.oneLine(text) : text))
            }
            var pendingBreak = false
            var written = false
            var i = 0
            while i < bytes.count {
                if oneLine, let length = newlineLength(bytes, at: i) {
                    pendingBreak = written
                    i += length
                    continue
                }
                written = true
                if pendingBreak {
                    out.append(" / ")
                    pendingBreak = false
                }
                if bytes[i] == UInt8(ascii: "|") { out.append(UInt8(ascii: "\\")) }
                out.append(bytes[i])
                i += 1
            }
        }
    }

    private static func pipeHasNonASCIINeighbour(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.indices.contains { i in
            bytes[i] == UInt8(ascii: "|")
                && (i > 0 && bytes[i - 1] >= 0x80 || i + 1 < bytes.count && bytes[i + 1] >= 0x80)
        }
    }

    /// The UTF-8 length of the newline scalar at `i` (what `Character.isNewline` accepts: LF,
    /// VT, FF, CR, NEL, LS, PS; each is always a Character of its own, CR LF aside), or nil.
    private static func newlineLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        switch bytes[i] {
        case 0x0A...0x0D: return 1
        case 0xC2: return i + 1 < bytes.count && bytes[i + 1] == 0x85 ? 2 : nil
        case 0xE2:
            guard i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 else {
                return nil
            }
            return 3
        default: return nil
        }
    }

    /// Lines joined with ` / `, empty lines dropped.
    static func oneLine(_ s: String) -> String { s.split(whereSeparator: \.isNewline).joined(separator: " / ") }

    /// Every `|` Character escaped.
    static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            if c == "|" { out += "\\|" } else { out.append(c) }
        }
        return out
    }
}
