/// The bytes a ``CellStore`` holds of its own (rendered texts, links), written through a raw
/// pointer.
///
/// Appending a short run to an `[UInt8]` costs a uniqueness check and the generic copy path
/// (~136 instructions a call, once per rendered cell); here it is a room check and a copy. A
/// class, so that the builder appends with no uniqueness check and the store keeps the same
/// storage when frozen (no copy). Written only while one builder owns it, read-only once its
/// store is made: that is what makes sharing the frozen store between threads safe.
@usableFromInline
final class StoreBytes: @unchecked Sendable {
    // Unchecked: a class's stored `var`s are otherwise checked for exclusive access at run
    // time on every append (`swift_beginAccess`); only the builder that owns it writes here.
    @exclusivity(unchecked) @usableFromInline private(set) var base: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity: Int
    /// Bytes written so far.
    @exclusivity(unchecked) @usableFromInline private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Appends `bytes`, doubling the storage when they do not fit.
    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        if count + bytes.count > capacity { base = base.grown(count: count, capacity: &capacity, toHold: count + bytes.count) }
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    /// All the bytes written.
    @inlinable
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// Bytes `start..<end`.
    @inlinable
    func bytes(_ start: Int32, _ end: Int32) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + Int(start), count: Int(end) - Int(start))
    }
}
