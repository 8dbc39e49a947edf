/// What only the start of a line can begin: table lines, `{|`, headings, list prefixes and
/// horizontal rules; and what the end of a line ends: headings, external links, and the
/// attributes of a table or row.
extension Parser {
    /// Opens what a line starts, if anything. Called at the start of a line whose first byte is
    /// in `ByteClass.lineOpenerTable` (the others can open nothing; tests that turn the gate
    /// off call it on every line).
    mutating func lineStart() {
        let limit = stack.top.limit
        lineStartPos = pos
        var p = pos
        while p < limit && ByteClass.isBlank(src[p]) { p += 1 }
        guard p < limit else { return }
        let s = nearestStructural()
        let inTable = stack[s].kind.isTable
        if src[p] == UInt8(ascii: "<") { p = tableMarkupAfterComments(at: p, inTable: inTable, limit: limit) }
        if inTable && tableLine(at: p, structural: s) { return }
        // Only `{` can open a table (`{|`, `{{(!}}`, `{{{!}}`): other lines skip the call.
        if src[p] == UInt8(ascii: "{") && openTable(at: p) { return }
        switch src[pos] {
        case UInt8(ascii: "="):
            // A lone `=` at the start of a line inside a template part that has no `=` yet
            // names the parameter rather than opening a heading (MediaWiki's preprocessor does
            // the same, "DWIM").
            if inUnnamedParameter && run(of: UInt8(ascii: "="), at: pos, limit: limit) == 1 {
                return
            }
            openHeading(limit: limit)
        case UInt8(ascii: "*"), UInt8(ascii: "#"), UInt8(ascii: ":"), UInt8(ascii: ";"):
            listMarkers(limit: limit)
        case UInt8(ascii: "-"):
            let r = run(of: UInt8(ascii: "-"), at: pos, limit: limit)
            guard r >= 4 else { return }
            flushText(to: pos)
            addChild(.horizontalRule, pos, pos + r, to: container)
            pos += r
            textStart = pos
        default:
            break
        }
    }

    /// MediaWiki removes comments before it builds tables, so table markup may follow
    /// comments (and blanks) at the start of a line: `<!-- c -->|}`. When it does, the
    /// comments become nodes of what is open (the previous cell, say) and the markup's position
    /// is returned; otherwise `p`, and nothing is consumed. Each comment is scanned at most
    /// twice (here and when parsed normally), so this stays linear.
    private mutating func tableMarkupAfterComments(at p: Int, inTable: Bool, limit: Int) -> Int {
        var q = p
        var comments: [(Int, Int)] = []
        while q + 3 < limit && src[q] == UInt8(ascii: "<") && src[q + 1] == UInt8(ascii: "!")
                && src[q + 2] == UInt8(ascii: "-") && src[q + 3] == UInt8(ascii: "-") {
            guard let close = find3(UInt8(ascii: "-"), UInt8(ascii: "-"), UInt8(ascii: ">"), from: q + 4, limit: limit) else { return p }
            comments.append((q, close + 3))
            q = close + 3
            while q < limit && ByteClass.isBlank(src[q]) { q += 1 }
        }
        guard !comments.isEmpty, q < limit else { return p }
        let isMarkup = (inTable && tableToken(at: q, limit: limit, rawPipes: rawPipesAllowed).0 != .none)
            || tableOpener(at: q, limit: limit) > 0
        guard isMarkup else { return p }
        for (start, end) in comments {
            flushText(to: start)
            addChild(.comment, start, end, to: container)
            textStart = end
        }
        pos = q
        return q
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
        addChild(.listMarker, pos, e, aux: UInt16(min(e - pos, Int(UInt16.max))), to: container)
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
        let title = addFirstChild(.headingTitle, pos + r, pos + r, to: node)
        push(.heading, node: node, part: title, prevLast: prev)
        stack.top.tag = r
        pos += r
        textStart = pos
    }

    /// Inlined into the scan loop (once per line), where the line start it makes due is
    /// checked right after.
    @inline(__always)
    mutating func newline() {
        // External links and headings end with their line.
        let deepest = stack.top.lineBound
        if deepest > 0 {
            while stack.count > deepest { failTop() }
        }
        // A link target cannot hold a line break: `[[` still in its target here never closes
        // as a link, and keeping it open would swallow the table lines that follow.
        if topKind == .wikilink && stack.top.partIndex == 0 { dissolveTop() }
        // The attributes of a table or row end with their line; tags left open there stay unclosed.
        let s = nearestStructural()
        if (stack[s].kind == .table || stack[s].kind == .tableRow) && stack[s].part != stack[s].node {
            unwind(above: s)
            flushText(to: pos)
            setEnd(stack[s].part, pos)
            stack[s].part = stack[s].node
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
        let start = Int(nodes[node].start)
        let titleStart = Int(nodes[title].start)
        setEnd(title, pos)
        // Skip trailing blanks and comments, reading bytes: an invalid heading must cost
        // O(1) to dissolve, or headings nested through templates would go quadratic.
        var e = pos
        while true {
            while e > titleStart && ByteClass.isBlank(src[e - 1]) { e -= 1 }
            guard e - 3 >= titleStart, src[e - 1] == UInt8(ascii: ">"), src[e - 2] == UInt8(ascii: "-"),
                  src[e - 3] == UInt8(ascii: "-"), let open = commentStart(before: e - 3, notBefore: titleStart) else { break }
            e = open
        }
        var close = 0
        while e - close > titleStart && src[e - close - 1] == UInt8(ascii: "=") { close += 1 }
        guard close >= 1, headingEndIsPlain(title: title, closeRunEnd: e) else {
            dissolveTop()
            return
        }
        settleFixups(from: stack[top].fixups)
        let level = min(open, close, 6)
        let newStart = start + level, newEnd = e - level
        restructureHeading(node: node, title: title, titleStart: newStart, titleEnd: newEnd, openEnd: titleStart)
        nodes[node].aux = UInt16(level)
        setEnd(node, pos)
        stack.removeLast()
        textStart = pos
    }

    /// Checks what the byte scan found: the last `=` lies in a text child, and after it come
    /// only comment children and blanks (not, say, a `<ref>` holding a comment).
    @inline(__always)
    private func headingEndIsPlain(title: Int32, closeRunEnd e: Int) -> Bool {
        var child = nodes[title].firstChild
        var sawRun = false
        while child >= 0 {
            let c = nodes[child]
            let s = Int(c.start), end = Int(c.end)
            if s < e && end >= e {
                guard c.kind == .text else { return false }
                sawRun = true
                for i in e..<end where !ByteClass.isBlank(src[i]) { return false }
            } else if s >= e {
                if c.kind == .comment { /* trailing comment */ }
                else if c.kind == .text { for i in s..<end where !ByteClass.isBlank(src[i]) { return false } }
                else { return false }
            }
            child = c.nextSibling
        }
        return sawRun
    }

    /// The `<!--` that opens a comment ending just before `end`, looking back a bounded way.
    @inline(__always)
    private func commentStart(before end: Int, notBefore floor: Int) -> Int? {
        var i = end - 4
        let stop = max(floor, end - 4096)
        while i >= stop {
            if src[i] == UInt8(ascii: "<") && src[i + 1] == UInt8(ascii: "!") && src[i + 2] == UInt8(ascii: "-")
                && src[i + 3] == UInt8(ascii: "-") { return i }
            i -= 1
        }
        return nil
    }

    /// Narrows the title to `titleStart..<titleEnd`: `=` beyond the level go back into the
    /// title, the closing run becomes delimiter, and comments after it move to the heading.
    private mutating func restructureHeading(node: Int32, title: Int32, titleStart: Int, titleEnd: Int, openEnd: Int) {
        // Children are relinked in one walk (no lists): the title's children are in source
        // order, so those it keeps come first; comments after it go to the heading.
        var child = nodes[title].firstChild
        nodes[title].start = UInt32(titleStart)
        setEnd(title, max(titleStart, titleEnd))
        nodes[title].firstChild = -1
        nodes[title].lastChild = -1
        nodes[node].firstChild = -1
        nodes[node].lastChild = -1
        append(title, to: node)
        var keptAny = false
        while child >= 0 {
            let next = nodes[child].nextSibling
            let s = Int(nodes[child].start), e = Int(nodes[child].end)
            if s < titleEnd {
                if e > titleEnd { setEnd(child, titleEnd) }
                if !keptAny && openEnd > titleStart {
                    // The surplus `=` of the opening run joins the first text, or becomes one.
                    if nodes[child].kind == .text && s == openEnd {
                        nodes[child].start = UInt32(titleStart)
                    } else {
                        append(newNode(.text, titleStart, openEnd), to: title)
                    }
                }
                keptAny = true
                append(child, to: title)
            } else if nodes[child].kind == .comment {
                append(child, to: node)
            } else {
                leaveTree(child)
            }
            child = next
        }
        if !keptAny && openEnd > titleStart { append(newNode(.text, titleStart, openEnd), to: title) }
    }
}
