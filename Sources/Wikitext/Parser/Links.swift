/// Wikilinks `[[target|label]]trail`, external links `[url label]` and bare URLs.
extension Parser {
    mutating func openBracket() {
        let limit = stack[stack.count - 1].limit
        var r = 0
        while pos + r < limit && src[pos + r] == UInt8(ascii: "[") { r += 1 }
        if r == 1 {
            if !openExternalLink() { pos += 1 }
            return
        }
        // Extra brackets of a run are text; the last two open the link.
        let start = pos + r - 2
        let (node, prev) = openConstruct(.wikilink, at: start)
        let target = newNode(.linkTarget, pos + r, pos + r)
        append(target, to: node)
        push(.wikilink, node: node, part: target, prevLast: prev)
        pos += r
        textStart = pos
    }

    mutating func closeBracket() {
        let limit = stack[stack.count - 1].limit
        let i = stack[stack.count - 1].externalLink
        if i > 0 {
            unwind(above: i)
            flushText(to: pos)
            let f = stack.removeLast()
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
        let label = newNode(.linkLabel, pos + 1, pos + 1)
        append(label, to: stack[top].node)
        stack[top].part = label
        stack[top].partIndex += 1
        pos += 1
        textStart = pos
    }

    private mutating func closeWikilink() {
        flushText(to: pos)
        let top = stack.count - 1
        setEnd(stack[top].part, pos)
        guard validTarget(nodes[Int(stack[top].node)].firstChild) else {
            dissolveTop()
            pos += 2
            return
        }
        let f = stack.removeLast()
        var end = pos + 2
        var t = end
        let limit = stack[stack.count - 1].limit
        while t < limit && src[t] >= 0x61 && src[t] <= 0x7A { t += 1 }
        if t > end {
            append(newNode(.linkTrail, end, t), to: f.node)
            end = t
        }
        setEnd(f.node, end)
        pos = end
        textStart = end
    }

    /// A link target is a title: not blank, one line, none of `<>[]{}|` outside templates.
    private func validTarget(_ target: Int32) -> Bool {
        guard target >= 0 else { return false }
        var sawContent = false
        var child = nodes[Int(target)].firstChild
        while child >= 0 {
            let c = nodes[Int(child)]
            switch c.kind {
            case .text:
                for i in Int(c.start)..<Int(c.end) {
                    switch src[i] {
                    case 0x0A, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["), UInt8(ascii: "]"),
                         UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "|"):
                        return false
                    case 0x20, 0x09, 0x0D: break
                    default: sawContent = true
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
        let limit = stack[stack.count - 1].limit
        let urlStart = pos + 1
        guard let scheme = URLSchemes.bracketed(src, at: urlStart, limit: limit) else { return false }
        var e = urlStart + scheme
        while e < limit && URLSchemes.isURLByte(src[e]) { e += 1 }
        guard e > urlStart + scheme else { return false }
        let (node, prev) = openConstruct(.externalLink, at: pos)
        append(newNode(.linkURL, urlStart, e), to: node)
        var labelStart = e
        while labelStart < limit && ByteClass.isBlank(src[labelStart]) { labelStart += 1 }
        let label = newNode(.linkLabel, labelStart, labelStart)
        append(label, to: node)
        push(.externalLink, node: node, part: label, prevLast: prev)
        pos = labelStart
        textStart = pos
        return true
    }

    /// `:` may end the scheme of a bare URL (`https://…`) or start a definition (`;term:def`).
    mutating func colon() {
        if bareURL() { return }
        if definitionLine && stack.count == definitionDepth {
            definitionLine = false
            flushText(to: pos)
            append(newNode(.listMarker, pos, pos + 1, aux: 1), to: container)
            pos += 1
            textStart = pos
            return
        }
        pos += 1
    }

    private mutating func bareURL() -> Bool {
        let limit = stack[stack.count - 1].limit
        guard pos + 3 < limit, src[pos + 1] == UInt8(ascii: "/"), src[pos + 2] == UInt8(ascii: "/") else { return false }
        var s = pos
        while s > textStart && pos - s < 10 && ByteClass.isLetter(src[s - 1]) { s -= 1 }
        guard s < pos, URLSchemes.isBareScheme(src, s..<pos) else { return false }
        if s > textStart && ByteClass.isAlnum(src[s - 1]) { return false }
        var e = pos + 3
        while e < limit && URLSchemes.isURLByte(src[e]) {
            if src[e] == UInt8(ascii: "'") && e + 1 < limit && src[e + 1] == UInt8(ascii: "'") { break }
            e += 1
        }
        // Trailing punctuation belongs to the sentence, and `)` too unless the URL opened one.
        var hasParen = false
        for i in s..<e where src[i] == UInt8(ascii: "(") { hasParen = true; break }
        while e > pos + 3 {
            let c = src[e - 1]
            if c == UInt8(ascii: ".") || c == UInt8(ascii: ",") || c == UInt8(ascii: ";") || c == UInt8(ascii: ":")
                || c == UInt8(ascii: "!") || c == UInt8(ascii: "?") || (c == UInt8(ascii: ")") && !hasParen) {
                e -= 1
            } else { break }
        }
        guard e > pos + 3 else { return false }
        flushText(to: s)
        append(newNode(.bareURL, s, e), to: container)
        pos = e
        textStart = e
        return true
    }
}
