/// Byte-level shortcuts for `String` questions the rules ask in loops, each giving exactly the
/// answer of the `Character`-level call it replaces.
///
/// Why: `Character` searches (`contains(_:)`, `lastIndex(of:)`, `split(separator:)`) break the
/// text into grapheme clusters and cost thousands of instructions per call; the rules ask them
/// for every table, column and finding. Where a byte answer could differ from the `Character`
/// answer (non-ASCII text around the match) these helpers check the grapheme boundary or fall
/// back to the `Character` call.
enum ByteText {
    /// `text.contains(word)` for an ASCII `word`: a byte search when `text` is ASCII (the usual
    /// case for attribute values), the `Character` search otherwise (canonical equivalence can
    /// match a non-ASCII character to an ASCII one, e.g. U+212A KELVIN SIGN and `K`).
    static func contains(_ text: String, ascii word: StaticString) -> Bool {
        let needle = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        let answer: Bool?? = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var nonASCII = false
            for byte in bytes where byte >= 0x80 { nonASCII = true; break }
            if nonASCII { return nil }
            return find(needle, in: bytes)
        }
        if let known = answer ?? nil { return known }
        return text.contains(String(decoding: needle, as: UTF8.self))
    }

    private static func find(_ needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard bytes.count >= needle.count else { return false }
        for start in 0...(bytes.count - needle.count) where bytes[start] == first {
            var i = 1
            while i < needle.count, bytes[start + i] == needle[i] { i += 1 }
            if i == needle.count { return true }
        }
        return false
    }

    /// True when the ASCII byte at `offset` of `text` is a character of its own. Between two
    /// ASCII bytes there is always a grapheme boundary (`\r\n` aside, and `byte` is neither),
    /// so only non-ASCII neighbours (a combining mark after, a prepended mark before) need
    /// the `String` to say.
    private static func isOwnCharacter(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        let before = offset == 0 || bytes[offset - 1] < 0x80
        let after = offset + 1 == bytes.count || bytes[offset + 1] < 0x80
        if before && after { return true }
        let index = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        return index.samePosition(in: text) != nil && text[index] == Character(Unicode.Scalar(bytes[offset]))
    }

    /// `text.lastIndex(of: "/")`: the last `/` byte that is a `/` character (no other scalar
    /// sequence is canonically equivalent to `/`).
    static func lastSlash(_ text: String) -> String.Index? {
        var text = text
        text.makeContiguousUTF8()
        let offset: Int? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var i = bytes.count
            while i > 0 {
                i -= 1
                if bytes[i] == 0x2F, isOwnCharacter(text, bytes, at: i) { return i }
            }
            return nil
        } ?? nil
        return offset.map { text.utf8.index(text.utf8.startIndex, offsetBy: $0) }
    }

    /// `text.split(separator: " ")` (empty parts dropped): split at each space byte that is a
    /// space character (no scalar sequence other than U+0020 is canonically equivalent to it).
    static func splitAtSpaces(_ text: String) -> [Substring] {
        var text = text
        text.makeContiguousUTF8()
        let utf8 = text.utf8
        var parts: [Substring] = []
        _ = utf8.withContiguousStorageIfAvailable { bytes in
            var start = 0
            for i in 0...bytes.count where i == bytes.count || (bytes[i] == 0x20 && isOwnCharacter(text, bytes, at: i)) {
                if start < i {
                    parts.append(text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: i)])
                }
                start = i + 1
            }
        }
        return parts
    }

    /// True when `text` has no character that `Character.isNewline` accepts: no byte of U+000A
    /// to U+000D, U+0085, U+2028 or U+2029 (every newline character starts with one of those).
    static func hasNoNewline(_ text: String) -> Bool {
        // Native strings read in place (every finding's texts are asked); others made native first.
        if let answer = text.utf8.withContiguousStorageIfAvailable(hasNoNewline) { return answer }
        var native = text
        return native.withUTF8(hasNoNewline)
    }

    /// `hasNoNewline` on the text's bytes.
    static func hasNoNewline(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in bytes.indices {
            let byte = bytes[i]
            if byte >= 0x0A && byte <= 0x0D { return false }
            // U+0085 is C2 85; U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
            if byte == 0x85, i >= 1, bytes[i - 1] == 0xC2 { return false }
            if byte == 0xA8 || byte == 0xA9, i >= 2, bytes[i - 1] == 0x80, bytes[i - 2] == 0xE2 { return false }
        }
        return true
    }
}
