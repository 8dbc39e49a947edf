/// `TagNames` for the parser's hot path: a tag name of letters and digits (at most 16 bytes)
/// is lowercased and packed into two words, a multiply of them picks a slot, and two word
/// compares confirm it. No bytes are hashed one by one, no array is bounds-checked, and the
/// parser holds the table's pointer, so a lookup does no lazy-global access.
/// `TagTableTests` pins it against `TagNames.lookup` on every name and on the corpus.
enum TagTable {
    /// One slot: a name's packed key (`lo == 0`: empty) and what the name is.
    struct Slot {
        var lo: UInt64
        var hi: UInt64
        var info: TagInfo?
    }

    /// Number of slots, a power of two (about 100 names: probe chains stay short).
    static let size = 256

    /// The slots. Written once, never freed, read-only afterwards.
    nonisolated(unsafe) static let slots: UnsafePointer<Slot> = {
        let slots = UnsafeMutablePointer<Slot>.allocate(capacity: size)
        slots.initialize(repeating: Slot(lo: 0, hi: 0, info: nil), count: size)
        for (id, entry) in TagNames.all.enumerated() {
            let name = Array(entry.name.utf8)
            // Only names of letters and digits can be looked up here (`math chem` cannot).
            guard name.count <= 16, name.allSatisfy(ByteClass.isAlnum) else { continue }
            var lo: UInt64 = 0, hi: UInt64 = 0
            for (k, b) in name.enumerated() {
                if k < 8 { lo |= UInt64(b) << (8 * k) } else { hi |= UInt64(b) << (8 * (k - 8)) }
            }
            var slot = index(lo, hi)
            var repeated = false
            while slots[slot].lo != 0 {
                repeated = repeated || (slots[slot].lo == lo && slots[slot].hi == hi)
                slot = (slot + 1) & (size - 1)
            }
            if !repeated { slots[slot] = Slot(lo: lo, hi: hi, info: TagNames.infos[id]) }
        }
        return UnsafePointer(slots)
    }()

    @inline(__always)
    static func index(_ lo: UInt64, _ hi: UInt64) -> Int {
        Int(truncatingIfNeeded: ((lo ^ (hi &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15) >> 56)
    }

    /// The tag named by `src[p..<e]`, any case. Its bytes must all be ASCII letters or digits
    /// (as the parser's tag-name scan guarantees), for which `| 0x20` lowercases.
    @inline(__always)
    static func lookup(_ slots: UnsafePointer<Slot>, _ src: UnsafeBufferPointer<UInt8>, _ p: Int, _ e: Int) -> TagInfo? {
        let length = e &- p
        guard length <= 16, length > 0 else { return nil }
        var lo: UInt64 = 0, hi: UInt64 = 0
        let loMask = lowMask(length), hiMask = lowMask(length &- 8)
        if p &+ 16 <= src.count, let base = UnsafeRawPointer(src.baseAddress) {
            lo = base.loadUnaligned(fromByteOffset: p, as: UInt64.self).littleEndian & loMask
            hi = base.loadUnaligned(fromByteOffset: p &+ 8, as: UInt64.self).littleEndian & hiMask
        } else {
            var k = 0
            while k < length {
                let b = UInt64(src[p &+ k])
                if k < 8 { lo |= b << (8 &* k) } else { hi |= b << (8 &* (k &- 8)) }
                k &+= 1
            }
        }
        // Lowercase the name's bytes (letters and digits: `| 0x20` lowercases both).
        lo |= 0x2020_2020_2020_2020 & loMask
        hi |= 0x2020_2020_2020_2020 & hiMask
        var slot = index(lo, hi)
        while slots[slot].lo != 0 {
            if slots[slot].lo == lo && slots[slot].hi == hi { return slots[slot].info }
            slot = (slot &+ 1) & (size &- 1)
        }
        return nil
    }

    /// Ones in the low `bytes` bytes (none when `bytes <= 0`, all when `bytes >= 8`).
    @inline(__always)
    static func lowMask(_ bytes: Int) -> UInt64 {
        bytes <= 0 ? 0 : bytes >= 8 ? UInt64.max : UInt64.max >> (64 &- 8 &* bytes)
    }
}
