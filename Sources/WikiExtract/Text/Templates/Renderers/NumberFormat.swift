import Foundation

/// Number reading and writing shared by the numeric template renderers.
enum NumberFormat {
    /// Reads `1,234.5`, `−3`, `1234` (grouping commas and spaces ignored); nil when not a number.
    static func read(_ text: String) -> Double? {
        var s = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case ",", " ", "\u{00A0}", "\u{2009}": continue
            case "−", "–": s.append("-")
            default: s.unicodeScalars.append(scalar)
            }
        }
        return s.isEmpty ? nil : Double(s)
    }

    /// Groups the integer digits of a plain number with commas, as `{{formatnum}}` does:
    /// `1234567.891` → `1,234,567.891`. Text that is not a plain number comes back unchanged.
    static func group(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var i = 0
        var sign: [UInt8] = []
        if i < bytes.count, bytes[i] == 0x2D || bytes[i] == 0x2B { sign = [bytes[i]]; i += 1 }
        let digitsStart = i
        while i < bytes.count, bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
        let digits = bytes[digitsStart..<i]
        guard !digits.isEmpty else { return text }
        let rest = bytes[i...]
        if let first = rest.first, first != 0x2E { return text }  // only `.fraction` may follow
        if rest.dropFirst().contains(where: { $0 < 0x30 || $0 > 0x39 }) { return text }
        var out = sign == [0x2D] ? Array("−".utf8) : sign
        for (k, d) in digits.enumerated() {
            if k > 0 && (digits.count - k) % 3 == 0 { out.append(0x2C) }
            out.append(d)
        }
        out += rest
        return String(decoding: out, as: UTF8.self)
    }

    /// Writes `value` with up to `decimals` fraction digits, trailing zeros cut unless `pad`,
    /// integer part grouped, negative with `−` (U+2212) as MediaWiki's number templates do.
    static func write(_ value: Double, decimals: Int, pad: Bool = false, grouped: Bool = true) -> String {
        guard value.isFinite else { return "" }
        let places = max(0, min(decimals, 12))
        var s = String(format: "%.\(places)f", abs(value))
        if !pad, s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        if grouped { s = group(s) }
        let isZero = Double(s.replacingOccurrences(of: ",", with: "")) == 0
        return (value < 0 && !isZero ? "−" : "") + s
    }
}
