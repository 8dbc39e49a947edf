/// A growing run of bytes written through a raw pointer: the bytes a ``CellStore`` holds of its
/// own (rendered texts, links) and the output of a plain-text rendering.
///
/// Writers append many short runs (a text node, a link's label, a separator) and take back
/// captures (a footnote's body, a template argument). On an `[UInt8]` each append costs a
/// uniqueness check and the generic copy path (~136 instructions for a short run), and each cut
/// the generic `replaceSubrange`; here they are a room check and a copy, and a store of the
/// count. A class, so that its owner appends with no uniqueness check, and a store keeps the
/// same storage when frozen (no copy). One owner writes it; once a store is made from it, it
/// is only read, which is what makes sharing that store between threads safe: ``freeze()``
/// marks that point, and debug builds trap on a later write.
///
/// An append may move the storage (freeing the old block), so what is appended must not
/// point into it: copy own bytes out first (debug builds check).
public final class GrowingBytes: @unchecked Sendable {
    // Unchecked: a class's stored `var`s are otherwise checked for exclusive access at run
    // time on every append (`swift_beginAccess`); only the owner writes here.
    @exclusivity(unchecked) @usableFromInline var base: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) @usableFromInline var capacity: Int
    @exclusivity(unchecked) @usableFromInline var written = 0
    /// Set by ``freeze()``: the bytes are shared and only read from then on (checked by asserts).
    @exclusivity(unchecked) @usableFromInline var isFrozen = false

    /// Empty storage with room for `capacity` bytes (at least 16).
    public init(capacity: Int = 256) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Bytes written so far.
    @inlinable public var count: Int { written }

    @inlinable public var isEmpty: Bool { written == 0 }

    /// The bytes written so far, valid until the next append.
    @inlinable
    public var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: written) }

    /// Bytes `start...` of the output, valid until the next append.
    @inlinable
    public func bytes(from start: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + start, count: written - start)
    }

    /// Bytes `start..<end`, valid until the next append.
    @inlinable
    public func bytes(_ start: Int32, _ end: Int32) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + Int(start), count: Int(end) - Int(start))
    }

    /// Calls `body` with the bytes written so far.
    @inlinable @inline(__always)
    public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(bytes)
    }

    /// Marks the bytes as shared (a ``CellStore`` holds them): no write may follow.
    public func freeze() { isFrozen = true }

    /// Debug check before every write: none may follow ``freeze()``.
    @inlinable @inline(__always)
    func assertWritable() { assert(!isFrozen, "GrowingBytes: written after a store was made of it") }

    /// True when `other` points into this buffer's storage, which an append may move (debug checks).
    @inlinable
    public func holds(_ other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = other.baseAddress else { return false }
        return p < UnsafePointer(base + capacity) && p + other.count > UnsafePointer(base)
    }

    /// Empties the buffer, keeping its storage.
    @inlinable @inline(__always)
    public func removeAll() {
        assertWritable()
        written = 0
    }

    /// Drops the bytes from `start` on (a capture taken back).
    @inlinable @inline(__always)
    public func removeSubrange(from start: Int) {
        assert(start >= 0 && start <= written)
        assertWritable()
        written = start
    }

    /// Makes room for `extra` more bytes, doubling the storage when it is full.
    @inlinable @inline(__always)
    func reserve(_ extra: Int) {
        assertWritable()
        if written + extra > capacity { base = base.grown(count: written, capacity: &capacity, toHold: written + extra) }
    }

    @inlinable @inline(__always)
    public func append(_ byte: UInt8) {
        reserve(1)
        base[written] = byte
        written += 1
    }

    /// Appends `bytes`, which must not point into this buffer (growing it would free them).
    @inlinable @inline(__always)
    public func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        assert(!holds(bytes), "GrowingBytes: appending its own bytes")
        reserve(bytes.count)
        (base + written).update(from: source, count: bytes.count)
        written += bytes.count
    }

    @inlinable
    public func append(_ bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    @inlinable
    public func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Appends the UTF-8 of `string`.
    @inlinable
    public func append(utf8 string: String) {
        var string = string  // native strings are contiguous: no copy is made
        string.withUTF8 { append($0) }
    }

    /// Replaces the bytes from `start` on with `replacement`.
    @inlinable
    public func replaceSubrange(from start: Int, with replacement: [UInt8]) {
        written = start
        append(replacement)
    }

    /// Appends at most `maxCount` bytes that `write` puts at the start of the buffer it is
    /// given, returning how many it wrote. `write` must not read this buffer's bytes through a
    /// pointer taken before the call: making room may have moved (and freed) them.
    @inlinable
    public func append(atMost maxCount: Int, _ write: (UnsafeMutableBufferPointer<UInt8>) -> Int) {
        reserve(maxCount)
        written += write(UnsafeMutableBufferPointer(start: base + written, count: maxCount))
    }

    /// The bytes from `start` on, folded in place by `fold` (which returns how many it kept).
    @inlinable
    public func shrink(from start: Int, _ fold: (UnsafeMutableBufferPointer<UInt8>) -> Int) {
        assertWritable()
        written = start + fold(UnsafeMutableBufferPointer(start: base + start, count: written - start))
    }
}
