import Wikitext

/// What a tag does in plain text, read from its name's bytes without building a string.
///
/// The name is the run of ASCII letters and digits after `<` (or `</`), compared without
/// regard to ASCII case, as `Tag.name` (lower-cased) reads it.
enum TagRole: Equatable {
    /// `<br>`: a line break.
    case lineBreak
    /// `<ref>`: a footnote.
    case ref
    /// `<p>`, `<div>`, `<li>`, `<tr>`, `<dd>`, `<dt>`: block elements start and end a line.
    case block
    /// `<sup>` (true) or `<sub>` (false): digits become raised or lowered digits.
    case script(superscript: Bool)
    /// `<td>`, `<th>`: a tab before the body.
    case cell
    /// Tags whose content is not shown (`TagPolicy.hidden`).
    case hidden
    /// Anything else: the body shows as it is (`<span>`, `<small>`, `<center>` …).
    case inline
    /// `<nowiki>` (false) and `<pre>` (true): the body is not wikitext and shows as written,
    /// its entities decoded as a browser shows them; `<pre>` also drops the `<nowiki>` tags
    /// inside it, as MediaWiki does.
    case literal(pre: Bool)

    /// The role of the tag node `id`.
    init(of id: Int32, in document: WikitextDocument) {
        self = document.source.withUnsafeBufferPointer { TagRole(of: id, in: document, source: $0) }
    }

    /// The role of the tag node `id`, read from `source` (the document's, held by the caller).
    init(of id: Int32, in document: WikitextDocument, source: UnsafeBufferPointer<UInt8>) {
        let range = document.range(of: id)
        var i = range.lowerBound + 1
        if i < range.upperBound && source[i] == 0x2F { i += 1 }
        let start = i
        while i < range.upperBound && Self.isAlnum(source[i]) { i += 1 }
        self = Self.role(UnsafeBufferPointer(rebasing: source[start..<i]))
    }

    /// The role of a tag name in a buffer (any ASCII case).
    static func role(_ name: UnsafeBufferPointer<UInt8>) -> TagRole {
        switch name.count {
        case 1:
            if matches(name, "p") { return .block }
        case 2:
            if matches(name, "br") { return .lineBreak }
            if matches(name, "li") || matches(name, "tr") || matches(name, "dd") || matches(name, "dt") { return .block }
            if matches(name, "td") || matches(name, "th") { return .cell }
        case 3:
            if matches(name, "ref") { return .ref }
            if matches(name, "pre") { return .literal(pre: true) }
            if matches(name, "div") { return .block }
            if matches(name, "sup") { return .script(superscript: true) }
            if matches(name, "sub") { return .script(superscript: false) }
        case 6:
            if matches(name, "nowiki") { return .literal(pre: false) }
        default:
            break
        }
        return isHidden(name) ? .hidden : .inline
    }

    /// True for the names of `TagPolicy.hidden` (spelled out here: no table lookup per tag).
    static func isHidden(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        switch name.count {
        case 5: matches(name, "graph") || matches(name, "score") || matches(name, "style")
        case 6: matches(name, "script")
        case 7: matches(name, "gallery") || matches(name, "maplink") || matches(name, "section")
        case 8: matches(name, "timeline") || matches(name, "mapframe") || matches(name, "imagemap") || matches(name, "inputbox")
        case 9: matches(name, "indicator")
        case 10: matches(name, "references")
        case 11: matches(name, "includeonly")
        case 12: matches(name, "templatedata") || matches(name, "categorytree")
        case 14: matches(name, "templatestyles")
        default: false
        }
    }

    /// `name` equals the lower-case ASCII `word`, ignoring ASCII case.
    @inline(__always) private static func matches(_ name: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard name.count == w.count else { return false }
        for i in 0..<w.count where TemplateName.lower(name[i]) != w[i] { return false }
        return true
    }

    @inline(__always) private static func isAlnum(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
    }
}

/// Tags whose content is not shown as text.
enum TagPolicy {
    static let hidden: Set<String> = [
        "references", "gallery", "templatestyles", "timeline", "graph", "templatedata", "mapframe",
        "maplink", "includeonly", "indicator", "score", "imagemap", "categorytree", "section",
        "style", "script", "inputbox",
    ]
}
