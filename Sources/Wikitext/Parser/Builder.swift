/// Arena building: creating nodes, appending children, flushing text, and flattening a
/// construct that failed back into text plus the complete nodes it held.
extension Parser {
    @inline(__always)
    mutating func newNode(_ kind: NodeKind, _ start: Int, _ end: Int, flags: UInt8 = 0, aux: UInt16 = 0) -> Int32 {
        nodes.append(RawNode(kind: kind, start: start, end: end, parent: -1, flags: flags, aux: aux))
        return Int32(nodes.count - 1)
    }

    /// Appends `child` as the last child of `parent`.
    @inline(__always)
    mutating func append(_ child: Int32, to parent: Int32) {
        let last = nodes[Int(parent)].lastChild
        if last < 0 { nodes[Int(parent)].firstChild = child } else { nodes[Int(last)].nextSibling = child }
        nodes[Int(parent)].lastChild = child
        nodes[Int(child)].nextSibling = -1
    }

    /// The container that receives children now.
    var container: Int32 { stack[stack.count - 1].part }

    /// Turns the pending text `textStart..<p` into a text node of the current container.
    @inline(__always)
    mutating func flushText(to p: Int) {
        if p > textStart {
            let t = newNode(.text, textStart, p)
            append(t, to: container)
        }
        textStart = p
    }

    /// Creates a construct node at `start`, appends it to the current container, and returns
    /// it with the container's previous last child (for `Frame.prevLast`).
    mutating func openConstruct(_ kind: NodeKind, at start: Int, flags: UInt8 = 0) -> (node: Int32, prevLast: Int32) {
        flushText(to: start)
        let parent = container
        let prev = nodes[Int(parent)].lastChild
        let node = newNode(kind, start, start, flags: flags)
        append(node, to: parent)
        return (node, prev)
    }

    /// Pushes a frame for `node`, inheriting the current limit.
    mutating func push(_ kind: FrameKind, node: Int32, part: Int32, prevLast: Int32) {
        let limit = stack[stack.count - 1].limit
        pushFrame(Frame(kind: kind, node: node, part: part, prevLast: prevLast, limit: limit))
    }

    /// Pushes a frame, filling in its stack-index shortcuts from the frame below.
    mutating func pushFrame(_ frame: Frame) {
        var f = frame
        let index = stack.count
        if let below = stack.last {
            f.hard = f.kind.isHard ? index : below.hard
            if f.kind.isInline {
                f.structural = below.structural
                let inlineBelow = below.kind.isInline
                let lineBound = f.kind == .heading || f.kind == .externalLink
                f.lineBound = inlineBelow && below.lineBound >= 0 ? below.lineBound : (lineBound ? index : -1)
                f.externalLink = f.kind == .externalLink ? index : (inlineBelow ? below.externalLink : -1)
            } else {
                f.structural = index
            }
        }
        stack.append(f)
    }

    /// Replaces the last child of `parent` (whose predecessor is `prev`) by the list `head…tail`.
    mutating func replaceLastChild(of parent: Int32, prev: Int32, head: Int32, tail: Int32) {
        if head < 0 {
            if prev < 0 { nodes[Int(parent)].firstChild = -1 } else { nodes[Int(prev)].nextSibling = -1 }
            nodes[Int(parent)].lastChild = prev
            return
        }
        if prev < 0 { nodes[Int(parent)].firstChild = head } else { nodes[Int(prev)].nextSibling = head }
        nodes[Int(parent)].lastChild = tail
        nodes[Int(tail)].nextSibling = -1
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
    /// stay linear. Iterative: depth of nesting costs no stack.
    mutating func flatten(_ root: Int32) -> (head: Int32, tail: Int32) {
        var head: Int32 = -1, tail: Int32 = -1
        var work = flattenWork
        flattenWork = []  // keep `work` uniquely referenced: no copy on write
        work.removeAll(keepingCapacity: true)
        work.append((root, nodes[Int(root)].firstChild, Int(nodes[Int(root)].start)))
        while let (node, child, cursor) = work.popLast() {
            if child < 0 {
                let end = Int(nodes[Int(node)].end)
                if end > cursor { link(newNode(.text, cursor, end), &head, &tail) }
                continue
            }
            let start = Int(nodes[Int(child)].start)
            if start > cursor { link(newNode(.text, cursor, start), &head, &tail) }
            let next = nodes[Int(child)].nextSibling
            work.append((node, next, max(cursor, Int(nodes[Int(child)].end))))
            let kind = nodes[Int(child)].kind
            if Parser.isLeafPart(kind) {
                let first = nodes[Int(child)].firstChild, last = nodes[Int(child)].lastChild
                let end = Int(nodes[Int(child)].end)
                if first < 0 {
                    if end > start { link(newNode(.text, start, end), &head, &tail) }
                } else {
                    let firstStart = Int(nodes[Int(first)].start), lastEnd = Int(nodes[Int(last)].end)
                    if firstStart > start { link(newNode(.text, start, firstStart), &head, &tail) }
                    if tail < 0 { head = first } else { nodes[Int(tail)].nextSibling = first }
                    tail = last
                    nodes[Int(last)].nextSibling = -1
                    if end > lastEnd { link(newNode(.text, lastEnd, end), &head, &tail) }
                }
            } else if Parser.isPart(kind) {
                work.append((child, nodes[Int(child)].firstChild, start))
            } else {
                // A failed `[url` leaves a bare URL, unless it was protocol-relative (`//…`).
                if kind == .linkURL { nodes[Int(child)].kind = src[start] == UInt8(ascii: "/") ? .text : .bareURL }
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
        nodes[Int(node)].nextSibling = -1
        if tail < 0 { head = node } else { nodes[Int(tail)].nextSibling = node }
        tail = node
    }

    /// Sets parents, merges adjacent text nodes, and leaves unreachable nodes behind.
    /// Walks from the root with an explicit stack.
    mutating func finishTree() {
        var todo: [Int32] = [0]
        // One pass over the arena through a buffer pointer: no uniqueness or bounds checks
        // per write (this walk touches every node).
        nodes.withUnsafeMutableBufferPointer { arena in
            while let parent = todo.popLast() {
                var child = arena[Int(parent)].firstChild
                var last: Int32 = -1
                while child >= 0 {
                    var next = arena[Int(child)].nextSibling
                    if arena[Int(child)].kind == .text {
                        while next >= 0 && arena[Int(next)].kind == .text && arena[Int(next)].start == arena[Int(child)].end {
                            arena[Int(child)].end = arena[Int(next)].end
                            next = arena[Int(next)].nextSibling
                        }
                        arena[Int(child)].nextSibling = next
                    }
                    arena[Int(child)].parent = parent
                    if arena[Int(child)].firstChild >= 0 { todo.append(child) }
                    last = child
                    child = next
                }
                arena[Int(parent)].lastChild = last
            }
        }
    }
}
