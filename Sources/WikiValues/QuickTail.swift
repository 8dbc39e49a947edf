/// What may follow a quick number for the full grammar to read just that number, partially.
enum QuickTail {
    /// True when `i..<hi`, right after a number, is ASCII whitespace then a digit or a word
    /// that opens no suffix (`%`, `pp`, a scale word or unit), no range (a dash, `to`) and holds
    /// no footnote marker: then the number alone is the value, with status partial.
    static func isPlainRest(_ t: ByteText, _ i: Int, _ hi: Int) -> Bool {
        guard isASCIISpace(t[i]), let p = t.bytes.baseAddress else { return false }
        var j = i + 1
        while isASCIISpace(t[j]) { j += 1 }
        // Not `%`, not a dash, not a non-ASCII character (a unit like `km²`, a wide space).
        guard t.isDigit(j) || (t.isASCIILetter(j) && !Suffix.mayStartSuffix(t[j])) else { return false }
        for k in j..<hi where p[k] == 0x5B { return false }  // "[": the grammar strips footnotes first
        return true
    }

    /// Space, tab and line breaks: what `ByteText.skipSpaces` skips among ASCII bytes.
    @inline(__always) private static func isASCIISpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C
    }
}
