/// Numbers written the way findings show them: `59,221,077`, `23.64%`.
enum Format {
    /// An integer with thousands separators.
    static func integer(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return n < 0 ? "-" + out : out
    }

    /// A number rounded to `places` decimals; whole parts get thousands separators.
    static func number(_ x: Double, places: Int) -> String {
        var scale = 1.0
        for _ in 0..<max(places, 0) { scale *= 10 }
        // Beyond what an Int holds (absurd figures): Swift's own spelling, never a trap.
        guard x.isFinite, abs(x) * scale < 9e18 else { return String(x) }
        if places <= 0 { return integer(Int(x.rounded())) }
        let scaled = Int((abs(x) * scale).rounded())
        let whole = scaled / Int(scale), fraction = scaled % Int(scale)
        var fractionText = String(fraction)
        while fractionText.count < places { fractionText = "0" + fractionText }
        let sign = x < 0 && scaled != 0 ? "-" : ""
        return sign + integer(whole) + "." + fractionText
    }

    /// A number as short as it can be written: whole numbers without decimals, others with up
    /// to `maxPlaces` (trailing zeros dropped).
    static func number(_ x: Double, maxPlaces: Int = 2) -> String {
        if x.rounded() == x, abs(x) < 1e15 { return integer(Int(x)) }
        var text = number(x, places: maxPlaces)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// A percentage with `places` decimals: `23.64%`.
    static func percent(_ x: Double, places: Int) -> String {
        number(x, places: places) + "%"
    }

    /// A cell or field text quoted in a message: on one line, at most 60 characters.
    static func quote(_ text: String) -> String {
        "'" + oneLine(text) + "'"
    }

    /// Text on one line (runs of blanks and line breaks read as one space), at most 60 characters.
    static func oneLine(_ text: String) -> String {
        if let line = asciiOneLine(text) { return line }
        var line = ""
        var space = false
        for ch in text {
            if ch.isWhitespace || ch.isNewline { space = true; continue }
            if space, !line.isEmpty { line.append(" ") }
            space = false
            line.append(ch)
        }
        if line.count > 60 { line = String(line.prefix(59)) + "…" }
        return line
    }

    /// `oneLine` for ASCII text, on bytes (nil for other text). For ASCII, `Character` is a
    /// byte (`\r\n` aside, which reads as blanks either way), white space is tab to carriage
    /// return and space, and the count is the byte count.
    private static func asciiOneLine(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(min(bytes.count, 61))
            var space = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { space = true; continue }
                if space, !out.isEmpty { out.append(0x20) }
                space = false
                out.append(byte)
            }
            if out.count > 60 { return String(decoding: out[..<59], as: UTF8.self) + "…" }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
