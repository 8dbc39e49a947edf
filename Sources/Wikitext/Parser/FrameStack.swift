/// The parser's stack of open frames, in a buffer it grows itself: the top frame's fields
/// are read and written in place, without copying the frame or checking uniqueness.
struct FrameStack: ~Copyable {
    private var base: UnsafeMutablePointer<Frame>
    /// The top frame, kept so that reaching it costs no arithmetic (meaningless when empty).
    private var topFrame: UnsafeMutablePointer<Frame>
    private var capacity = 64
    /// Number of open frames.
    private(set) var count = 0

    init() {
        base = .allocate(capacity: capacity)
        topFrame = base
    }

    deinit { base.deallocate() }  // Frame is plain data: nothing to deinitialize.

    /// The frame at stack index `i` (0 is the document).
    subscript(i: Int) -> Frame {
        @inline(__always) unsafeAddress { UnsafePointer(base + i) }
        @inline(__always) nonmutating unsafeMutableAddress { base + i }
    }

    /// The frame on top.
    var top: Frame {
        @inline(__always) unsafeAddress { UnsafePointer(topFrame) }
        @inline(__always) nonmutating unsafeMutableAddress { topFrame }
    }

    @inline(__always)
    mutating func append(_ frame: Frame) {
        if count == capacity { grow() }
        topFrame = base + count
        topFrame.initialize(to: frame)
        count &+= 1
    }

    @inline(__always) @discardableResult
    mutating func removeLast() -> Frame {
        count &-= 1
        let frame = topFrame.pointee
        topFrame = base + (count &- 1)
        return frame
    }

    private mutating func grow() {
        capacity *= 2
        base = base.moved(count: count, toCapacity: capacity)
        topFrame = base + (count &- 1)
    }
}
