extension UnsafeMutablePointer {
    /// Moves the first `count` elements into new storage of `capacity` elements and frees this
    /// storage: the growth step of the module's hand-grown buffers, whose elements are plain
    /// values (bytes, frames). One `memcpy`: an element-wise move showed up in profiles of the
    /// JSON Lines buffer, which grows to the largest article (megabytes) on every run.
    func moved(count: Int, toCapacity capacity: Int) -> UnsafeMutablePointer<Pointee> {
        assert(_isPOD(Pointee.self), "moved(count:toCapacity:) copies bytes: plain values only")
        let bigger = UnsafeMutablePointer<Pointee>.allocate(capacity: capacity)
        UnsafeMutableRawPointer(bigger).copyMemory(from: self, byteCount: count * MemoryLayout<Pointee>.stride)
        deallocate()
        return bigger
    }

    /// Doubles `capacity` until it holds `needed` and moves the first `count` elements into
    /// storage of that size: the growth step of the module's hand-grown byte buffers.
    func grown(count: Int, capacity: inout Int, toHold needed: Int) -> UnsafeMutablePointer<Pointee> {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        capacity = newCapacity
        return moved(count: count, toCapacity: newCapacity)
    }
}
