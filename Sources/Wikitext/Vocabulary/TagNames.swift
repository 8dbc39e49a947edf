/// How the parser treats a tag name.
struct TagInfo: Sendable {
    enum Kind: Sendable {
        /// An HTML element with content (`<span>`): pairs with its closing tag when it comes.
        case html
        /// An HTML element without content (`<br>`, `<hr>`, `<wbr>`).
        case void
        /// An extension tag whose body is wikitext (`<ref>`, `<gallery>`, `<poem>`).
        case extensionParsed
        /// An extension tag whose body is not wikitext (`<nowiki>`, `<pre>`, `<math>`).
        case extensionOpaque
        /// `<includeonly>`, `<noinclude>`, `<onlyinclude>`: may run to the end without a closing tag.
        case extensionMissingEndOK
    }
    let id: Int
    let kind: Kind
}

/// The tag names MediaWiki recognises (HTML allowed by its sanitizer, and the extension tags
/// of Wikipedia). Anything else, like `<foo>`, is text.
enum TagNames {
    static let html = ["abbr", "b", "bdi", "bdo", "big", "blockquote", "caption", "center", "cite", "code",
                       "data", "dd", "del", "dfn", "div", "dl", "dt", "em", "font", "h1", "h2", "h3", "h4",
                       "h5", "h6", "i", "ins", "kbd", "li", "mark", "ol", "p", "q", "rb", "rp", "rt", "rtc",
                       "ruby", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "table",
                       "td", "th", "time", "tr", "tt", "u", "ul", "var", "tbody", "thead", "tfoot"]
    static let void = ["br", "hr", "wbr", "meta", "link", "img", "source"]
    static let parsed = ["ref", "references", "gallery", "poem", "indicator", "section", "tabber"]
    static let opaque = ["nowiki", "pre", "math", "chem", "ce", "syntaxhighlight", "source", "timeline",
                         "score", "graph", "templatedata", "templatestyles", "hiero", "mapframe", "maplink",
                         "imagemap", "inputbox", "charinsert", "categorytree", "langconvert", "rss",
                         "dynamicpagelist", "math chem", "phonos", "chart"]
    static let missingEndOK = ["includeonly", "noinclude", "onlyinclude"]

    /// Every name once with its kind, in id order. Extension tags first: `source` is
    /// syntaxhighlight's old name, not the HTML void element.
    static let all: [(name: String, kind: TagInfo.Kind)] = {
        var seen: Set<String> = []
        var all: [(name: String, kind: TagInfo.Kind)] = []
        func add(_ names: [String], _ kind: TagInfo.Kind) {
            for name in names where seen.insert(name).inserted { all.append((name, kind)) }
        }
        add(opaque, .extensionOpaque)
        add(missingEndOK, .extensionMissingEndOK)
        add(parsed, .extensionParsed)
        add(void, .void)
        add(html, .html)
        return all
    }()

    static let infos: [TagInfo] = all.indices.map { TagInfo(id: $0, kind: all[$0].kind) }
    static let table = NameTable(all.map(\.name))

    /// The tag named by the bytes in `range`, any case.
    static func lookup(_ src: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> TagInfo? {
        table.index(of: src, range, foldCase: true).map { infos[$0] }
    }
}
