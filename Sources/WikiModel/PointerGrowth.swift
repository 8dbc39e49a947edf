/// The growth step of hand-grown buffers of plain values (the JSON and byte writers, the table
/// layout), shared by the modules above the model.
extension UnsafeMutablePointer {
    /// Moves the first `count` elements into new storage of `capacity` elements and frees this
    /// storage; the elements must be plain values (bytes, frames, slots). One `memcpy`: an
    /// element-wise move showed up in profiles of the JSON Lines buffer, which grows to the
    /// largest article (megabytes) on every run.
    public func moved(count: Int, toCapacity capacity: Int) -> UnsafeMutablePointer<Pointee> {
        assert(_isPOD(Pointee.self), "moved(count:toCapacity:) copies bytes: plain values only")
        let bigger = UnsafeMutablePointer<Pointee>.allocate(capacity: capacity)
        UnsafeMutableRawPointer(bigger).copyMemory(from: self, byteCount: count * MemoryLayout<Pointee>.stride)
        deallocate()
        return bigger
    }

    /// Doubles `capacity` until it holds `needed` and moves the first `count` elements into
    /// storage of that size.
    public func grown(count: Int, capacity: inout Int, toHold needed: Int) -> UnsafeMutablePointer<Pointee> {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        capacity = newCapacity
        return moved(count: count, toCapacity: newCapacity)
    }
}
