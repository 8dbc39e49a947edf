/// The `[[target|label]]` links of a field's raw wikitext, read without the parser: the rules
/// see only the model, and a field keeps its raw text.
enum WikiLinks {
    /// Links in order; files, images and categories left out; `_` read as a space and the
    /// `#section` dropped from the target.
    static func parse(_ raw: String) -> [(target: String, label: String)] {
        var out: [(String, String)] = []
        var rest = Substring(raw)
        while let open = rest.range(of: "[["), let close = rest[open.upperBound...].range(of: "]]") {
            let inside = rest[open.upperBound..<close.lowerBound]
            rest = rest[close.upperBound...]
            guard !inside.contains("[[") else { continue }
            let parts = inside.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            var target = String(parts[0]).replacingUnderscores().trimmedSpaces()
            if let hash = target.firstIndex(of: "#") { target = String(target[..<hash]).trimmedSpaces() }
            let lower = target.lowercased()
            if lower.hasPrefix("file:") || lower.hasPrefix("image:") || lower.hasPrefix("category:") || target.isEmpty { continue }
            let label = parts.count > 1 ? String(parts[1]).trimmedSpaces() : target
            out.append((target, label.isEmpty ? target : label))
        }
        return out
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks.
    func trimmedSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }

    /// `_` read as a space, as MediaWiki does in titles.
    func replacingUnderscores() -> String { String(map { $0 == "_" ? " " : $0 }) }

    /// The range of the first occurrence of `needle`, without Foundation.
    func range(of needle: String) -> Range<Index>? {
        guard let head = needle.first else { return nil }
        var i = startIndex
        while let start = self[i...].firstIndex(of: head) {
            if self[start...].starts(with: needle) {
                return start..<self.index(start, offsetBy: needle.count)
            }
            i = index(after: start)
        }
        return nil
    }
}
