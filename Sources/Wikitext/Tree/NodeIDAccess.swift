/// Reads of one node by id, for hot loops over a document (the cells of every table): no
/// `Node` value, so no reference counting per step. `Node` is the API for everything else.
extension WikitextDocument {
    /// The node's kind.
    @inlinable public func kind(of id: Int32) -> NodeKind { nodes[Int(id)].kind }

    /// The node's flags.
    @inlinable public func flags(of id: Int32) -> NodeFlags { NodeFlags(rawValue: nodes[Int(id)].flags) }

    /// The node's byte range in `source`.
    @inlinable public func range(of id: Int32) -> Range<Int> {
        let raw = nodes[Int(id)]
        return Int(raw.start)..<Int(raw.end)
    }

    /// The node's first child, or -1.
    @inlinable public func firstChild(of id: Int32) -> Int32 { nodes[Int(id)].firstChild }

    /// The node's next sibling, or -1.
    @inlinable public func nextSibling(of id: Int32) -> Int32 { nodes[Int(id)].nextSibling }

    /// The first child of `id` with `kind`, or -1.
    @inlinable public func firstChild(of id: Int32, kind: NodeKind) -> Int32 {
        var child = nodes[Int(id)].firstChild
        while child >= 0 && nodes[Int(child)].kind != kind { child = nodes[Int(child)].nextSibling }
        return child
    }
}
