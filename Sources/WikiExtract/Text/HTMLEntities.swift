/// Decodes HTML character references: numeric ones and the named ones wikitext uses.
enum HTMLEntities {
    static let named: [String: String] = [
        "nbsp": "\u{00A0}", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "ndash": "–",
        "mdash": "—", "minus": "−", "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}",
        "hellip": "…", "middot": "·", "bull": "•", "times": "×", "deg": "°", "plusmn": "±", "copy": "©",
        "reg": "®", "trade": "™", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "sect": "§",
        "para": "¶", "laquo": "«", "raquo": "»", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
        "prime": "′", "Prime": "″", "frac12": "½", "frac14": "¼", "frac34": "¾", "sup2": "²", "sup3": "³",
        "zwj": "\u{200D}", "zwnj": "\u{200C}", "shy": "\u{00AD}", "larr": "←", "rarr": "→", "uarr": "↑",
        "darr": "↓", "harr": "↔", "dagger": "†", "Dagger": "‡", "numsp": "\u{2007}", "lrm": "\u{200E}",
        "rlm": "\u{200F}", "iexcl": "¡", "iquest": "¿", "divide": "÷", "micro": "µ", "ordm": "º", "ordf": "ª",
    ]

    /// The text of an entity like `&amp;`, `&#160;` or `&#x2013;`; unknown ones stay as written.
    static func decode(_ entity: String) -> String {
        guard entity.hasPrefix("&"), entity.hasSuffix(";"), entity.count >= 3 else { return entity }
        let body = entity.dropFirst().dropLast()
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
            if let v = UInt32(body.dropFirst(2), radix: 16), let s = Unicode.Scalar(v) { return String(Character(s)) }
        } else if body.hasPrefix("#") {
            if let v = UInt32(body.dropFirst()), let s = Unicode.Scalar(v) { return String(Character(s)) }
        } else if let s = named[String(body)] {
            return s
        }
        return entity
    }
}
