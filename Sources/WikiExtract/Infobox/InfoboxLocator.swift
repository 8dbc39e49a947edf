import Wikitext

/// Finds infobox templates without walking the whole tree: of the page's template nodes (which
/// the parser lists), those whose source opens with `{{` and a name starting with `Infobox`
/// (after blanks and an optional `Template:`).
///
/// Only the bytes at each template's start are read, so this costs a few instructions per
/// template; no node view is made until one matches. A `{{Infobox` inside a comment or
/// `<nowiki>` is no template node, so it is not found. Not found: a name that starts with a
/// comment (`{{<!-- x -->Infobox …}}`).
enum InfoboxLocator {
    /// The infobox template nodes of a page, in source order (a holder before what it embeds).
    static func templates(in document: WikitextDocument) -> [Node] {
        var found: [Node] = []
        let ids = document.ids(of: .template)  // in source order
        document.source.withUnsafeBufferPointer { source in
            for id in ids {
                let i = document.range(of: id).lowerBound
                guard i + 1 < source.count, source[i] == 0x7B, source[i + 1] == 0x7B,
                      namesInfobox(source, after: i + 2) else { continue }
                found.append(document.node(id))
            }
        }
        return found
    }

    /// True when the bytes after `{{` start with `infobox` (any case), optionally after blanks,
    /// `_` and a `Template:` prefix, and the word ends there (`Infoboxes` does not count).
    static func namesInfobox(_ s: UnsafeBufferPointer<UInt8>, after start: Int) -> Bool {
        var i = skipBlanks(s, start)
        if match(s, i, "template:") { i = skipBlanks(s, i + 9) }
        guard match(s, i, "infobox") else { return false }
        let next = i + 7 < s.count ? s[i + 7] : 0x7D
        return !(next >= 0x61 && next <= 0x7A) && !(next >= 0x41 && next <= 0x5A)
    }

    private static func skipBlanks(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
        var i = start
        while i < s.count, s[i] == 0x20 || s[i] == 0x09 || s[i] == 0x0A || s[i] == 0x0D || s[i] == 0x5F { i += 1 }
        return i
    }

    private static func match(_ s: UnsafeBufferPointer<UInt8>, _ at: Int, _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard at + count <= s.count else { return false }
        let w = word.utf8Start
        for k in 0..<count where TemplateName.lower(s[at + k]) != w[k] { return false }
        return true
    }
}
