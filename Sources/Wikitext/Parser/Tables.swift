import Glibc

/// Tables: `{|` opens, and lines starting with `|-`, `|+`, `|`, `!` or `|}` (after optional
/// blanks and comments) structure it, like MediaWiki's Parser::handleTables (formerly
/// doTableStuff). `||` (and `!!` on `!` lines) split cells only on the line that opened the
/// cell; the first lone `|` there ends the cell's attributes unless `[[` came before it.
/// `{{!}}` and friends count as the pipes they stand for.
///
/// What MediaWiki does and we follow:
/// - A table with no `|}` is closed at the end of the text handleTables runs over ("Closing
///   open td, tr && table"): the page, or the body of an extension tag such as `<ref>`. Here it
///   closes where its context ends (also at the `}}` or `]]` of a template or link around it)
///   and is flagged `unterminated`.
/// - The preprocessor runs first, so a raw `|` directly inside a template always separates
///   template parameters: no `{|` opens a table there and no `|` line structures one (only
///   `{{!}}`, `{{(!}}` and `!` can). It also removes comments, so `<!-- c -->|}` ends a table.
/// - On a `!` line every `!!` is replaced by `||` before the line is split, so `|!!` reads
///   as `|||`: a cell break, then an empty attribute part.
extension Parser {
    enum TableToken { case none, end, row, caption, cell, headerCell }

    /// The table token at `p` and its length. `rawPipes` is false directly inside a template,
    /// where MediaWiki's preprocessor takes every `|` as a parameter separator.
    @inline(__always)
    func tableToken(at p: Int, limit: Int, rawPipes: Bool = true) -> (TableToken, Int) {
        let b = src[p]
        let c: UInt8 = p + 1 < limit ? src[p + 1] : 0
        if b == UInt8(ascii: "|") {
            guard rawPipes else { return (.none, 0) }
            if c == UInt8(ascii: "}") { return (.end, 2) }
            if c == UInt8(ascii: "+") { return (.caption, 2) }
            if c == UInt8(ascii: "-") { return (.row, 1 + run(of: UInt8(ascii: "-"), at: p + 1, limit: limit)) }
            return (.cell, 1)
        }
        if b == UInt8(ascii: "!") { return (.headerCell, 1) }
        if b == UInt8(ascii: "{") {
            if matches("{{!}}", at: p, limit: limit) {
                let d: UInt8 = p + 5 < limit ? src[p + 5] : 0
                if d == UInt8(ascii: "-") { return (.row, 5 + run(of: d, at: p + 5, limit: limit)) }
                if d == UInt8(ascii: "+") { return (.caption, 6) }
                if d == UInt8(ascii: "}") { return (.end, 6) }  // `{{!}}}` is `|}`
                return (.cell, 5)
            }
            if matches("{{!-}}", at: p, limit: limit) { return (.row, 6) }
            if matches("{{!)}}", at: p, limit: limit) { return (.end, 6) }
        }
        return (.none, 0)
    }

    @inline(__always)
    func run(of byte: UInt8, at p: Int, limit: Int) -> Int {
        var e = p
        while e < limit && src[e] == byte { e += 1 }
        return e - p
    }

    @inline(__always)
    func matches(_ s: StaticString, at p: Int, limit: Int) -> Bool {
        let count = s.utf8CodeUnitCount
        guard p + count <= limit else { return false }
        let bytes = s.utf8Start
        for k in 0..<count where src[p + k] != bytes[k] { return false }
        return true
    }

    /// The length of a table opener at `p`: `{|` (not directly inside a template, where its
    /// `|` separates parameters), `{{(!}}` or `{{{!}}`; 0 if none.
    @inline(__always)
    func tableOpener(at p: Int, limit: Int) -> Int {
        guard p + 1 < limit, src[p] == UInt8(ascii: "{") else { return 0 }
        if src[p + 1] == UInt8(ascii: "|") { return rawPipesAllowed ? 2 : 0 }
        if matches("{{(!}}", at: p, limit: limit) || matches("{{{!}}", at: p, limit: limit) { return 6 }
        return 0
    }

    /// Whether a raw `|` can be table markup here: not when the nearest hard frame is a
    /// template, whose parameters the preprocessor splits at every `|` first.
    @inline(__always)
    var rawPipesAllowed: Bool { stack[nearestHard].kind != .braces }

    /// A table opener at `p` opens a table.
    mutating func openTable(at p: Int) -> Bool {
        let limit = stack.top.limit
        let len = tableOpener(at: p, limit: limit)
        guard len > 0 else { return false }
        let (node, prev) = openConstruct(.table, at: p)
        kinds.tables.append(node)
        let attributes = addFirstChild(.tableAttributes, p + len, p + len, to: node)
        push(.table, node: node, part: attributes, prevLast: prev)
        pos = p + len
        textStart = pos
        return true
    }

    /// A table line at `p` inside the table structure at stack index `s`. Inlined into its
    /// one caller, `lineStart`: most lines of a table are table lines.
    @inline(__always)
    mutating func tableLine(at p: Int, structural s: Int) -> Bool {
        let limit = stack.top.limit
        let (token, len) = tableToken(at: p, limit: limit, rawPipes: rawPipesAllowed)
        if token == .none { return false }
        // What is still open inside the cell ends with the previous line, before its newline.
        let cut = max(lineStartPos - 1, textStart)
        let resume = pos
        pos = cut
        unwind(above: s)
        flushText(to: cut)
        pos = resume
        switch token {
        case .end:
            closeTableParts(at: cut, row: true)
            guard topKind == .table else { return false }
            let f = stack.removeLast()
            settleFixups(from: f.fixups)
            setEnd(f.part, cut)
            setEnd(f.node, p + len)
            pos = p + len
        case .row:
            closeTableParts(at: cut, row: true)
            textStart = p
            let (node, prev) = openConstruct(.tableRow, at: p)
            let attributes = addFirstChild(.tableAttributes, p + len, p + len, to: node)
            push(.tableRow, node: node, part: attributes, prevLast: prev)
            pos = p + len
        case .caption:
            closeTableParts(at: cut, row: true)
            textStart = p
            openCell(.tableCaption, at: p, length: len, header: false, lineEnd: lineEnd(from: p + len, limit: limit))
        case .cell, .headerCell:
            closeTableParts(at: cut, row: false)
            textStart = p
            if topKind == .table {
                let (row, prev) = openConstruct(.tableRow, at: p, flags: NodeFlags.implicit.rawValue)
                push(.tableRow, node: row, part: row, prevLast: prev)
            }
            openCell(.tableCell, at: p, length: len, header: token == .headerCell, lineEnd: lineEnd(from: p + len, limit: limit))
        case .none:
            return false
        }
        textStart = pos
        return true
    }

    /// Closes the open cell, then caption, then (when `row`) row, innermost first, at `end`.
    /// Plain checks, not a list of kinds: an array literal per table line showed in profiles.
    @inline(__always)
    private mutating func closeTableParts(at end: Int, row: Bool) {
        if topKind == .tableCell { closeTablePart(at: end) }
        if topKind == .tableCaption { closeTablePart(at: end) }
        if row && topKind == .tableRow { closeTablePart(at: end) }
    }

    /// Ends the top cell, caption or row at `end`.
    mutating func closeTablePart(at end: Int) {
        flushText(to: max(textStart, min(end, pos)))
        let f = stack.removeLast()
        settleFixups(from: f.fixups)
        let e = max(end, Int(nodes[f.part].start))
        setEnd(f.part, e)
        setEnd(f.node, max(e, Int(nodes[f.node].start)))
        textStart = max(textStart, e)
    }

    /// Ends the table on top of the stack where its context ends, as MediaWiki closes every
    /// table still open at the end of the text; its open cell, caption and row were closed
    /// before it. The node is flagged `unterminated`.
    mutating func closeUnterminatedTable() {
        flushText(to: pos)
        let f = stack.removeLast()
        settleFixups(from: f.fixups)
        if f.part != f.node { setEnd(f.part, pos) }
        setEnd(f.node, pos)
        nodes[f.node].flags |= NodeFlags.unterminated.rawValue
        textStart = pos
    }

    @inline(__always)
    private mutating func openCell(_ kind: FrameKind, at p: Int, length: Int, header: Bool, lineEnd: Int) {
        let nodeKind: NodeKind = kind == .tableCaption ? .tableCaption : .tableCell
        let (node, prev) = openConstruct(nodeKind, at: p, flags: header ? NodeFlags.header.rawValue : 0)
        let content = addFirstChild(.cellContent, p + length, p + length, to: node)
        push(kind, node: node, part: content, prevLast: prev)
        stack.top.header = header
        stack.top.tokenLineEnd = lineEnd
        pos = p + length
        textStart = pos
    }

    @inline(__always)
    func lineEnd(from p: Int, limit: Int) -> Int {
        guard p < limit, let base = src.baseAddress else { return p }
        guard let hit = memchr(base + p, 0x0A, limit - p) else { return limit }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// The cell frame whose token line we are on, if the nearest structure is one.
    @inline(__always)
    private func cellOnTokenLine() -> Int? {
        let i = nearestStructural()
        let k = stack[i].kind
        guard (k == .tableCell || k == .tableCaption), pos < stack[i].tokenLineEnd else { return nil }
        return i
    }

    /// `|`: a template parameter, a link part, or cell markup on a cell's line. Inlined into
    /// the scan loop: most pipes split templates, which then cost one call, not two.
    @inline(__always)
    mutating func pipe() {
        // The preprocessor splits a template at every `|` not inside a link or a nested
        // template, whatever table markup lies between.
        let h = nearestHard
        if stack[h].kind == .braces {
            unwind(above: h)
            newTemplatePart()
            return
        }
        pipeOutsideTemplates()
    }

    /// `|` with no template open up to the nearest link or extension body: a link part, or
    /// cell markup on a cell's line.
    mutating func pipeOutsideTemplates() {
        let i = nearestStructural()
        switch stack[i].kind {
        case .wikilink where i == stack.count - 1:
            newLinkPart()
        case .tableCell, .tableCaption:
            guard let c = cellOnTokenLine() else { pos += 1; return }
            let limit = stack.top.limit
            let isCell = stack[c].kind == .tableCell
            if isCell && pos + 1 < limit && src[pos + 1] == UInt8(ascii: "|") {
                unwind(above: c)
                splitCell(length: 2)
            } else if isCell && matches("{{!}}", at: pos + 1, limit: limit) {
                // `|{{!}}` is `||`.
                unwind(above: c)
                splitCell(length: 6)
            } else if isCell && stack[c].header && matches("!!", at: pos + 1, limit: limit) {
                // On a `!` line `|!!` reads `|||`: `||` ends the cell, and the last `|` ends
                // the next cell's (empty) attributes.
                unwind(above: c)
                splitCell(length: 2)
                attributeSplit(length: 1)
            } else if !stack[c].attrSplit {
                // `| <tt> rowspan=2|text`: MediaWiki splits the raw line, so an HTML tag still
                // open before the pipe is part of the attributes.
                unwind(above: c)
                attributeSplit(length: 1)
            } else {
                pos += 1
            }
        default:
            pos += 1
        }
    }

    /// `!!` on a header line splits header cells.
    mutating func bang() {
        let limit = stack.top.limit
        if pos + 1 < limit && src[pos + 1] == UInt8(ascii: "!"), let c = cellOnTokenLine(),
           stack[c].kind == .tableCell, stack[c].header {
            unwind(above: c)
            splitCell(length: 2)
            return
        }
        pos += 1
    }

    /// `{{!!}}`, `{{!}}{{!}}` and `{{!}}` standing for `||` and `|` on a cell's line.
    mutating func cellSeparatorTemplate() -> Bool {
        guard let c = cellOnTokenLine() else { return false }
        let limit = stack.top.limit
        if stack[c].kind == .tableCell {
            if matches("{{!!}}", at: pos, limit: limit) { unwind(above: c); splitCell(length: 6); return true }
            if matches("{{!}}{{!}}", at: pos, limit: limit) { unwind(above: c); splitCell(length: 10); return true }
            if matches("{{!}}|", at: pos, limit: limit) { unwind(above: c); splitCell(length: 6); return true }
        }
        if matches("{{!}}", at: pos, limit: limit), !stack[c].attrSplit, c == stack.count - 1 {
            attributeSplit(length: 5)
            return true
        }
        return false
    }

    /// Ends the top cell at `pos` and opens the next one on the same line.
    private mutating func splitCell(length: Int) {
        let p = pos
        flushText(to: p)
        let f = stack.removeLast()
        settleFixups(from: f.fixups)
        setEnd(f.part, p)
        setEnd(f.node, p)
        textStart = p
        openCell(.tableCell, at: p, length: length, header: f.header, lineEnd: f.tokenLineEnd)
    }

    /// The first lone `|` on a cell's line: what came before it were attributes, unless it
    /// held `[[` (MediaWiki T2553).
    private mutating func attributeSplit(length: Int) {
        let top = stack.count - 1
        stack[top].attrSplit = true
        let contentStart = Int(nodes[stack[top].part].start)
        if find2(UInt8(ascii: "["), UInt8(ascii: "["), from: contentStart, limit: pos) != nil {
            pos += length
            return
        }
        flushText(to: pos)
        let attributes = stack[top].part
        nodes[attributes].kind = .cellAttributes
        setEnd(attributes, pos)
        let content = addChild(.cellContent, pos + length, pos + length, to: stack[top].node)
        stack[top].part = content
        pos += length
        textStart = pos
    }
}
