import Glibc
import WikiModel
import Wikitext
/// Decodes HTML character references: numeric ones and the named ones wikitext uses.
///
/// `&nbsp;` decodes to U+00A0; `TextFolding` then keeps it only between digits.
enum HTMLEntities {
    static let named: [String: String] = [
        "nbsp": "\u{00A0}", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "ndash": "–",
        "mdash": "—", "minus": "−", "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}",
        "hellip": "…", "middot": "·", "bull": "•", "times": "×", "deg": "°", "plusmn": "±", "copy": "©",
        "reg": "®", "trade": "™", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "sect": "§",
        "para": "¶", "laquo": "«", "raquo": "»", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
        "prime": "′", "Prime": "″", "frac12": "½", "frac14": "¼", "frac34": "¾", "sup2": "²", "sup3": "³",
        "sup1": "¹", "zwj": "\u{200D}", "zwnj": "\u{200C}", "shy": "\u{00AD}", "larr": "←", "rarr": "→",
        "uarr": "↑", "darr": "↓", "harr": "↔", "dagger": "†", "Dagger": "‡", "numsp": "\u{2007}",
        "lrm": "\u{200E}", "rlm": "\u{200F}", "iexcl": "¡", "iquest": "¿", "divide": "÷", "micro": "µ",
        "ordm": "º", "ordf": "ª", "le": "≤", "ge": "≥", "ne": "≠", "asymp": "≈", "infin": "∞",
        "star": "☆", "starf": "★", "check": "✓", "cross": "✗", "hairsp": "\u{200A}", "nbhy": "\u{2011}",
        "sbquo": "‚", "bdquo": "„", "lsaquo": "‹", "rsaquo": "›", "oline": "‾", "frasl": "⁄",
        "aacute": "á", "eacute": "é", "iacute": "í", "oacute": "ó", "uacute": "ú", "agrave": "à",
        "egrave": "è", "ograve": "ò", "auml": "ä", "euml": "ë", "ouml": "ö", "uuml": "ü", "iuml": "ï",
        "ccedil": "ç", "ntilde": "ñ", "atilde": "ã", "otilde": "õ", "szlig": "ß", "aring": "å",
        "oslash": "ø", "aelig": "æ", "Aacute": "Á", "Eacute": "É", "Ouml": "Ö", "Uuml": "Ü", "Auml": "Ä",
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "mu": "μ", "pi": "π", "Delta": "Δ",
    ]

    /// `named` keyed by the name's bytes, and the decoded bytes in the same order.
    private static let namedTable = NameTable(namedKeys)
    private static let namedKeys = Array(named.keys)
    private static let namedBytes: [[UInt8]] = namedKeys.map { Array(named[$0]!.utf8) }

    /// What an entity stands for.
    enum Decoded {
        /// A numeric reference's scalar.
        case scalar(Unicode.Scalar)
        /// A named reference's text.
        case named([UInt8])
        /// Unknown or malformed: the entity as written.
        case asWritten
    }

    /// What an entity like `&amp;`, `&#160;` or `&#x2013;` stands for, its bytes in a buffer
    /// the caller holds.
    static func decode(_ entity: UnsafeBufferPointer<UInt8>) -> Decoded {
        if let scalar = scalar(entity) { return .scalar(scalar) }
        let n = entity.count
        if n > 2, entity[0] == 0x26, entity[n - 1] == 0x3B, let text = namedText(entity, 1..<(n - 1)) {
            return .named(text)
        }
        return .asWritten
    }

    /// The decoded bytes of the named entity whose name is `bytes[range]`, or nil. ASCII names
    /// are found by their bytes; others by string, as the dictionary compares them (canonical
    /// equivalence).
    private static func namedText(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [UInt8]? {
        let name = UnsafeBufferPointer(rebasing: bytes[range])
        if name.allSatisfy({ $0 < 0x80 }) { return namedTable.index(of: bytes, range).map { namedBytes[$0] } }
        return named[String(decoding: name, as: UTF8.self)].map { Array($0.utf8) }
    }

    /// Appends the decoded text of an entity like `&amp;`, `&#160;` or `&#x2013;` to a
    /// renderer's output; an unknown or malformed one is appended as written.
    static func append(_ entity: UnsafeBufferPointer<UInt8>, to out: GrowingBytes) {
        switch decode(entity) {
        case .scalar(let scalar): UTF8.encode(scalar) { out.append($0) }
        case .named(let text): out.append(text)
        case .asWritten: out.append(entity)
        }
    }

    /// ``append(_:to:)-(UnsafeBufferPointer<UInt8>,_)`` for an entity in the page's source.
    static func append(_ entity: ArraySlice<UInt8>, to out: GrowingBytes) {
        entity.withUnsafeBufferPointer { append($0, to: out) }
    }

    /// Appends `text` to `out` with every entity decoded (for text that reaches the output
    /// without being parsed, such as a link target shown as its label: `[[Elizabeth&nbsp;II]]`).
    static func appendDecodingAll(_ text: String, to out: GrowingBytes) {
        var text = text  // native strings are contiguous: no copy is made
        text.withUTF8 { appendDecodingAll($0, to: out) }
    }

    /// ``appendDecodingAll(_:to:)-(String,_)`` for UTF-8 bytes the caller holds.
    static func appendDecodingAll(_ bytes: UnsafeBufferPointer<UInt8>, to out: GrowingBytes) {
        // Most texts hold no `&`: copied as they are.
        guard let base = bytes.baseAddress, memchr(base, 0x26, bytes.count) != nil else {
            out.append(bytes)
            return
        }
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x26, let semi = bytes[i..<min(i + 40, bytes.count)].firstIndex(of: 0x3B), semi > i + 1 {
                append(UnsafeBufferPointer(rebasing: bytes[i...semi]), to: out)
                i = semi + 1
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
    }

    /// The scalar of a numeric reference (`&#160;`, `&#xA0;`), or nil.
    private static func scalar<C: RandomAccessCollection<UInt8>>(_ e: C) -> Unicode.Scalar? where C.Index == Int {
        guard e.count > 3, e.first == 0x26, e.last == 0x3B, e[e.startIndex + 1] == 0x23 else { return nil }
        var i = e.startIndex + 2
        let hex = e[i] == 0x78 || e[i] == 0x58
        if hex { i += 1 }
        var value: UInt32 = 0
        guard i < e.endIndex - 1 else { return nil }
        while i < e.endIndex - 1 {
            let b = e[i]
            let digit: UInt32
            switch b {
            case 0x30...0x39: digit = UInt32(b - 0x30)
            case 0x61...0x66 where hex: digit = UInt32(b - 0x61 + 10)
            case 0x41...0x46 where hex: digit = UInt32(b - 0x41 + 10)
            default: return nil
            }
            value = value &* (hex ? 16 : 10) &+ digit
            if value > 0x10FFFF { return nil }
            i += 1
        }
        return Unicode.Scalar(value)
    }
}
