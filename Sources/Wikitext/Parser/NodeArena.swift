/// The nodes the parser builds, in a buffer it grows itself: appends and field writes go
/// through a pointer, with none of the uniqueness and bounds checks an Array does on every
/// write. Node ids index it; `finish()` hands the buffer to the document, without a copy.
struct NodeArena: ~Copyable {
    private var base: UnsafeMutablePointer<RawNode>
    private var capacity: Int
    /// Number of nodes created.
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }  // RawNode is plain data: nothing to deinitialize.

    /// The node with id `id`, read and written in place.
    subscript(id: Int32) -> RawNode {
        @inline(__always) unsafeAddress { UnsafePointer(base + Int(id)) }
        @inline(__always) nonmutating unsafeMutableAddress { base + Int(id) }
    }

    /// Adds a node and returns its id.
    @inline(__always)
    mutating func append(_ node: RawNode) -> Int32 {
        if count == capacity { grow() }
        (base + count).initialize(to: node)
        count &+= 1
        return Int32(truncatingIfNeeded: count &- 1)
    }

    private mutating func grow() {
        capacity *= 2
        base = base.moved(count: count, toCapacity: capacity)
    }

    /// The nodes, in id order. The caller owns the buffer from now on and deallocates it.
    consuming func finish() -> UnsafeBufferPointer<RawNode> {
        let nodes = UnsafeBufferPointer(start: base, count: count)
        discard self
        return nodes
    }
}
