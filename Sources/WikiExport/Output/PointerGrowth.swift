extension UnsafeMutablePointer {
    /// Moves the first `count` elements into new storage of `capacity` elements and frees this
    /// storage: the growth step of the module's hand-grown buffers.
    func moved(count: Int, toCapacity capacity: Int) -> UnsafeMutablePointer<Pointee> {
        let bigger = UnsafeMutablePointer<Pointee>.allocate(capacity: capacity)
        bigger.moveInitialize(from: self, count: count)
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
