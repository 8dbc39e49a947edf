import WikiModel

/// The output bytes of a plain-text rendering, written through a raw pointer.
///
/// A renderer appends many short runs (a text node, a link's label, a separator) and takes
/// back captures (a footnote's body, a template argument). On an `[UInt8]` each append costs a
/// uniqueness check and the generic copy path (~136 instructions for a short run), and each cut
/// the generic `replaceSubrange`; here they are a room check and a copy, and a store of the
/// count. A class, so that a renderer appends with no uniqueness check: one renderer owns its
/// buffer (a copy of the renderer would share it, and none is made).
final class RenderBytes {
    // Unchecked: a class's stored `var`s are otherwise checked for exclusive access at run
    // time on every append (`swift_beginAccess`); only the renderer that owns it writes here.
    @exclusivity(unchecked) private(set) var base: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity: Int
    /// Bytes written so far.
    @exclusivity(unchecked) private(set) var count = 0

    init(capacity: Int = 256) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    var isEmpty: Bool { count == 0 }

    /// The bytes written so far, valid until the next append.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// Bytes `start...` of the output, valid until the next append.
    func bytes(from start: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + start, count: count - start)
    }

    /// Calls `body` with the bytes written so far.
    @inline(__always)
    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(bytes)
    }

    /// Empties the buffer, keeping its storage.
    @inline(__always) func removeAll() { count = 0 }

    /// Drops the bytes from `start` on (a capture taken back).
    @inline(__always) func removeSubrange(from start: Int) {
        assert(start >= 0 && start <= count)
        count = start
    }

    /// Makes room for `extra` more bytes, doubling the storage when it is full.
    @inline(__always)
    private func reserve(_ extra: Int) {
        if count + extra > capacity { base = base.grown(count: count, capacity: &capacity, toHold: count + extra) }
    }

    @inline(__always)
    func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        reserve(bytes.count)
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    func append(_ bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Appends the UTF-8 of `string`.
    func append(utf8 string: String) {
        var string = string  // native strings are contiguous: no copy is made
        string.withUTF8 { append($0) }
    }

    /// Replaces the bytes from `start` on with `replacement`.
    func replaceSubrange(from start: Int, with replacement: [UInt8]) {
        count = start
        append(replacement)
    }

    /// Appends at most `maxCount` bytes that `write` puts at the start of the buffer it is
    /// given, returning how many it wrote.
    func append(atMost maxCount: Int, _ write: (UnsafeMutableBufferPointer<UInt8>) -> Int) {
        reserve(maxCount)
        count += write(UnsafeMutableBufferPointer(start: base + count, count: maxCount))
    }

    /// The bytes from `start` on, folded in place by `fold` (which returns how many it kept).
    func shrink(from start: Int, _ fold: (UnsafeMutableBufferPointer<UInt8>) -> Int) {
        count = start + fold(UnsafeMutableBufferPointer(start: base + start, count: count - start))
    }
}
