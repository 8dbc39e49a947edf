/// Wikilinks `[[target|label]]trail`, external links `[url label]` and bare URLs.
extension Parser {
    mutating func openBracket() {
        let limit = stack.top.limit
        var r = 0
        while pos + r < limit && src[pos + r] == UInt8(ascii: "[") { r += 1 }
        if r == 1 {
            if !openExternalLink() { pos += 1 }
            return
        }
        // `[[http://…]]` is no wikilink in MediaWiki (a URL cannot be a title): the last `[`
        // opens an external link and the others are text. Inside an external link's label
        // all of it is text, and the label ends at the next `]`.
        if URLSchemes.bracketed(src, at: pos + r, limit: limit) != nil {
            if stack.top.externalLink >= 0 {
                pos += r
                return
            }
            pos += r - 1
            if !openExternalLink() { pos += 1 }
            return
        }
        // Extra brackets of a run are text; the last two open the link.
        let start = pos + r - 2
        let (node, prev) = openConstruct(.wikilink, at: start)
        let target = addFirstChild(.linkTarget, pos + r, pos + r, to: node)
        push(.wikilink, node: node, part: target, prevLast: prev)
        pos += r
        textStart = pos
    }

    /// `]`: ends an external link, or with a second `]` a wikilink. Inlined into the scan loop,
    /// so closing a link costs one call (`closeWikilink`), not two.
    @inline(__always)
    mutating func closeBracket() {
        let limit = stack.top.limit
        let i = stack.top.externalLink
        if i > 0 {
            unwind(above: i)
            flushText(to: pos)
            let f = stack.removeLast()
            settleFixups(from: f.fixups)
            setEnd(f.part, pos)
            setEnd(f.node, pos + 1)
            pos += 1
            textStart = pos
            return
        }
        let h = nearestHard
        let cap = stack[h].kind == .wikilink ? 2 : Int.max
        var r = 0
        while r < cap && pos + r < limit && src[pos + r] == UInt8(ascii: "]") { r += 1 }
        guard r >= 2, stack[h].kind == .wikilink else { pos += max(r, 1); return }
        unwind(above: h)
        closeWikilink()
    }

    /// `|` directly inside a wikilink: the next label part.
    mutating func newLinkPart() {
        flushText(to: pos)
        let top = stack.count - 1
        setEnd(stack[top].part, pos)
        let label = addChild(.linkLabel, pos + 1, pos + 1, to: stack[top].node)
        stack[top].part = label
        stack[top].partIndex += 1
        pos += 1
        textStart = pos
    }

    private mutating func closeWikilink() {
        flushText(to: pos)
        let top = stack.count - 1
        setEnd(stack[top].part, pos)
        guard validTarget(nodes[stack[top].node].firstChild) else {
            dissolveTop()
            pos += 2
            return
        }
        let f = stack.removeLast()
        settleFixups(from: f.fixups)
        var end = pos + 2
        var t = end
        let limit = stack.top.limit
        while t < limit && src[t] >= 0x61 && src[t] <= 0x7A { t += 1 }
        if t > end {
            addChild(.linkTrail, end, t, to: f.node)
            end = t
        }
        setEnd(f.node, end)
        pos = end
        textStart = end
    }

    /// A link target is a title: not blank, one line, none of `<>[]{}|` outside templates.
    @inline(__always)
    private func validTarget(_ target: Int32) -> Bool {
        guard target >= 0 else { return false }
        var sawContent = false
        var child = nodes[target].firstChild
        while child >= 0 {
            let c = nodes[child]
            switch c.kind {
            case .text:
                var i = Int(c.start)
                let end = Int(c.end)
                // 16 bytes at a time while they last, then the tail.
                if i + 16 <= end, let base = UnsafeRawPointer(src.baseAddress) {
                    repeat {
                        let (invalid, content) = ByteClass.titleChunk(base.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self))
                        if invalid { return false }
                        if content { sawContent = true }
                        i += 16
                    } while i + 16 <= end
                }
                // The tail in one step too when 16 bytes can be read there, else byte by byte.
                if i < end && i + 16 <= n, let base = UnsafeRawPointer(src.baseAddress) {
                    let (invalid, content) = ByteClass.titleChunk(base.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self), first: end - i)
                    if invalid { return false }
                    if content { sawContent = true }
                } else {
                    let table = ByteClass.titleTable  // a global's access check: only here, where it is rare
                    for i in i..<end {
                        switch table[Int(src[i])] {
                        case 0: sawContent = true
                        case 1: break
                        default: return false
                        }
                    }
                }
            case .template, .argument, .entity:
                sawContent = true
            case .comment:
                break
            default:
                return false
            }
            child = c.nextSibling
        }
        return sawContent
    }

    /// `[` followed by a URL: an external link up to `]` on the same line.
    private mutating func openExternalLink() -> Bool {
        let limit = stack.top.limit
        let urlStart = pos + 1
        // No external link inside another one's label: its `]` ends the outer link.
        guard stack.top.externalLink < 0,
              let scheme = URLSchemes.bracketed(src, at: urlStart, limit: limit) else { return false }
        var e = urlStart + scheme
        var commentCount = 0
        let relative = src[urlStart] == UInt8(ascii: "/")
        while e < limit {
            // Bytes the bare URL scan passes over go on this URL too: skip their runs whole.
            e = URLSchemes.plainRunEnd(src, from: e, limit: limit, table: urlScan)
            guard e < limit else { break }
            let b = src[e]
            if b == UInt8(ascii: "<") {
                guard !relative, let close = commentInURL(at: e, limit: limit) else { break }
                noteURLComment(e, close, count: &commentCount)
                e = close
                continue
            }
            guard URLSchemes.isURLByte(b) else { break }
            if b == UInt8(ascii: "'") && e + 1 < limit && src[e + 1] == UInt8(ascii: "'") { break }
            e += 1
        }
        guard e > urlStart + scheme else { return false }
        let (node, prev) = openConstruct(.externalLink, at: pos)
        append(commentCount == 0 ? newNode(.linkURL, urlStart, e) : urlNode(.linkURL, urlStart, e, comments: urlComments), to: node)
        var labelStart = e
        while labelStart < limit && ByteClass.isBlank(src[labelStart]) { labelStart += 1 }
        let label = addChild(.linkLabel, labelStart, labelStart, to: node)
        push(.externalLink, node: node, part: label, prevLast: prev)
        pos = labelStart
        textStart = pos
        return true
    }

    /// `:` may end the scheme of a bare URL (`https://…`) or start a definition (`;term:def`).
    @inline(__always)
    mutating func colon() {
        if bareURL() { return }
        if definitionLine && stack.count == definitionDepth {
            definitionLine = false
            flushText(to: pos)
            addChild(.listMarker, pos, pos + 1, aux: 1, to: container)
            pos += 1
            textStart = pos
            return
        }
        pos += 1
    }

    private mutating func bareURL() -> Bool {
        let limit = stack.top.limit
        // No free links inside an external link's label (MediaWiki links the bracketed one only).
        guard pos + 1 < limit, stack.top.externalLink < 0 else { return false }
        let slashes = pos + 3 < limit && src[pos + 1] == UInt8(ascii: "/") && src[pos + 2] == UInt8(ascii: "/")
        // Without `//` only `mailto:`-like schemes qualify: cheap checks first (colons are common).
        if !slashes && (pos - textStart < 3 || !URLSchemes.isURLByte(src[pos + 1])) { return false }
        var s = pos
        while s > textStart && pos - s < 10 && ByteClass.isLetter(src[s - 1]) { s -= 1 }
        guard s < pos, (slashes && URLSchemes.isBareScheme(src, s..<pos)) || URLSchemes.isBareColonScheme(src, s..<pos) else { return false }
        if s > textStart && (ByteClass.isAlnum(src[s - 1]) || src[s - 1] == UInt8(ascii: "_")) { return false }
        // Not inside a link target (a title is never linked), and the preprocessor's splits
        // come first: a template part's first `=`, a heading's closing `=` run.
        if stack.top.kind == .wikilink && stack.top.partIndex == 0 { return false }
        let stopAtEquals = inUnnamedParameter
        let lineBound = stack.top.lineBound
        let inHeading = lineBound >= 0 && stack[lineBound].kind == .heading
        let body = slashes ? pos + 3 : pos + 1
        var e = body
        var commentCount = 0
        // Whether the URL holds a `(` (comments in it included), noted on the way.
        var hasParen = false
        let table = urlScan
        scan: while e < limit {
            e = URLSchemes.plainRunEnd(src, from: e, limit: limit, table: table)
            guard e < limit, table[Int(src[e])] == 2 else { break }
            let b = src[e]
            switch b {
            case UInt8(ascii: "<"):
                guard let close = commentInURL(at: e, limit: limit) else { break scan }
                noteURLComment(e, close, count: &commentCount)
                for i in e..<close where src[i] == UInt8(ascii: "(") { hasParen = true; break }
                e = close
                continue
            case UInt8(ascii: "'"):
                if e + 1 < limit && src[e + 1] == UInt8(ascii: "'") { break scan }
            case UInt8(ascii: "("):
                hasParen = true
            default:  // `=`
                if stopAtEquals { break scan }
                if inHeading {
                    var q = e
                    while q < limit && src[q] == UInt8(ascii: "=") { q += 1 }
                    while q < limit && ByteClass.isBlank(src[q]) { q += 1 }
                    if q == limit || src[q] == 0x0A { break scan }
                    e = q
                    continue
                }
            }
            e += 1
        }
        // Trailing punctuation belongs to the sentence, and `)` too unless the URL opened one.
        while e > body {
            let c = src[e - 1]
            if c == UInt8(ascii: ".") || c == UInt8(ascii: ",") || c == UInt8(ascii: ";") || c == UInt8(ascii: ":")
                || c == UInt8(ascii: "!") || c == UInt8(ascii: "?") || (c == UInt8(ascii: ")") && !hasParen) {
                e -= 1
            } else { break }
        }
        guard e > body else { return false }
        flushText(to: s)
        if commentCount == 0 {
            append(newNode(.bareURL, s, e), to: container)
        } else {
            while let last = urlComments.last, last.1 > e { urlComments.removeLast() }
            append(urlNode(.bareURL, s, e, comments: urlComments), to: container)
        }
        pos = e
        textStart = e
        return true
    }

    /// At a `<!--` inside a URL: the end of that comment when URL bytes follow it (MediaWiki
    /// drops comments before it finds links, so the URL goes on), else nil.
    @inline(__always)
    func commentInURL(at e: Int, limit: Int) -> Int? {
        guard e + 3 < limit, src[e] == UInt8(ascii: "<"), src[e + 1] == UInt8(ascii: "!"),
              src[e + 2] == UInt8(ascii: "-"), src[e + 3] == UInt8(ascii: "-"),
              let close = find3(UInt8(ascii: "-"), UInt8(ascii: "-"), UInt8(ascii: ">"), from: e + 4, limit: limit),
              close + 3 < limit, URLSchemes.isURLByte(src[close + 3]) else { return nil }
        return close + 3
    }

    /// Notes a comment `a..<b` inside the URL being scanned in `urlComments`, which the first
    /// one (`count` 0) empties first.
    mutating func noteURLComment(_ a: Int, _ b: Int, count: inout Int) {
        if count == 0 { urlComments.removeAll(keepingCapacity: true) }
        urlComments.append((a, b))
        count += 1
    }

    /// A URL node; comments inside it become its children, with text between them.
    mutating func urlNode(_ kind: NodeKind, _ s: Int, _ e: Int, comments: [(Int, Int)]) -> Int32 {
        let node = newNode(kind, s, e)
        guard !comments.isEmpty else { return node }
        var cursor = s
        for (a, b) in comments {
            if a > cursor { addChild(.text, cursor, a, to: node) }
            addChild(.comment, a, b, to: node)
            cursor = b
        }
        if e > cursor { addChild(.text, cursor, e, to: node) }
        return node
    }
}
