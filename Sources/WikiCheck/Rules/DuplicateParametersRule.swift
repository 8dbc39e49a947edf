import WikiModel

/// `duplicate-parameter`: an infobox parameter given more than once. MediaWiki shows only the
/// last value and files the page under "Pages using duplicate arguments in template calls";
/// the earlier values are silently lost.
///
/// `Infobox.fields` keeps every parameter as written, duplicates included, so nothing in the
/// extractor had to change. Keys compare as written (trimmed): `party 1` and `party1` are
/// different parameters to MediaWiki too.
/// A warning when the values differ (what the reader sees may not be what the editor meant),
/// info when they repeat the same text.
public struct DuplicateParametersRule: Rule {
    /// The rule id.
    public let id = "duplicate-parameter"
    /// What the rule checks, in one line.
    public let summary = "Infobox parameters given twice (MediaWiki keeps only the last)."

    /// Creates the rule.
    public init() {}

    /// The rule's findings on the context's article.
    public func check(_ context: CheckContext) -> [Finding] {
        context.article.infoboxes.enumerated().flatMap { check($0.element, position: $0.offset + 1) }
    }

    func check(_ infobox: Infobox, position: Int) -> [Finding] {
        // Most infoboxes repeat no key: one set of keys says so, and no lists are built.
        var seen = Set<String>(minimumCapacity: infobox.fields.count)
        guard infobox.fields.contains(where: { !seen.insert($0.key).inserted }) else { return [] }
        var byKey: [String: [Field]] = [:]
        var order: [String] = []
        for field in infobox.fields {
            if byKey[field.key] == nil { order.append(field.key) }
            byKey[field.key, default: []].append(field)
        }
        return order.compactMap { key in
            guard let fields = byKey[key], fields.count > 1, let last = fields.last else { return nil }
            let differ = Set(fields.map(\.text)).count > 1
            let lines = fields.map { String($0.line) }.joined(separator: ", ")
            return Finding(
                rule: id, severity: differ ? .warning : .info,
                message: "\(infobox.template) parameter '\(key)' is given \(fields.count) times (lines \(lines)); "
                    + (differ ? "MediaWiki shows only the last value \(Format.quote(last.text)), not \(Format.quote(fields[0].text))"
                              : "the values are the same"),
                expected: "one value", actual: fields.map { Format.quote($0.text) }.joined(separator: " then "),
                location: FindingLocation(line: last.line, infobox: position, field: key))
        }
    }
}
