/// Arena building: creating nodes, appending children, flushing text, and flattening a
/// construct that failed back into text plus the complete nodes it held.
///
/// A node gets its parent when it is appended. Lists moved by other means (a failed
/// construct's content, an unclosed tag's body) and texts that may need merging are noted as
/// fix-ups, settled when their container's frame closes (see `Fixups.swift`).
extension Parser {
    /// Creates a node in no list yet.
    @inline(__always)
    mutating func newNode(_ kind: NodeKind, _ start: Int, _ end: Int, flags: UInt8 = 0, aux: UInt16 = 0) -> Int32 {
        nodes.append(RawNode(kind: kind, start: start, end: end, parent: -1, flags: flags, aux: aux))
    }

    /// Creates a node as the last child of `parent`.
    @inline(__always) @discardableResult
    mutating func addChild(_ kind: NodeKind, _ start: Int, _ end: Int, flags: UInt8 = 0, aux: UInt16 = 0,
                           to parent: Int32) -> Int32 {
        let child = nodes.append(RawNode(kind: kind, start: start, end: end, parent: parent, flags: flags, aux: aux))
        let last = nodes[parent].lastChild
        if last < 0 { nodes[parent].firstChild = child } else { nodes[last].nextSibling = child }
        nodes[parent].lastChild = child
        return child
    }

    /// Creates a node as the only child of `parent`, a node just created (so with no children
    /// yet): no last child to read and link.
    @inline(__always) @discardableResult
    mutating func addFirstChild(_ kind: NodeKind, _ start: Int, _ end: Int, to parent: Int32) -> Int32 {
        let child = nodes.append(RawNode(kind: kind, start: start, end: end, parent: parent))
        nodes[parent].firstChild = child
        nodes[parent].lastChild = child
        return child
    }

    /// Appends `child` as the last child of `parent`.
    @inline(__always)
    mutating func append(_ child: Int32, to parent: Int32) {
        let last = nodes[parent].lastChild
        if last < 0 { nodes[parent].firstChild = child } else { nodes[last].nextSibling = child }
        nodes[parent].lastChild = child
        nodes[child].nextSibling = -1
        nodes[child].parent = parent
    }

    /// The container that receives children now.
    @inline(__always)
    var container: Int32 { stack.top.part }

    /// Turns the pending text `textStart..<p` into a text node of the current container.
    @inline(__always)
    mutating func flushText(to p: Int) {
        if p > textStart {
            let c = container
            let last = nodes[c].lastChild
            let t = addChild(.text, textStart, p, to: c)
            // Two texts in a row are merged later: merging now would change what a template
            // name check sees (it reads at most 1 KB per text node).
            if last >= 0 && nodes[last].kind == .text && Int(nodes[last].end) == textStart {
                noteFixup(in: c, after: last, through: t)
            }
        }
        textStart = p
    }

    /// Creates a construct node at `start`, appends it to the current container, and returns
    /// it with the container's previous last child (for `Frame.prevLast`).
    @inline(__always)
    mutating func openConstruct(_ kind: NodeKind, at start: Int, flags: UInt8 = 0) -> (node: Int32, prevLast: Int32) {
        flushText(to: start)
        let parent = container
        let prev = nodes[parent].lastChild
        let node = addChild(kind, start, start, flags: flags, to: parent)
        return (node, prev)
    }

    /// Pushes a frame for `node`, inheriting the current limit.
    @inline(__always)
    mutating func push(_ kind: FrameKind, node: Int32, part: Int32, prevLast: Int32) {
        pushFrame(kind, node: node, part: part, prevLast: prevLast, limit: stack.top.limit)
    }

    /// Pushes a frame, filling in its stack-index shortcuts from the frame below. The frame is
    /// built in place: a whole `Frame` is large enough that copying it shows in profiles.
    @inline(__always)
    mutating func pushFrame(_ kind: FrameKind, node: Int32, part: Int32, prevLast: Int32, limit: Int) {
        let index = stack.count
        stack.append(Frame(kind: kind, node: node, part: part, prevLast: prevLast, limit: limit, fixups: fixups.count))
        guard index > 0 else { return }
        let below = index - 1
        stack.top.hard = kind.isHard ? index : stack[below].hard
        if kind.isInline {
            stack.top.structural = stack[below].structural
            let inlineBelow = stack[below].kind.isInline
            let lineBound = kind == .heading || kind == .externalLink
            stack.top.lineBound = inlineBelow && stack[below].lineBound >= 0
                ? stack[below].lineBound : (lineBound ? index : -1)
            stack.top.externalLink = kind == .externalLink ? index : (inlineBelow ? stack[below].externalLink : -1)
        } else {
            stack.top.structural = index
        }
    }

    /// Replaces the last child of `parent`, the top frame's container (whose predecessor is
    /// `prev`), by the list `head…tail`, noting the list for a fix-up.
    mutating func replaceLastChild(of parent: Int32, prev: Int32, head: Int32, tail: Int32) {
        if head < 0 {
            if prev < 0 { nodes[parent].firstChild = -1 } else { nodes[prev].nextSibling = -1 }
            nodes[parent].lastChild = prev
            return
        }
        if prev < 0 { nodes[parent].firstChild = head } else { nodes[prev].nextSibling = head }
        nodes[parent].lastChild = tail
        nodes[tail].nextSibling = -1
        noteFixup(in: parent, after: prev, through: tail)
    }

    /// Parts that exist only inside their construct; a failed construct dissolves them.
    static func isPart(_ kind: NodeKind) -> Bool {
        switch kind {
        case .templateName, .parameter, .parameterName, .parameterValue, .argumentName, .argumentDefault,
             .linkTarget, .linkLabel, .headingTitle, .tableAttributes, .tableCaption, .tableRow,
             .tableCell, .cellAttributes, .cellContent, .tableFostered:
            return true
        default:
            return false
        }
    }

    /// Dissolves `root` and its parts into a list of text nodes (for its delimiters) and the
    /// complete nodes it held, in source order. Parts whose content is contiguous text and
    /// nodes are spliced whole, so dissolving costs O(parts), not O(content): nested failures
    /// stay linear. Iterative: depth of nesting costs no stack. The parts lose their parent
    /// (they leave the tree); the list's nodes get theirs when the caller's fix-up settles.
    mutating func flatten(_ root: Int32) -> (head: Int32, tail: Int32) {
        var head: Int32 = -1, tail: Int32 = -1
        var work = flattenWork
        flattenWork = []  // keep `work` uniquely referenced: no copy on write
        work.removeAll(keepingCapacity: true)
        work.append((root, nodes[root].firstChild, Int(nodes[root].start)))
        while let (node, child, cursor) = work.popLast() {
            if child < 0 {
                let end = Int(nodes[node].end)
                if end > cursor { link(newNode(.text, cursor, end), &head, &tail) }
                continue
            }
            let start = Int(nodes[child].start)
            if start > cursor { link(newNode(.text, cursor, start), &head, &tail) }
            let next = nodes[child].nextSibling
            work.append((node, next, max(cursor, Int(nodes[child].end))))
            let kind = nodes[child].kind
            if Parser.isPart(kind) { nodes[child].parent = -1 }
            if Parser.isLeafPart(kind) {
                let first = nodes[child].firstChild, last = nodes[child].lastChild
                let end = Int(nodes[child].end)
                if first < 0 {
                    if end > start { link(newNode(.text, start, end), &head, &tail) }
                } else {
                    let firstStart = Int(nodes[first].start), lastEnd = Int(nodes[last].end)
                    if firstStart > start { link(newNode(.text, start, firstStart), &head, &tail) }
                    if tail < 0 { head = first } else { nodes[tail].nextSibling = first }
                    tail = last
                    nodes[last].nextSibling = -1
                    if end > lastEnd { link(newNode(.text, lastEnd, end), &head, &tail) }
                }
            } else if Parser.isPart(kind) {
                work.append((child, nodes[child].firstChild, start))
            } else {
                // A failed `[url` leaves a bare URL, unless it was protocol-relative (`//…`).
                if kind == .linkURL { nodes[child].kind = src[start] == UInt8(ascii: "/") ? .text : .bareURL }
                link(child, &head, &tail)
            }
        }
        flattenWork = work
        return (head, tail)
    }

    /// Parts whose children are never parts, and whose content is contiguous.
    static func isLeafPart(_ kind: NodeKind) -> Bool {
        switch kind {
        case .templateName, .parameterName, .parameterValue, .argumentName, .argumentDefault, .linkTarget,
             .linkLabel, .headingTitle, .tableAttributes, .cellAttributes, .cellContent, .tableFostered:
            return true
        default:
            return false
        }
    }

    @inline(__always)
    private mutating func link(_ node: Int32, _ head: inout Int32, _ tail: inout Int32) {
        nodes[node].nextSibling = -1
        if tail < 0 { head = node } else { nodes[tail].nextSibling = node }
        tail = node
    }
}
