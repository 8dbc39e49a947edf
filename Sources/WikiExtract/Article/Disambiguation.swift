#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WikiModel

/// Disambiguation pages (`Austin may refer to: …`): lists of links to the articles that share
/// a name, with no data of their own. A dump conversion skips them unless asked to keep them,
/// as it skips redirects.
public enum Disambiguation {
    /// The templates that mark a page as a disambiguation page, normalized as in
    /// ``WikiModel/Article/templatesSeen``: Template:Disambiguation with its redirects, and its
    /// specialised variants (names, places, numbers, letters, schools …). `{{Disambiguation
    /// needed}}` and hatnotes such as `{{about}}` or `{{other uses}}` are not among them: they
    /// sit on articles.
    public static let templateNames: Set<String> = [
        "disambiguation", "disambig", "disamb", "dab", "disambiguation page",
        "disambiguation cleanup", "disambig-cleanup", "dab cleanup",
        "hndis", "human name disambiguation", "hndis-cleanup", "geodis", "geographic disambiguation",
        "numberdis", "number disambiguation", "letter disambiguation", "letter-number combination disambiguation",
        "school disambiguation", "schooldis", "hospital disambiguation", "hospitaldis", "mil-unit-dis",
        "military unit disambiguation", "species latin name disambiguation", "genus disambiguation",
        "call sign disambiguation", "road disambiguation", "molecular formula disambiguation",
        "chinese title disambiguation", "place name disambiguation", "caselaw disambiguation",
    ]

    /// True when the page uses a disambiguation template (`templatesSeen`, an article's
    /// census) or its text holds the magic word `__DISAMBIG__`.
    public static func isDisambiguation(templatesSeen: OrderedPairs<Int>, text: [UInt8]) -> Bool {
        for entry in templatesSeen where templateNames.contains(entry.key) { return true }
        return contains(text, magic)
    }

    private static let magic = Array("__DISAMBIG__".utf8)

    /// True when `needle` (which starts with `_`) occurs in `text`: `memchr` to each `_`.
    private static func contains(_ text: [UInt8], _ needle: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { t in
            guard let base = t.baseAddress, t.count >= needle.count else { return false }
            let last = t.count - needle.count
            var i = 0
            while i <= last, let p = memchr(base + i, Int32(needle[0]), last - i + 1) {
                let at = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
                if needle.withUnsafeBufferPointer({ memcmp(base + at, $0.baseAddress!, needle.count) == 0 }) { return true }
                i = at + 1
            }
            return false
        }
    }
}
