extension WikitextDocument {
    /// Prints the tree back to bytes: each node's delimiters (its bytes between children)
    /// and its children, in order. For every input this equals `source`.
    public func serialized() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(source.count)
        source.withUnsafeBufferPointer { src in
            walkSegments { range, _ in out.append(contentsOf: UnsafeBufferPointer(rebasing: src[range])) }
        }
        return out
    }

    /// Visits the byte segments of the tree in order: delimiter bytes of inner nodes and the
    /// bytes of leaves, each with the node that owns it. Iterative (no recursion).
    public func walkSegments(_ visit: (Range<Int>, Int32) -> Void) {
        var work: [(node: Int32, child: Int32, cursor: Int)] = [(0, nodes[0].firstChild, Int(nodes[0].start))]
        while let (node, child, cursor) = work.popLast() {
            if child < 0 {
                let end = Int(nodes[Int(node)].end)
                if end > cursor { visit(cursor..<end, node) }
                continue
            }
            let c = nodes[Int(child)]
            let start = Int(c.start)
            if start > cursor { visit(cursor..<start, node) }
            work.append((node, c.nextSibling, max(cursor, Int(c.end))))
            work.append((child, c.firstChild, start))
        }
    }

    /// Checks the tree's shape: every child lies inside its parent, children are in order
    /// and do not overlap, parents are set, and the root covers the whole source.
    /// Returns a description of the first problem, or nil.
    public func structuralProblem() -> String? {
        guard nodes[0].start == 0, Int(nodes[0].end) == source.count else { return "root does not cover the source" }
        var work: [Int32] = [0]
        while let id = work.popLast() {
            let node = nodes[Int(id)]
            var cursor = Int(node.start)
            var child = node.firstChild
            var last: Int32 = -1
            while child >= 0 {
                let c = nodes[Int(child)]
                if c.parent != id { return "node \(child) (\(c.kind)) has the wrong parent" }
                if Int(c.start) < cursor { return "node \(child) (\(c.kind)) at \(c.start) overlaps what precedes it (\(cursor))" }
                if c.end < c.start { return "node \(child) (\(c.kind)) ends before it starts" }
                if c.end > node.end { return "node \(child) (\(c.kind)) ends after its parent \(id) (\(node.kind))" }
                cursor = Int(c.end)
                if c.firstChild >= 0 { work.append(child) }
                last = child
                child = c.nextSibling
            }
            if node.lastChild != last { return "node \(id) has a stale last child" }
        }
        return nil
    }
}
