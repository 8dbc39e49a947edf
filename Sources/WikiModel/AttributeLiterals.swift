/// The usual attribute names and values as string literals: matching the bytes costs less
/// than making a string of them (a literal is static; a new string is built and validated).
///
/// Bytes are packed little-endian into two words and matched with their length:
/// `style` is `(5, 0x656c797473, 0)`. A miss just means the caller makes the string.
enum AttributeLiterals {
    /// A usual name, lower-cased (names match case-folded: `Style` is `style`), or nil.
    static func name(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let (lo, hi) = pack(bytes, folding: true) else { return nil }
        switch (bytes.count, lo, hi) {
        case (7, 0x6e617073776f72, 0): return "rowspan"
        case (5, 0x656c797473, 0): return "style"
        case (5, 0x6e67696c61, 0): return "align"
        case (7, 0x6e6170736c6f63, 0): return "colspan"
        case (5, 0x65706f6373, 0): return "scope"
        case (6, 0x6e67696c6176, 0): return "valign"
        case (7, 0x726f6c6f636762, 0): return "bgcolor"
        case (5, 0x656c746974, 0): return "title"
        case (5, 0x6874646977, 0): return "width"
        case (5, 0x7373616c63, 0): return "class"
        case (15, 0x726f732d61746164, 0x65756c61762d74): return "data-sort-value"
        case (6, 0x746867696568, 0): return "height"
        case (6, 0x706172776f6e, 0): return "nowrap"
        case (2, 0x6469, 0): return "id"
        default: return nil
        }
    }

    /// A usual value, exactly as written (values keep their case), or nil.
    static func value(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let (lo, hi) = pack(bytes, folding: false) else { return nil }
        switch (bytes.count, lo, hi) {
        case (1, 0x32, 0): return "2"
        case (1, 0x33, 0): return "3"
        case (1, 0x34, 0): return "4"
        case (1, 0x31, 0): return "1"
        case (1, 0x35, 0): return "5"
        case (1, 0x36, 0): return "6"
        case (1, 0x37, 0): return "7"
        case (1, 0x38, 0): return "8"
        case (1, 0x39, 0): return "9"
        case (6, 0x7265746e6563, 0): return "center"
        case (4, 0x7466656c, 0): return "left"
        case (5, 0x7468676972, 0): return "right"
        case (9, 0x6c626174696b6977, 0x65): return "wikitable"
        case (3, 0x706f74, 0): return "top"
        case (3, 0x6c6f63, 0): return "col"
        case (3, 0x776f72, 0): return "row"
        case (6, 0x656c6464696d, 0): return "middle"
        default: return nil
        }
    }

    /// The two names a table extractor reads before any string is made.
    enum SpanName { case rowspan, colspan }

    /// `rowspan` or `colspan` (matched case-folded, like ``name(_:)``), or nil.
    static func span(_ bytes: UnsafeBufferPointer<UInt8>) -> SpanName? {
        guard bytes.count == 7, let (lo, _) = pack(bytes, folding: true) else { return nil }
        switch lo {
        case 0x6e617073776f72: return .rowspan
        case 0x6e6170736c6f63: return .colspan
        default: return nil
        }
    }

    /// The bytes (at most 16; `A`–`Z` lower-cased when `folding`) in two little-endian words.
    @inline(__always)
    private static func pack(_ bytes: UnsafeBufferPointer<UInt8>, folding: Bool) -> (UInt64, UInt64)? {
        let n = bytes.count
        guard n > 0 && n <= 16, let p = bytes.baseAddress else { return nil }
        var lo: UInt64 = 0, hi: UInt64 = 0
        for i in 0..<min(n, 8) { lo |= UInt64(fold(p[i], folding)) &<< (8 &* i) }
        if n > 8 { for i in 8..<n { hi |= UInt64(fold(p[i], folding)) &<< (8 &* (i &- 8)) } }
        return (lo, hi)
    }

    @inline(__always)
    private static func fold(_ c: UInt8, _ folding: Bool) -> UInt8 {
        folding && c &- 0x41 < 26 ? c | 0x20 : c
    }
}
