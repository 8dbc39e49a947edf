#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Cheap byte-level text filters for `DumpOptions.textFilter`. They may accept a page that does
/// not really qualify (the parser decides later) but never reject one that does.
public enum DumpFilter {
    /// True when the text contains `needle` (exact bytes).
    public static func contains(_ needle: [UInt8]) -> @Sendable (UnsafeRawBufferPointer) -> Bool {
        { text in
            guard let first = needle.first else { return true }
            guard let base = text.baseAddress, text.count >= needle.count else { return false }
            var i = 0
            let last = text.count - needle.count
            while i <= last, let p = memchr(base + i, Int32(first), last - i + 1) {
                let at = base.distance(to: UnsafeRawPointer(p))
                let hit = needle.withUnsafeBytes { n in n.baseAddress.map { memcmp(base + at, $0, needle.count) == 0 } ?? false }
                if hit { return true }
                i = at + 1
            }
            return false
        }
    }

    /// True when the text calls template `name`: `{{`, optional whitespace, an optional
    /// `Template:` prefix, then the name with its first letter in either case, `_` and space
    /// equivalent (runs count as one), followed by whitespace, `|`, `}`, `<` or the end.
    public static func usesTemplate(_ name: String) -> @Sendable (UnsafeRawBufferPointer) -> Bool {
        let pattern = normalizedName(name)
        return { text in
            guard !pattern.isEmpty, let base = text.baseAddress else { return pattern.isEmpty }
            let n = text.count
            var i = 0
            while i + 1 < n, let p = memchr(base + i, Int32(UInt8(ascii: "{")), n - i - 1) {
                let at = base.distance(to: UnsafeRawPointer(p))
                i = at + 1
                if text[at + 1] == UInt8(ascii: "{") && matches(pattern, text, from: at + 2) { return true }
            }
            return false
        }
    }

    /// Lower-cased first letter, single spaces, no `Template:` prefix.
    private static func normalizedName(_ name: String) -> [UInt8] {
        var out: [UInt8] = []
        for b in name.utf8 {
            let isGap = b == UInt8(ascii: " ") || b == UInt8(ascii: "_")
            if isGap { if let l = out.last, l != 0x20 { out.append(0x20) } } else { out.append(b) }
        }
        while out.last == 0x20 { out.removeLast() }
        if out.count > 9, lower(out[0]) == UInt8(ascii: "t"), Array(out[1..<9]) == Array("emplate:".utf8) {
            out.removeFirst(9)
            while out.first == 0x20 { out.removeFirst() }
        }
        if let f = out.first { out[0] = lower(f) }
        return out
    }

    @inline(__always) private static func lower(_ b: UInt8) -> UInt8 {
        b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? b | 0x20 : b
    }

    @inline(__always) private static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == UInt8(ascii: "_")
    }

    private static func matches(_ pattern: [UInt8], _ text: UnsafeRawBufferPointer, from: Int) -> Bool {
        let n = text.count
        var i = from
        while i < n && isSpace(text[i]) { i += 1 }
        if i + 9 <= n, lower(text[i]) == UInt8(ascii: "t"),
           text[(i + 1)..<(i + 9)].elementsEqual("emplate:".utf8) {
            i += 9
            while i < n && isSpace(text[i]) { i += 1 }
        }
        var k = 0
        while k < pattern.count {
            guard i < n else { return false }
            let want = pattern[k]
            if want == 0x20 {
                guard isSpace(text[i]) && text[i] != 0x0A else { return false }
                while i < n && (text[i] == 0x20 || text[i] == UInt8(ascii: "_")) { i += 1 }
                k += 1
                continue
            }
            let got = k == 0 ? lower(text[i]) : text[i]
            guard got == want else { return false }
            i += 1; k += 1
        }
        while i < n && isSpace(text[i]) { i += 1 }
        guard i < n else { return true }
        let b = text[i]
        return b == UInt8(ascii: "|") || b == UInt8(ascii: "}") || b == UInt8(ascii: "<")
    }
}
