extension WikitextDocument {
    /// The ids of every node of `kind` below `root` (the whole page by default), in source
    /// order, found by walking the arena without creating node views: the cheap way for an
    /// extractor to find its few tables or templates among a page's many nodes.
    public func ids(of kind: NodeKind, below root: Int32 = 0) -> [Int32] {
        var found: [Int32] = []
        if root == 0 {
            // The parser noted these: no scan.
            if kind == .template { return kinds.templates }
            if kind == .table { return kinds.tables }
            // The whole page: a sequential scan of the arena beats chasing links. Nodes that left
            // the tree (a failed construct's parts, texts merged into the text before them) have
            // no parent; skip them. Constructs are created when they open, so (start, id) order
            // is source pre-order.
            let arena = nodes
            for i in 1..<max(arena.count, 1) where arena[i].kind == kind && arena[i].parent >= 0 {
                found.append(Int32(i))
            }
            return ParsedKinds.sourceOrdered(found, arena)
        }
        walk(below: root) { id, raw in
            if raw.kind == kind { found.append(id) }
            return true
        }
        return found
    }

    /// The nodes of `kind` below `root` (the whole page by default), in source order.
    public func nodes(of kind: NodeKind, below root: Int32 = 0) -> [Node] {
        ids(of: kind, below: root).map { Node(document: self, id: $0) }
    }

    /// True when some node of `kind` lies below `root`.
    public func contains(_ kind: NodeKind, below root: Int32) -> Bool {
        var found = false
        walk(below: root) { _, raw in
            found = raw.kind == kind
            return !found
        }
        return found
    }

    /// Pre-order walk over the arena below `root` using parent links (no stack, no recursion);
    /// `visit` returns false to stop.
    @inline(__always)
    private func walk(below root: Int32, _ visit: (Int32, RawNode) -> Bool) {
        let arena = nodes
        var upcoming = arena[Int(root)].firstChild
        while upcoming >= 0 {
            let current = upcoming
            if !visit(current, arena[Int(current)]) { return }
            upcoming = Self.preorderNext(after: current, below: root, in: arena)
        }
    }

    /// The node after `current` in a pre-order walk below `root`, or -1 at the end: its first
    /// child, else the next sibling of it or of its nearest ancestor below `root`.
    @inline(__always)
    static func preorderNext(after current: Int32, below root: Int32, in nodes: UnsafeBufferPointer<RawNode>) -> Int32 {
        if nodes[Int(current)].firstChild >= 0 { return nodes[Int(current)].firstChild }
        var n = current
        while n != root && n >= 0 {
            let sibling = nodes[Int(n)].nextSibling
            if sibling >= 0 { return sibling }
            n = nodes[Int(n)].parent
        }
        return -1
    }
}
