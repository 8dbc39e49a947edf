import WikiModel

/// Superscript and subscript digits for `<sup>`/`<sub>` text.
///
/// MediaWiki shows `33<sup>1</sup>` as a raised 1; as plain bytes it would read `331`, a number
/// glued from a footnote marker (DBpedia#66). Writing the raised digits as `¹²³` keeps them
/// apart, and keeps `km<sup>2</sup>` readable as `km²`. Other characters stay as they are.
enum ScriptDigits {
    static let superscripts: [String] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
    static let subscripts: [String] = ["₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"]

    /// `text` raised, for templates that write a superscript: digits, signs (`⁻`, `⁺`) and a
    /// metastable `m` (`ᵐ`); other characters as they are. `{{val|…|e=-3}}` → `⁻³`.
    static func raised(_ text: String) -> String {
        var out = ""
        for c in text {
            if let digit = c.wholeNumberValue, c.isASCII {
                out += superscripts[digit]
            } else {
                switch c {
                case "-", "−": out += "⁻"
                case "+": out += "⁺"
                case "m": out += "ᵐ"
                default: out.append(c)
                }
            }
        }
        return out
    }

    /// Rewrites the digits of `out[start...]` in place.
    static func convert(_ out: GrowingBytes, from start: Int, superscript: Bool) {
        let written = out.bytes(from: start)
        guard written.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return }
        let table = superscript ? superscripts : subscripts
        var converted: [UInt8] = []
        converted.reserveCapacity((out.count - start) * 3)
        for b in written {
            if b >= 0x30 && b <= 0x39 { converted += table[Int(b - 0x30)].utf8 } else { converted.append(b) }
        }
        out.replaceSubrange(from: start, with: converted)
    }
}
