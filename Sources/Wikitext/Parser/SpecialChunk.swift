/// The 16-byte chunk the text scan last found a special byte in, with the lanes that hold
/// one (`ByteClass.specialBits`). The source never changes, so the lanes stay true: a scan
/// that restarts inside the chunk (most do, a byte or a construct later) reads its answer
/// here instead of comparing the chunk again.
struct SpecialChunk {
    /// Offset of the chunk's first byte; far below 0 while there is none.
    var base = -64
    /// One bit per lane that holds a special byte (lane 0 is bit 0).
    var bits: UInt32 = 0

    /// The lane of the first special byte at lane `k` (< 16) or after, or nil.
    @inline(__always)
    func first(from k: Int) -> Int? {
        let m = bits &>> UInt32(truncatingIfNeeded: k)
        return m != 0 ? k &+ m.trailingZeroBitCount : nil
    }
}
