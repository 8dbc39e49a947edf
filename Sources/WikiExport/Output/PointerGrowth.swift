extension UnsafeMutablePointer {
    /// Moves the first `count` elements into new storage of `capacity` elements and frees this
    /// storage: the growth step of the module's hand-grown buffers.
    func moved(count: Int, toCapacity capacity: Int) -> UnsafeMutablePointer<Pointee> {
        let bigger = UnsafeMutablePointer<Pointee>.allocate(capacity: capacity)
        bigger.moveInitialize(from: self, count: count)
        deallocate()
        return bigger
    }
}
