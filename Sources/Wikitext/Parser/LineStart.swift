/// What only the start of a line can begin: table lines, `{|`, headings, list prefixes and
/// horizontal rules; and what the end of a line ends: headings, external links, and the
/// attributes of a table or row.
extension Parser {
    /// Called once at the start of each line. Returns true when it consumed something.
    mutating func lineStart() -> Bool {
        let limit = stack[stack.count - 1].limit
        lineStartPos = pos
        var p = pos
        while p < limit && ByteClass.isBlank(src[p]) { p += 1 }
        guard p < limit else { return false }
        let s = nearestStructural()
        if stack[s].kind.isTable && tableLine(at: p, structural: s) { return true }
        if openTable(at: p) { return true }
        switch src[pos] {
        case UInt8(ascii: "="):
            openHeading(limit: limit)
            return true
        case UInt8(ascii: "*"), UInt8(ascii: "#"), UInt8(ascii: ":"), UInt8(ascii: ";"):
            listMarkers(limit: limit)
            return true
        case UInt8(ascii: "-"):
            let r = run(of: UInt8(ascii: "-"), at: pos, limit: limit)
            guard r >= 4 else { return false }
            flushText(to: pos)
            append(newNode(.horizontalRule, pos, pos + r), to: container)
            pos += r
            textStart = pos
            return true
        default:
            return false
        }
    }

    private mutating func listMarkers(limit: Int) {
        var e = pos
        var definition = false
        while e < limit {
            let b = src[e]
            guard b == UInt8(ascii: "*") || b == UInt8(ascii: "#") || b == UInt8(ascii: ":") || b == UInt8(ascii: ";") else { break }
            if b == UInt8(ascii: ";") { definition = true }
            e += 1
        }
        flushText(to: pos)
        append(newNode(.listMarker, pos, e, aux: UInt16(min(e - pos, Int(UInt16.max)))), to: container)
        pos = e
        textStart = e
        if definition {
            definitionLine = true
            definitionDepth = stack.count
        }
        // An indented table: `:{|`.
        var p = e
        while p < limit && ByteClass.isBlank(src[p]) { p += 1 }
        if p < limit { _ = openTable(at: p) }
    }

    private mutating func openHeading(limit: Int) {
        let r = run(of: UInt8(ascii: "="), at: pos, limit: limit)
        let (node, prev) = openConstruct(.heading, at: pos)
        let title = newNode(.headingTitle, pos + r, pos + r)
        append(title, to: node)
        push(.heading, node: node, part: title, prevLast: prev)
        stack[stack.count - 1].tag = r
        pos += r
        textStart = pos
    }

    mutating func newline() {
        // External links and headings end with their line.
        var i = stack.count - 1
        var deepest = -1
        while i > 0 && stack[i].kind.isInline {
            if stack[i].kind != .htmlTag { deepest = i }
            i -= 1
        }
        if deepest > 0 {
            while stack.count > deepest { failTop() }
        }
        let top = stack.count - 1
        if (stack[top].kind == .table || stack[top].kind == .tableRow) && stack[top].part != stack[top].node {
            flushText(to: pos)
            setEnd(stack[top].part, pos)
            stack[top].part = stack[top].node
            textStart = pos
        }
        definitionLine = false
        pos += 1
        atLineStart = true
    }

    /// Ends the heading on top of the stack at `pos`: valid when its line ends with `=`
    /// (blanks and comments may follow), else it dissolves into text.
    mutating func closeHeading() {
        flushText(to: pos)
        let top = stack.count - 1
        let node = stack[top].node, title = stack[top].part, open = stack[top].tag
        let start = Int(nodes[Int(node)].start)
        let titleStart = Int(nodes[Int(title)].start)
        setEnd(title, pos)
        // Skip trailing blanks and comments.
        var e = pos
        var trimming = true
        while trimming {
            trimming = false
            while e > titleStart && ByteClass.isBlank(src[e - 1]) { e -= 1 }
            var child = nodes[Int(title)].firstChild
            while child >= 0 {
                if nodes[Int(child)].kind == .comment && Int(nodes[Int(child)].end) == e && Int(nodes[Int(child)].start) < e {
                    e = Int(nodes[Int(child)].start)
                    trimming = true
                    break
                }
                child = nodes[Int(child)].nextSibling
            }
        }
        var close = 0
        while e - close > titleStart && src[e - close - 1] == UInt8(ascii: "=") { close += 1 }
        guard close >= 1, textChildContains(title, e - 1) else {
            dissolveTop()
            return
        }
        let level = min(open, close, 6)
        let newStart = start + level, newEnd = e - level
        restructureHeading(node: node, title: title, titleStart: newStart, titleEnd: newEnd, openEnd: titleStart)
        nodes[Int(node)].aux = UInt16(level)
        setEnd(node, pos)
        stack.removeLast()
        textStart = pos
    }

    private func textChildContains(_ parent: Int32, _ offset: Int) -> Bool {
        var child = nodes[Int(parent)].firstChild
        while child >= 0 {
            let c = nodes[Int(child)]
            if Int(c.start) <= offset && offset < Int(c.end) { return c.kind == .text }
            child = c.nextSibling
        }
        return false
    }

    /// Narrows the title to `titleStart..<titleEnd`: `=` beyond the level go back into the
    /// title, the closing run becomes delimiter, and comments after it move to the heading.
    private mutating func restructureHeading(node: Int32, title: Int32, titleStart: Int, titleEnd: Int, openEnd: Int) {
        var kept: [Int32] = []
        var after: [Int32] = []
        var child = nodes[Int(title)].firstChild
        while child >= 0 {
            let next = nodes[Int(child)].nextSibling
            let s = Int(nodes[Int(child)].start), e = Int(nodes[Int(child)].end)
            if s < titleEnd {
                if e > titleEnd { setEnd(child, titleEnd) }
                kept.append(child)
            } else if nodes[Int(child)].kind == .comment {
                after.append(child)
            }
            child = next
        }
        if openEnd > titleStart {
            if let first = kept.first, nodes[Int(first)].kind == .text, Int(nodes[Int(first)].start) == openEnd {
                nodes[Int(first)].start = UInt32(titleStart)
            } else {
                kept.insert(newNode(.text, titleStart, openEnd), at: 0)
            }
        }
        nodes[Int(title)].start = UInt32(titleStart)
        setEnd(title, max(titleStart, titleEnd))
        nodes[Int(title)].firstChild = -1
        nodes[Int(title)].lastChild = -1
        for k in kept { append(k, to: title) }
        nodes[Int(node)].firstChild = -1
        nodes[Int(node)].lastChild = -1
        append(title, to: node)
        for a in after { append(a, to: node) }
    }
}
