/// Whitespace folding for rendered text, byte by byte.
///
/// Blanks are space, tab, carriage return and the no-break space U+00A0, except that a
/// no-break space between two digits stays: there it groups digits (`13&nbsp;999&nbsp;656`)
/// and the value parser reads it as part of the number. Elsewhere (`8&nbsp;February`) it
/// becomes a plain space, so text compares and searches the way it reads.
enum TextFolding {
    /// Multi-line text: blanks folded to one space, lines trimmed, runs of empty lines kept to
    /// one, leading and trailing empty lines dropped.
    static func text(_ bytes: ArraySlice<UInt8>) -> String {
        fold(bytes, newline: true)
    }

    /// One line: like `text`, but every line break is a space too.
    static func line(_ bytes: ArraySlice<UInt8>) -> String {
        fold(bytes, newline: false)
    }

    /// `line` applied to a string (a field's rendered text).
    static func line(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { line(ArraySlice($0)) }
    }

    private static func fold(_ bytes: ArraySlice<UInt8>, newline keepLines: Bool) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        var pendingLines = 0  // line breaks seen since the last visible byte (at most 2 kept)
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            var blankWidth = 0
            if b == 0x20 || b == 0x09 || b == 0x0D {
                blankWidth = 1
            } else if b == 0x0A {
                if keepLines { pendingLines += 1; pendingSpace = false; i += 1; continue }
                blankWidth = 1
            } else if b == 0xC2, i + 1 < end, bytes[i + 1] == 0xA0 {
                let digitBefore = pendingSpace == false && pendingLines == 0 && out.last.map(isDigit) == true
                let digitAfter = i + 2 < end && isDigit(bytes[i + 2])
                if !(digitBefore && digitAfter) { blankWidth = 2 }
            }
            if blankWidth > 0 {
                if !out.isEmpty && pendingLines == 0 { pendingSpace = true }
                i += blankWidth
                continue
            }
            if !out.isEmpty {
                if pendingLines > 0 {
                    out.append(0x0A)
                    if pendingLines > 1 { out.append(0x0A) }
                } else if pendingSpace {
                    out.append(0x20)
                }
            }
            pendingSpace = false
            pendingLines = 0
            out.append(b)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always) private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
}
