import Wikitext

/// Converts our tree to mwparserfromhell's token stream, so the two can be compared.
///
/// The mapping follows the structure of our tree only: every token comes from a node or from
/// the delimiter bytes between a node's children, never from re-reading the source. Delimiter
/// bytes that mwparserfromhell has no token for stay `Text`.
struct TreeTokens {
    let document: WikitextDocument
    var out: [MWToken] = []

    init(_ document: WikitextDocument) { self.document = document }

    static func tokens(of document: WikitextDocument) -> [MWToken] {
        var converter = TreeTokens(document)
        converter.content(document.root)
        return converter.out
    }

    mutating func text(_ s: String) { if !s.isEmpty { out.append(MWToken("Text", [("text", s)])) } }
    mutating func text(_ r: Range<Int>) { if !r.isEmpty { text(document.string(r)) } }
    /// The bytes `a..<b`, or nothing when `b <= a`.
    mutating func text(_ a: Int, _ b: Int) { if a < b { text(document.string(a..<b)) } }
    mutating func token(_ name: String, _ attributes: [(String, String)] = []) { out.append(MWToken(name, attributes)) }

    /// A node's children, with the bytes between them (and before the first, after the last) as text.
    mutating func content(_ node: Node) {
        pairQuotes(in: node)
        var cursor = node.range.lowerBound
        for child in node.children {
            lineText(cursor, child.range.lowerBound)
            if child.kind == .text { lineText(child.range.lowerBound, child.range.upperBound) } else { emit(child) }
            cursor = child.range.upperBound
        }
        lineText(cursor, node.range.upperBound)
    }

    // MARK: Bold and italic

    /// What each `formatting` leaf stands for once paired, as MediaWiki's doQuotes pairs
    /// them line by line: `'` (a literal apostrophe), `<i>`, `</i>`, `<b>`, `</b>`.
    var quoteActions: [Int32: [String]] = [:]
    /// Tags MediaWiki closes at the end of a line (keyed by the offset of the line break).
    var lineCloses: [Int: [String]] = [:]

    /// Text that may hold a line end where open bold/italic close.
    mutating func lineText(_ a: Int, _ b: Int) {
        var start = a
        for offset in lineCloses.keys.sorted() where offset >= a && offset < b {
            text(start, offset)
            for action in lineCloses[offset]! { quoteTag(action) }
            lineCloses[offset] = nil
            start = offset
        }
        text(start, b)
        if let closes = lineCloses[b], b == document.source.count {
            for action in closes { quoteTag(action) }
            lineCloses[b] = nil
        }
    }

    mutating func quoteTag(_ action: String) {
        switch action {
        case "'": text("'")
        case "<i>": token("TagOpenOpen", [("wiki_markup", "''")]); text("i"); token("TagCloseOpen")
        case "<b>": token("TagOpenOpen", [("wiki_markup", "'''")]); text("b"); token("TagCloseOpen")
        case "</i>": token("TagOpenClose"); text("i"); token("TagCloseClose")
        case "</b>": token("TagOpenClose"); text("b"); token("TagCloseClose")
        default: break
        }
    }

    mutating func formatting(_ node: Node) {
        guard let actions = quoteActions[node.id] else { text(node.range); return }
        for action in actions { quoteTag(action) }
    }

    /// Pairs the `formatting` children of `node` line by line (MediaWiki's doQuotes).
    mutating func pairQuotes(in node: Node) {
        let src = document.source
        var line: [Node] = []
        var cursor = node.range.lowerBound
        func breaks(_ a: Int, _ b: Int) -> [Int] { (a..<max(a, b)).filter { src[$0] == 0x0A } }
        for child in node.children {
            for offset in breaks(cursor, child.range.lowerBound) { doQuotes(line, lineEnd: offset); line = [] }
            if child.kind == .formatting { line.append(child) }
            if child.kind == .text {
                for offset in breaks(child.range.lowerBound, child.range.upperBound) { doQuotes(line, lineEnd: offset); line = [] }
            }
            cursor = child.range.upperBound
        }
        for offset in breaks(cursor, node.range.upperBound) { doQuotes(line, lineEnd: offset); line = [] }
        doQuotes(line, lineEnd: node.range.upperBound)
    }

    mutating func doQuotes(_ runs: [Node], lineEnd: Int) {
        guard !runs.isEmpty else { return }
        let src = document.source
        var lengths = runs.map(\.aux)
        let italics = lengths.filter { $0 == 2 || $0 == 5 }.count
        let bolds = lengths.filter { $0 == 3 || $0 == 5 }.count
        var actions = Array(repeating: [String](), count: runs.count)
        if italics % 2 == 1 && bolds % 2 == 1 {
            var singleLetter = -1, multiLetter = -1, space = -1
            for (k, run) in runs.enumerated() where lengths[k] == 3 {
                let s = run.range.lowerBound
                let x1: UInt8 = s >= 1 ? src[s - 1] : 0, x2: UInt8 = s >= 2 ? src[s - 2] : 0
                if x1 == 0x20 {
                    if space < 0 { space = k }
                } else if x2 == 0x20 {
                    singleLetter = k
                    break
                } else if multiLetter < 0 {
                    multiLetter = k
                }
            }
            let chosen = singleLetter >= 0 ? singleLetter : multiLetter >= 0 ? multiLetter : space
            if chosen >= 0 {
                lengths[chosen] = 2
                actions[chosen].append("'")
            }
        }
        var state = ""
        var both = -1
        for k in runs.indices {
            switch (lengths[k], state) {
            case (2, "i"): actions[k] += ["</i>"]; state = ""
            case (2, "bi"): actions[k] += ["</i>"]; state = "b"
            case (2, "ib"): actions[k] += ["</b>", "</i>", "<b>"]; state = "b"
            case (2, "both"): actions[both] += ["<b>", "<i>"]; actions[k] += ["</i>"]; state = "b"
            case (2, _): actions[k] += ["<i>"]; state += "i"
            case (3, "b"): actions[k] += ["</b>"]; state = ""
            case (3, "bi"): actions[k] += ["</i>", "</b>", "<i>"]; state = "i"
            case (3, "ib"): actions[k] += ["</b>"]; state = "i"
            case (3, "both"): actions[both] += ["<i>", "<b>"]; actions[k] += ["</b>"]; state = "i"
            case (3, _): actions[k] += ["<b>"]; state += "b"
            case (5, "b"): actions[k] += ["</b>", "<i>"]; state = "i"
            case (5, "i"): actions[k] += ["</i>", "<b>"]; state = "b"
            case (5, "bi"): actions[k] += ["</i>", "</b>"]; state = ""
            case (5, "ib"): actions[k] += ["</b>", "</i>"]; state = ""
            case (5, "both"): actions[both] += ["<i>", "<b>"]; actions[k] += ["</b>", "</i>"]; state = ""
            case (5, _): both = k; state = "both"
            default: break
            }
        }
        var closes: [String] = []
        if state == "both" { actions[both] += ["<b>", "<i>"]; closes = ["</i>", "</b>"] }
        if state == "b" || state == "ib" { closes.append("</b>") }
        if state == "i" || state == "bi" || state == "ib" { closes.append("</i>") }
        if state == "bi" { closes.append("</b>") }
        if !closes.isEmpty { lineCloses[lineEnd, default: []] += closes }
        for (k, run) in runs.enumerated() { quoteActions[run.id] = actions[k] }
    }

    mutating func emit(_ node: Node) {
        switch node.kind {
        case .template: template(node)
        case .argument: argument(node)
        case .wikilink: wikilink(node)
        case .externalLink: externalLink(node)
        case .bareURL:
            token("ExternalLinkOpen", [("brackets", "False")]); content(node); token("ExternalLinkClose")
        case .comment: comment(node)
        case .heading: heading(node)
        case .entity: entity(node)
        case .tag: tag(node)
        case .listMarker:
            for u in node.text.unicodeScalars {
                let name = u == ";" ? "dt" : u == ":" ? "dd" : "li"
                token("TagOpenOpen", [("wiki_markup", String(u))]); text(name); token("TagCloseSelfclose")
            }
        case .horizontalRule:
            token("TagOpenOpen", [("wiki_markup", node.text)]); text("hr"); token("TagCloseSelfclose")
        case .formatting: formatting(node)
        case .table: table(node)
        case .text, .behaviorSwitch, .redirect: text(node.range)
        default: content(node)
        }
    }

    mutating func template(_ node: Node) {
        token("TemplateOpen")
        var cursor = node.range.lowerBound + 2
        for child in node.children {
            switch child.kind {
            case .templateName:
                text(cursor, child.range.lowerBound)
                content(child)
            case .parameter:
                // The `|` before it.
                text(cursor, (child.range.lowerBound - 1))
                token("TemplateParamSeparator")
                var inner = child.range.lowerBound
                var named = false
                for part in child.children {
                    if part.kind == .parameterName { named = true }
                    if part.kind == .parameterValue && named {
                        text(inner, (part.range.lowerBound - 1))
                        token("TemplateParamEquals")
                    }
                    content(part)
                    inner = part.range.upperBound
                }
            default:
                text(cursor, child.range.lowerBound)
                emit(child)
            }
            cursor = child.range.upperBound
        }
        text(cursor, (node.range.upperBound - 2))
        token("TemplateClose")
    }

    mutating func argument(_ node: Node) {
        token("ArgumentOpen")
        var cursor = node.range.lowerBound + 3
        var defaults = 0
        for child in node.children {
            if child.kind == .argumentDefault {
                text(cursor, (child.range.lowerBound - 1))
                if defaults == 0 { token("ArgumentSeparator") } else { text("|") }
                defaults += 1
            } else {
                text(cursor, child.range.lowerBound)
            }
            content(child)
            cursor = child.range.upperBound
        }
        text(cursor, (node.range.upperBound - 3))
        token("ArgumentClose")
    }

    mutating func wikilink(_ node: Node) {
        token("WikilinkOpen")
        var cursor = node.range.lowerBound + 2
        var labels = 0
        var closed = false
        for child in node.children {
            switch child.kind {
            case .linkLabel:
                text(cursor, (child.range.lowerBound - 1))
                if labels == 0 { token("WikilinkSeparator") } else { text("|") }
                labels += 1
                content(child)
            case .linkTrail:
                text(cursor, (child.range.lowerBound - 2))
                token("WikilinkClose")
                closed = true
                text(child.range)
            default:
                text(cursor, child.range.lowerBound)
                content(child)
            }
            cursor = child.range.upperBound
        }
        if !closed {
            text(cursor, (node.range.upperBound - 2))
            token("WikilinkClose")
        }
    }

    mutating func externalLink(_ node: Node) {
        token("ExternalLinkOpen", [("brackets", "True")])
        var cursor = node.range.lowerBound + 1
        for child in node.children {
            if child.kind == .linkURL {
                text(cursor, child.range.lowerBound)
                content(child)
            } else if child.kind == .linkLabel {
                // mwparserfromhell's separator is the blank run after the URL.
                if child.range.lowerBound > cursor {
                    token("ExternalLinkSeparator")
                } else if !child.range.isEmpty {
                    // A label glued to the URL (`[http://a"b]`): no blank to separate them.
                    token("ExternalLinkSeparator", [("suppress_space", "True")])
                }
                content(child)
            } else {
                text(cursor, child.range.lowerBound)
                emit(child)
            }
            cursor = child.range.upperBound
        }
        text(cursor, (node.range.upperBound - 1))
        token("ExternalLinkClose")
    }

    mutating func comment(_ node: Node) {
        let r = node.range
        if node.flags.contains(.unterminated) { text(r); return }
        token("CommentStart"); text((r.lowerBound + 4), (r.upperBound - 3)); token("CommentEnd")
    }

    mutating func heading(_ node: Node) {
        token("HeadingStart", [("level", String(node.aux))])
        var afterTitle = false
        for child in node.children {
            if child.kind == .headingTitle {
                content(child)
                token("HeadingEnd")
                afterTitle = true
            } else {
                emit(child)
            }
        }
        if !afterTitle { token("HeadingEnd") }
    }

    mutating func entity(_ node: Node) {
        let s = Array(node.text.unicodeScalars)
        token("HTMLEntityStart")
        if s.count > 2 && s[1] == "#" {
            token("HTMLEntityNumeric")
            if s[2] == "x" || s[2] == "X" {
                token("HTMLEntityHex", [("char", String(s[2]))])
                text(String(String.UnicodeScalarView(s[3..<(s.count - 1)])))
            } else {
                text(String(String.UnicodeScalarView(s[2..<(s.count - 1)])))
            }
        } else {
            text(String(String.UnicodeScalarView(s[1..<(s.count - 1)])))
        }
        token("HTMLEntityEnd")
    }

    // MARK: Tags

    func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }

    /// The tag name's end: the first blank, `/` or `>` after `start`.
    func nameEnd(from start: Int, limit: Int) -> Int {
        let src = document.source
        var e = start
        while e < limit && !isBlank(src[e]) && src[e] != UInt8(ascii: "/") && src[e] != UInt8(ascii: ">") { e += 1 }
        return e
    }

    mutating func tag(_ node: Node) {
        let src = document.source
        let r = node.range
        if node.flags.contains(.closingOnly) { text(r); return }
        if src[r.lowerBound + 1] == UInt8(ascii: "/") {
            // `</br>`, read as `<br>`.
            token("TagOpenOpen", [("invalid", "True")])
            text(r.lowerBound + 2, nameEnd(from: r.lowerBound + 2, limit: r.upperBound))
            token("TagCloseSelfclose", [("implicit", "True")])
            return
        }
        // An opening tag with no end tag: HTML closes `li`, `dt`, `dd`, `td`, `th` and `tr`
        // implicitly (mwparserfromhell's "single" tags); other such tags stay text.
        let singles: Set<String> = ["li", "dt", "dd", "td", "th", "tr", "br", "wbr", "hr", "meta", "link", "img"]
        if node.flags.contains(.unclosed) {
            let nEnd = nameEnd(from: r.lowerBound + 1, limit: r.upperBound)
            guard singles.contains(document.string((r.lowerBound + 1)..<nEnd).lowercased()) else { text(r); return }
            token("TagOpenOpen")
            text(r.lowerBound + 1, nEnd)
            var cursor = nEnd
            for attribute in node.children(.tagAttribute) { cursor = tagAttribute(attribute, after: cursor) }
            token("TagCloseSelfclose", [("padding", document.string(cursor..<max(cursor, r.upperBound - 1))), ("implicit", "True")])
            return
        }
        let nameStart = r.lowerBound + 1
        let nEnd = nameEnd(from: nameStart, limit: r.upperBound)
        token("TagOpenOpen")
        text(nameStart, nEnd)
        let attributes = node.children(.tagAttribute)
        var cursor = nEnd
        for attribute in attributes {
            cursor = tagAttribute(attribute, after: cursor)
        }
        if node.flags.contains(.selfClosing) {
            let slash = src[r.upperBound - 2] == UInt8(ascii: "/")
            let padEnd = slash ? r.upperBound - 2 : r.upperBound - 1
            var attrs: [(String, String)] = [("padding", document.string(cursor..<max(cursor, padEnd)))]
            if !slash { attrs.append(("implicit", "True")) }
            token("TagCloseSelfclose", attrs)
            return
        }
        guard let body = node.child(.tagBody) else { text(r); return }
        token("TagCloseOpen", [("padding", document.string(cursor..<(body.range.lowerBound - 1)))])
        content(body)
        token("TagOpenClose")
        text((body.range.upperBound + 2), (r.upperBound - 1))
        token("TagCloseClose")
    }

    /// One attribute after `cursor`; returns its end.
    mutating func tagAttribute(_ attribute: Node, after cursor: Int) -> Int {
        let src = document.source
        let name = attribute.child(.attributeName)!
        let value = attribute.child(.attributeValue)
        var padBeforeEquals = "", padAfterEquals = ""
        if let value {
            var eq = name.range.upperBound
            while src[eq] != UInt8(ascii: "=") { eq += 1 }
            padBeforeEquals = document.string(name.range.upperBound..<eq)
            var v = value.range.lowerBound
            if v > eq + 1 && (src[v - 1] == UInt8(ascii: "\"") || src[v - 1] == UInt8(ascii: "'")) { v -= 1 }
            padAfterEquals = document.string((eq + 1)..<v)
        }
        token("TagAttrStart", [("pad_first", document.string(cursor..<attribute.range.lowerBound)),
                               ("pad_before_eq", padBeforeEquals), ("pad_after_eq", padAfterEquals)])
        content(name)
        if let value {
            token("TagAttrEquals")
            let v = value.range.lowerBound
            if v > 0 && (src[v - 1] == UInt8(ascii: "\"") || src[v - 1] == UInt8(ascii: "'")) && v - 1 >= name.range.upperBound + 1 {
                if attribute.range.upperBound > value.range.upperBound {
                    token("TagAttrQuote", [("char", document.string((v - 1)..<v))])
                } else {
                    text(v - 1, v)  // no closing quote: the value is unquoted
                }
            }
            content(value)
        }
        return attribute.range.upperBound
    }

    // MARK: Tables

    /// Table, row and cell close tokens wait for the next table token (mwparserfromhell
    /// closes a cell or row only when the next one starts), so the newline that ends a cell's
    /// line, and the indentation of the next table line, land inside the open cell or row.
    var pendingCell: String? = nil
    var pendingRow = false
    /// Bytes up to here went into a padding already (the line break after table or row attributes).
    var consumed = 0

    mutating func tableText(_ a: Int, _ b: Int) { text(max(a, consumed), b) }

    mutating func closePending(rows: Bool) {
        if let cell = pendingCell {
            token("TagOpenClose", [("wiki_markup", "")]); text(cell); token("TagCloseClose")
            pendingCell = nil
        }
        if rows && pendingRow {
            token("TagOpenClose", [("wiki_markup", "")]); text("tr"); token("TagCloseClose")
            pendingRow = false
        }
    }

    /// Attributes given as wikitext (`tableAttributes`, `cellAttributes`), read as tag
    /// attributes: returns the trailing blanks (mwparserfromhell's padding). Nodes inside
    /// (templates, links) count as non-blank words and are emitted as themselves.
    mutating func wikitextAttributes(_ node: Node?, from start: Int) -> String {
        guard let node, !node.range.isEmpty else { return "" }
        let src = document.source
        var nodeAt: [Int: Node] = [:]
        for child in node.children where child.kind != .text { nodeAt[child.range.lowerBound] = child }
        var s = node.range.lowerBound
        let e = node.range.upperBound
        func isBlankAt(_ i: Int) -> Bool { nodeAt[i] == nil && isBlank(src[i]) }
        func isByte(_ i: Int, _ c: UInt8) -> Bool { nodeAt[i] == nil && src[i] == c }
        func step(_ i: Int) -> Int { nodeAt[i].map { $0.range.upperBound } ?? i + 1 }
        func attrText(_ a: Int, _ b: Int) {
            var i = a, run = a
            while i < b {
                if let child = nodeAt[i] {
                    text(run, i); emit(child); i = child.range.upperBound; run = i
                } else { i += 1 }
            }
            text(run, b)
        }
        while true {
            var p = s
            while p < e && isBlankAt(p) { p += 1 }
            if p == e { return document.string(s..<e) }
            var q = p
            while q < e && !isBlankAt(q) && !isByte(q, UInt8(ascii: "=")) { q = step(q) }
            var afterName = q
            while afterName < e && isBlankAt(afterName) { afterName += 1 }
            if afterName < e && isByte(afterName, UInt8(ascii: "=")) && q > p {
                var v = afterName + 1
                while v < e && isBlankAt(v) { v += 1 }
                token("TagAttrStart", [("pad_first", document.string(s..<p)), ("pad_before_eq", document.string(q..<afterName)),
                                       ("pad_after_eq", document.string((afterName + 1)..<v))])
                attrText(p, q)
                token("TagAttrEquals")
                var end = v
                if v < e && (isByte(v, UInt8(ascii: "\"")) || isByte(v, UInt8(ascii: "'"))) {
                    let quote = src[v]
                    var c = v + 1
                    while c < e && !isByte(c, quote) { c = step(c) }
                    if c < e {
                        token("TagAttrQuote", [("char", document.string(v..<(v + 1)))])
                        attrText(v + 1, c)
                        s = c + 1
                        continue
                    }
                }
                while end < e && !isBlankAt(end) { end = step(end) }
                attrText(v, end)
                s = end
            } else {
                token("TagAttrStart", [("pad_first", document.string(s..<p)), ("pad_before_eq", document.string(q..<afterName)),
                                       ("pad_after_eq", "")])
                attrText(p, q)
                s = afterName
            }
        }
    }

    mutating func table(_ node: Node) {
        let src = document.source
        let savedCell = pendingCell, savedRow = pendingRow
        pendingCell = nil
        pendingRow = false
        let r = node.range
        let markup = document.string(r.lowerBound..<(r.lowerBound + (src[r.lowerBound + 1] == UInt8(ascii: "|") ? 2 : 6)))
        token("TagOpenOpen", [("wiki_markup", markup)])
        text("table")
        let attributes = node.child(.tableAttributes)
        var cursor = attributes?.range.upperBound ?? (r.lowerBound + markup.utf8.count)
        let padding = wikitextAttributes(attributes, from: cursor)
        // The padding runs to the end of the line.
        var lineEnd = cursor
        while lineEnd < r.upperBound && src[lineEnd] != 0x0A { lineEnd += 1 }
        token("TagCloseOpen", [("padding", padding + document.string(cursor..<min(lineEnd + 1, r.upperBound)))])
        cursor = min(lineEnd + 1, r.upperBound)
        consumed = cursor
        for child in node.children where child.kind != .tableAttributes {
            tableText(cursor, child.range.lowerBound)
            tablePart(child)
            cursor = child.range.upperBound
        }
        // The closing `|}` and what precedes it on its line. A table closed by the end of its
        // context (MediaWiki's behaviour; flagged `unterminated`) has no closing markup, so it
        // shows as a table with an empty close (mwparserfromhell has no such token: it keeps
        // such a table as text, and the case disagrees).
        let unterminated = node.flags.contains(.unterminated)
        let close = unterminated ? r.upperBound
            : r.upperBound - (src[r.upperBound - 1] == UInt8(ascii: "}") && src[r.upperBound - 2] == UInt8(ascii: "|") ? 2 : 6)
        tableText(cursor, close)
        closePending(rows: true)
        token("TagOpenClose", [("wiki_markup", document.string(close..<r.upperBound))])
        text("table")
        token("TagCloseClose")
        pendingCell = savedCell
        pendingRow = savedRow
    }

    mutating func tablePart(_ node: Node) {
        let src = document.source
        switch node.kind {
        case .tableRow where node.flags.contains(.implicit):
            var cursor = node.range.lowerBound
            for child in node.children {
                text(cursor, child.range.lowerBound)
                tablePart(child)
                cursor = child.range.upperBound
            }
            text(cursor, node.range.upperBound)
        case .tableRow:
            closePending(rows: true)
            let attributes = node.child(.tableAttributes)
            let markupEnd = attributes?.range.lowerBound ?? node.range.upperBound
            token("TagOpenOpen", [("wiki_markup", document.string(node.range.lowerBound..<markupEnd))])
            text("tr")
            let padding = wikitextAttributes(attributes, from: markupEnd)
            var cursor = attributes?.range.upperBound ?? markupEnd
            var newline = ""
            if cursor < src.count && src[cursor] == 0x0A { newline = "\n"; cursor += 1; consumed = cursor }
            token("TagCloseOpen", [("padding", padding + newline)])
            pendingRow = true
            for child in node.children where child.kind != .tableAttributes {
                tableText(cursor, child.range.lowerBound)
                tablePart(child)
                cursor = max(cursor, child.range.upperBound)
            }
            tableText(cursor, node.range.upperBound)
        case .tableCell, .tableCaption:
            closePending(rows: false)
            let header = node.flags.contains(.header)
            let name = node.kind == .tableCaption ? "caption" : header ? "th" : "td"
            let first = node.children.first { _ in true }
            let markupEnd = first?.range.lowerBound ?? node.range.upperBound
            token("TagOpenOpen", [("wiki_markup", document.string(node.range.lowerBound..<markupEnd))])
            text(name)
            if let attributes = node.child(.cellAttributes) {
                let padding = wikitextAttributes(attributes, from: attributes.range.lowerBound)
                token("TagCloseOpen", [("wiki_markup", "|"), ("padding", padding)])
            } else {
                token("TagCloseOpen", [("padding", "")])
            }
            if let content = node.child(.cellContent) { self.content(content) }
            pendingCell = name
        case .text:
            tableText(node.range.lowerBound, node.range.upperBound)
        default:
            emit(node)
        }
    }
}

/// The normalization applied to both streams before comparing them.
enum TokenNormalization {
    /// Adjacent `Text` tokens merge, empty `Text` tokens go, and a keyword argument whose value
    /// is `""` or `False` counts as absent (mwparserfromhell writes `TagCloseOpen()` for wiki
    /// markup and `TagCloseOpen(padding="")` for HTML; both mean "no padding").
    static func normalize(_ tokens: [MWToken]) -> [MWToken] {
        var out: [MWToken] = []
        for var t in tokens {
            if t.isText {
                if t.text.isEmpty { continue }
                if let last = out.last, last.isText {
                    out[out.count - 1] = MWToken("Text", [("text", last.text + t.text)])
                    continue
                }
            }
            t.attributes.removeAll { $0.value.isEmpty || $0.value == "False" }
            out.append(t)
        }
        return out
    }
}
