import Glibc

/// Comments, HTML tags and extension tags.
///
/// Extension tags (`<ref>`, `<nowiki>` …) are matched as MediaWiki's preprocessor does: the
/// first `</name>` after the opening tag ends the body, and a tag with no closing tag is text.
/// Opaque bodies (`nowiki`, `pre`, `math` …) stay one text node; other bodies are parsed as
/// wikitext within their bounds. HTML tags (`<span>`) pair with their closing tag when one
/// comes; otherwise they stand alone, flagged `unclosed`.
extension Parser {
    mutating func lessThan() {
        let limit = stack.top.limit
        guard pos + 1 < limit else { pos += 1; return }
        let next = src[pos + 1]
        if next == UInt8(ascii: "!") && pos + 3 < limit && src[pos + 2] == UInt8(ascii: "-") && src[pos + 3] == UInt8(ascii: "-") {
            comment(limit: limit)
        } else if next == UInt8(ascii: "/") {
            closingTag(limit: limit)
        } else if ByteClass.isLetter(next) {
            openingTag(limit: limit)
        } else {
            pos += 1
        }
    }

    private mutating func comment(limit: Int) {
        let start = pos
        flushText(to: start)
        if let close = find3(UInt8(ascii: "-"), UInt8(ascii: "-"), UInt8(ascii: ">"), from: start + 4, limit: limit) {
            addChild(.comment, start, close + 3, to: container)
            pos = close + 3
            extendCellLine(over: start)
        } else {
            addChild(.comment, start, limit, flags: NodeFlags.unterminated.rawValue, to: container)
            pos = limit
        }
        textStart = pos
    }

    /// The first `a b c` in `from..<limit`, found with memchr.
    @inline(__always)
    func find3(_ a: UInt8, _ b: UInt8, _ c: UInt8, from: Int, limit: Int) -> Int? {
        guard let base = src.baseAddress else { return nil }
        var i = from
        while i + 2 < limit {
            guard let hit = memchr(base + i, Int32(a), limit - i - 2) else { return nil }
            let j = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if src[j + 1] == b && src[j + 2] == c { return j }
            i = j + 1
        }
        return nil
    }

    /// Reads a tag name at `p` and looks it up.
    @inline(__always)
    private func tagName(at p: Int, limit: Int) -> (info: TagInfo, end: Int)? {
        var e = p
        while e < limit && ByteClass.isAlnum(src[e]) && e - p < 24 { e += 1 }
        guard e > p, e - p < 24, let info = TagTable.lookup(tagSlots, src, p, e) else { return nil }
        return (info, e)
    }

    private mutating func openingTag(limit: Int) {
        guard let (info, nameEnd) = tagName(at: pos + 1, limit: limit), nameEnd < limit else { pos += 1; return }
        let after = src[nameEnd]
        guard ByteClass.isSpace(after) || after == UInt8(ascii: ">") || after == UInt8(ascii: "/") else { pos += 1; return }
        guard let gt = greaterThan(from: nameEnd, limit: limit), gt - pos < 8192 else { pos += 1; return }
        let selfClosing = src[gt - 1] == UInt8(ascii: "/") && gt - 1 >= nameEnd
        let attrsEnd = selfClosing ? gt - 1 : gt
        let tagEnd = gt + 1
        if selfClosing || info.kind == .void {
            let (node, _) = openConstruct(.tag, at: pos, flags: NodeFlags.selfClosing.rawValue)
            _ = parseAttributes(from: nameEnd, to: attrsEnd, into: node)
            setEnd(node, tagEnd)
            pos = tagEnd
            textStart = pos
            return
        }
        if info.kind == .html {
            let (node, prev) = openConstruct(.tag, at: pos)
            let lastAttribute = parseAttributes(from: nameEnd, to: attrsEnd, into: node)
            let body = addChild(.tagBody, tagEnd, tagEnd, to: node)
            push(.htmlTag, node: node, part: body, prevLast: prev)
            stack.top.tag = info.id
            stack.top.bodyPrev = lastAttribute
            pos = tagEnd
            textStart = pos
            return
        }
        var close = findClosingTag(info, nameLength: nameEnd - pos - 1, from: tagEnd, limit: limit)
        if close == nil && info.kind == .extensionMissingEndOK { close = (limit, limit) }
        guard let (closeStart, closeEnd) = close else {
            pos = tagEnd  // No closing tag: the opening tag is text.
            return
        }
        let opaque = info.kind == .extensionOpaque
        let (node, prev) = openConstruct(.tag, at: pos, flags: opaque ? NodeFlags.opaque.rawValue : 0)
        _ = parseAttributes(from: nameEnd, to: attrsEnd, into: node)
        let body = addChild(.tagBody, tagEnd, closeStart, to: node)
        if opaque {
            if closeStart > tagEnd { addChild(.text, tagEnd, closeStart, to: body) }
            setEnd(node, closeEnd)
            pos = closeEnd
            textStart = pos
            extendCellLine(over: Int(nodes[node].start))
            return
        }
        pushFrame(.extensionBody, node: node, part: body, prevLast: prev, limit: closeStart)
        stack.top.closeEnd = closeEnd
        pos = tagEnd
        textStart = pos
    }

    /// The end of a parsed extension body: the frame's limit was reached.
    mutating func finishExtensionBody() {
        flushText(to: pos)
        let f = stack.removeLast()
        settleFixups(from: f.fixups)
        setEnd(f.part, pos)
        setEnd(f.node, f.closeEnd)
        pos = f.closeEnd
        textStart = pos
        extendCellLine(over: Int(nodes[f.node].start))
    }

    /// MediaWiki hides extension tags and comments before it builds tables, so a cell's line
    /// goes on after a `<ref>` or comment that spans lines: `||` after it still splits cells.
    mutating func extendCellLine(over start: Int) {
        let c = nearestStructural()
        guard stack[c].kind == .tableCell || stack[c].kind == .tableCaption,
              start < stack[c].tokenLineEnd, pos > stack[c].tokenLineEnd else { return }
        stack[c].tokenLineEnd = lineEnd(from: pos, limit: stack[c].limit)
    }

    private mutating func closingTag(limit: Int) {
        guard let (info, nameEnd) = tagName(at: pos + 2, limit: limit) else { pos += 1; return }
        var e = nameEnd
        while e < limit && ByteClass.isSpace(src[e]) && e - nameEnd < 64 { e += 1 }
        guard e < limit, src[e] == UInt8(ascii: ">") else { pos += 1; return }
        let closeEnd = e + 1
        if info.kind == .void {  // `</br>` is read as `<br>`
            let (node, _) = openConstruct(.tag, at: pos, flags: NodeFlags.selfClosing.rawValue)
            setEnd(node, closeEnd)
            pos = closeEnd
            textStart = pos
            return
        }
        // Look a bounded way down for the matching tag, so stray closers cost O(1).
        var i = stack.count - 1
        while i > 0 && stack[i].kind.isInline && stack.count - i <= 64 {
            if stack[i].kind == .htmlTag && stack[i].tag == info.id {
                unwind(above: i)
                flushText(to: pos)
                let f = stack.removeLast()
                settleFixups(from: f.fixups)
                setEnd(f.part, pos)
                setEnd(f.node, closeEnd)
                pos = closeEnd
                textStart = pos
                return
            }
            i -= 1
        }
        let (node, _) = openConstruct(.tag, at: pos, flags: NodeFlags.closingOnly.rawValue)
        setEnd(node, closeEnd)
        pos = closeEnd
        textStart = pos
    }

    /// An HTML tag whose closing tag did not come: it keeps its opening tag, and its body's
    /// content moves after it.
    mutating func leaveTagUnclosed() {
        let f = stack.removeLast()
        dropFixups(from: f.fixups)
        let tag = f.node, body = f.part
        nodes[body].parent = -1
        let bodyStart = Int(nodes[body].start)
        if f.bodyPrev < 0 { nodes[tag].firstChild = -1 } else { nodes[f.bodyPrev].nextSibling = -1 }
        nodes[tag].lastChild = f.bodyPrev
        setEnd(tag, bodyStart)
        nodes[tag].flags |= NodeFlags.unclosed.rawValue
        let parent = stack.top.part
        let (first, last) = wrapIfFostered(parent: parent, head: nodes[body].firstChild, tail: nodes[body].lastChild)
        if first >= 0 {
            nodes[tag].nextSibling = first
            nodes[parent].lastChild = last
            nodes[last].nextSibling = -1
            noteFixup(in: parent, after: tag, through: last)
        }
        textStart = pos
    }

    /// The first `>` at or after `from`, remembered so that many unclosed `<tag` stay linear.
    private mutating func greaterThan(from: Int, limit: Int) -> Int? {
        if nextGreaterThan >= from {
            return nextGreaterThan < limit ? nextGreaterThan : nil
        }
        guard let base = src.baseAddress, from < n,
              let hit = memchr(base + from, Int32(UInt8(ascii: ">")), n - from) else {
            nextGreaterThan = Int.max
            return nil
        }
        nextGreaterThan = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        return nextGreaterThan < limit ? nextGreaterThan : nil
    }

    /// The first `</name\s*>` (any case) in `from..<limit`, with a cache per tag name.
    private mutating func findClosingTag(_ info: TagInfo, nameLength: Int, from: Int, limit: Int) -> (Int, Int)? {
        if closeTagCache.isEmpty { closeTagCache = Array(repeating: nil, count: TagNames.infos.count) }
        if let c = closeTagCache[info.id], c.from <= from {
            if c.start >= from { return c.end <= limit ? (c.start, c.end) : nil }
            if c.start < 0 && limit <= c.limit { return nil }
        }
        let nameStart = pos + 1
        var i = from
        var found: (Int, Int)? = nil
        while let lt = find2(UInt8(ascii: "<"), UInt8(ascii: "/"), from: i, limit: limit) {
            var k = 0
            let s = lt + 2
            while k < nameLength && s + k < limit && ByteClass.lower(src[s + k]) == ByteClass.lower(src[nameStart + k]) { k += 1 }
            if k == nameLength {
                var e = s + k
                while e < limit && ByteClass.isSpace(src[e]) { e += 1 }
                if e < limit && src[e] == UInt8(ascii: ">") { found = (lt, e + 1); break }
            }
            i = lt + 2
        }
        closeTagCache[info.id] = CloseTagSearch(from: from, limit: limit, start: found?.0 ?? -1, end: found?.1 ?? -1)
        return found
    }

    @inline(__always)
    func find2(_ a: UInt8, _ b: UInt8, from: Int, limit: Int) -> Int? {
        guard let base = src.baseAddress else { return nil }
        var i = from
        while i + 1 < limit {
            guard let hit = memchr(base + i, Int32(a), limit - i - 1) else { return nil }
            let j = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if src[j + 1] == b { return j }
            i = j + 1
        }
        return nil
    }

    /// Parses `name="v" name='v' name=v name` leniently into `tagAttribute` nodes; junk is
    /// kept as attribute names. Returns the last attribute created, or -1.
    mutating func parseAttributes(from a: Int, to b: Int, into tag: Int32) -> Int32 {
        var last: Int32 = -1
        var p = a
        while p < b {
            while p < b && (ByteClass.isSpace(src[p]) || src[p] == UInt8(ascii: "/")) { p += 1 }
            guard p < b else { break }
            let nameStart = p
            while p < b && !ByteClass.isSpace(src[p]) && (src[p] != UInt8(ascii: "=") || p == nameStart) { p += 1 }
            let nameEnd = p
            var q = p
            while q < b && ByteClass.isSpace(src[q]) { q += 1 }
            let attribute: Int32
            if q < b && src[q] == UInt8(ascii: "=") && nameEnd > nameStart && src[nameStart] != UInt8(ascii: "=") {
                q += 1
                while q < b && ByteClass.isSpace(src[q]) { q += 1 }
                var valueStart = q, valueEnd = q, end = q
                if q < b && (src[q] == UInt8(ascii: "\"") || src[q] == UInt8(ascii: "'")) {
                    let quote = src[q]
                    valueStart = q + 1
                    valueEnd = valueStart
                    while valueEnd < b && src[valueEnd] != quote { valueEnd += 1 }
                    end = valueEnd < b ? valueEnd + 1 : b
                } else {
                    while valueEnd < b && !ByteClass.isSpace(src[valueEnd]) { valueEnd += 1 }
                    end = valueEnd
                }
                attribute = newNode(.tagAttribute, nameStart, end)
                addChild(.attributeName, nameStart, nameEnd, to: attribute)
                addChild(.attributeValue, valueStart, valueEnd, to: attribute)
                p = end
            } else {
                attribute = newNode(.tagAttribute, nameStart, nameEnd)
                addChild(.attributeName, nameStart, nameEnd, to: attribute)
            }
            append(attribute, to: tag)
            last = attribute
        }
        return last
    }
}
