/// A fast UTF-8 check for byte subjects, so a find-all loop validates once and then runs with
/// `PCRE2_NO_UTF_CHECK`. Wikitext is mostly ASCII, so eight bytes are tested at a time;
/// PCRE2's own checker goes byte by byte and costs more than the JIT matching itself.
public enum UTF8Validation {
    /// True when `bytes` is well-formed UTF-8: no stray continuation bytes, no overlong forms,
    /// no surrogates, nothing above U+10FFFF, no truncated sequence at the end.
    public static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let n = bytes.count
        var i = 0
        while i < n {
            // ASCII run: whole 8-byte words with no high bit set.
            while i + 8 <= n {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                i += 8
            }
            guard i < n else { return true }
            let b = base[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF  // allowed range of the second byte
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0  // no overlongs
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F  // no surrogates
            case 0xF0: length = 4; lower = 0x90  // no overlongs
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F  // nothing above U+10FFFF
            default: return false  // continuation byte, C0/C1 or F5…FF
            }
            guard i + length <= n else { return false }
            let second = base[i + 1]
            guard second >= lower, second <= upper else { return false }
            for k in 2..<length where base[i + k] & 0xC0 != 0x80 { return false }
            i += length
        }
        return true
    }
}
