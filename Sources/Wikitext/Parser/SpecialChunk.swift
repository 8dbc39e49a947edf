/// The 16-byte chunk the text scan last found a special byte in, with the lanes that hold
/// one (`ByteClass.specialLanes`). The source never changes, so the lanes stay true: a scan
/// that restarts inside the chunk (most do, a byte or a construct later) reads its answer
/// here instead of comparing the chunk again.
struct SpecialChunk {
    /// Offset of the chunk's first byte; far below 0 while there is none.
    var base = -64
    /// Lanes 0–7 and 8–15, a byte of all ones for each special byte.
    var low: UInt64 = 0
    var high: UInt64 = 0

    /// The lane of the first special byte at lane `k` (< 16) or after, or nil.
    @inline(__always)
    func first(from k: Int) -> Int? {
        if k < 8 {
            let m = low &>> UInt64(truncatingIfNeeded: k &* 8)
            if m != 0 { return k &+ m.trailingZeroBitCount &>> 3 }
            return high != 0 ? 8 &+ high.trailingZeroBitCount &>> 3 : nil
        }
        let m = high &>> UInt64(truncatingIfNeeded: (k &- 8) &* 8)
        return m != 0 ? k &+ m.trailingZeroBitCount &>> 3 : nil
    }
}
