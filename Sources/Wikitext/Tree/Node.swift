/// A view of one node of a `WikitextDocument`: cheap to copy, valid as long as you hold it.
public struct Node: Sendable, Equatable {
    /// The document the node belongs to.
    public let document: WikitextDocument
    /// The node's index in the document's arena (0 is the root).
    public let id: Int32

    @inlinable var raw: RawNode { document.nodes[Int(id)] }

    /// What the node is.
    public var kind: NodeKind { raw.kind }
    /// The node's flags.
    public var flags: NodeFlags { NodeFlags(rawValue: raw.flags) }
    /// A small per-kind number: heading level, formatting length (2, 3, 5), list prefix
    /// length, or the template flavor.
    public var aux: Int { Int(raw.aux) }
    /// The byte range the node covers, delimiters included.
    public var range: Range<Int> { Int(raw.start)..<Int(raw.end) }
    /// The node's source text, delimiters included.
    public var text: String { document.string(range) }
    /// Where the node starts.
    public var location: SourceLocation { document.location(of: Int(raw.start)) }
    /// The 1-based line where the node starts.
    public var line: Int { location.line }

    /// The parent node, or nil for the root.
    public var parent: Node? { raw.parent < 0 ? nil : Node(document: document, id: raw.parent) }

    /// The node's children in source order.
    public var children: Children { Children(document: document, first: raw.firstChild) }

    /// The first child of a given kind.
    public func child(_ kind: NodeKind) -> Node? { children.first { $0.kind == kind } }

    /// All children of a given kind.
    public func children(_ kind: NodeKind) -> [Node] { children.filter { $0.kind == kind } }

    /// Every node below this one, in source order (pre-order), without recursion.
    public var descendants: Descendants { Descendants(document: document, root: id) }

    public static func == (a: Node, b: Node) -> Bool { a.id == b.id && a.document === b.document }

    /// The children of a node, as a lazy sequence.
    public struct Children: Sequence, Sendable {
        let document: WikitextDocument
        let first: Int32
        public func makeIterator() -> Iterator { Iterator(document: document, upcoming: first) }
        public struct Iterator: IteratorProtocol {
            let document: WikitextDocument
            var upcoming: Int32
            public mutating func next() -> Node? {
                guard upcoming >= 0 else { return nil }
                let node = Node(document: document, id: upcoming)
                upcoming = document.nodes[Int(upcoming)].nextSibling
                return node
            }
        }
    }

    /// The descendants of a node in pre-order, walked with parent links instead of a stack.
    public struct Descendants: Sequence, Sendable {
        let document: WikitextDocument
        let root: Int32
        public func makeIterator() -> Iterator {
            Iterator(document: document, nodes: document.nodes, root: root, upcoming: document.nodes[Int(root)].firstChild)
        }
        public struct Iterator: IteratorProtocol {
            let document: WikitextDocument
            // Held once here rather than read from the document at every step (a retain each).
            let nodes: UnsafeBufferPointer<RawNode>
            let root: Int32
            var upcoming: Int32
            public mutating func next() -> Node? {
                guard upcoming >= 0 else { return nil }
                let current = upcoming
                upcoming = WikitextDocument.preorderNext(after: current, below: root, in: nodes)
                return Node(document: document, id: current)
            }
        }
    }
}
