#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A small hash table from short byte strings (template names) to census entries, for
/// `TemplateCensus`: keys are hashed from a few words and compared with `memcmp`, with no
/// `Hasher` and no array or string per lookup (a Swift dictionary spent more on hashing and
/// growing than the census spent on everything else).
///
/// Open addressing with linear probing, a power-of-two size kept at most half full. Keys are
/// copied into one byte arena when inserted. A `tag` (the parser-function flag) is part of
/// the key.
struct TemplateCensusTable {
    /// One key: where its bytes are in `arena`, its tag and its entry; `length` -1 when empty.
    private struct Slot {
        var offset: Int32 = 0
        var length: Int32 = -1
        var tag: UInt8 = 0
        var entry: Int32 = 0
    }

    private var slots = [Slot](repeating: Slot(), count: 128)
    private var filled = 0
    private var arena: [UInt8] = []

    /// The entry stored for `key` with `tag`, or nil.
    func entry(_ key: UnsafeBufferPointer<UInt8>, tag: UInt8) -> Int? {
        let mask = slots.count - 1
        var i = Self.hash(key, tag) & mask
        return arena.withUnsafeBufferPointer { arena in
            while true {
                let slot = slots[i]
                if slot.length < 0 { return nil }
                if Int(slot.length) == key.count, slot.tag == tag,
                   key.isEmpty || memcmp(arena.baseAddress! + Int(slot.offset), key.baseAddress!, key.count) == 0 {
                    return Int(slot.entry)
                }
                i = (i + 1) & mask
            }
        }
    }

    /// Stores `entry` for `key` with `tag` (which must not be stored yet).
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, tag: UInt8, entry: Int) {
        if (filled + 1) * 2 > slots.count { grow() }
        let slot = Slot(offset: Int32(arena.count), length: Int32(key.count), tag: tag, entry: Int32(entry))
        arena.append(contentsOf: key)
        place(slot, hash: Self.hash(key, tag))
        filled += 1
    }

    private mutating func place(_ slot: Slot, hash: Int) {
        let mask = slots.count - 1
        var i = hash & mask
        while slots[i].length >= 0 { i = (i + 1) & mask }
        slots[i] = slot
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        for slot in old where slot.length >= 0 {
            let hash = arena.withUnsafeBufferPointer {
                Self.hash(UnsafeBufferPointer(rebasing: $0[Int(slot.offset)..<Int(slot.offset + slot.length)]), slot.tag)
            }
            place(slot, hash: hash)
        }
    }

    /// A few word loads, multiplied and folded: keys of eight bytes or more mix their first,
    /// middle and last eight bytes (overlapping for short keys) and their length, whatever
    /// their length; shorter ones are read in at most three loads (4, 2, 1). Names of a family
    /// (`Election box hold with party link`, `… gain …`) differ at one of those places; any
    /// collision only costs a probe, as keys are always compared in full.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>, _ tag: UInt8) -> Int {
        let raw = UnsafeRawBufferPointer(key)
        let n = raw.count
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(n) ^ (UInt64(tag) << 56)
        if n >= 8 {
            h = (h ^ raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            if n > 16 {
                h = (h ^ raw.loadUnaligned(fromByteOffset: n / 2 - 4, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
                h ^= h >> 32
            }
            h = (h ^ raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)) &* 0xC4CE_B9FE_1A85_EC53
        } else if n > 0 {
            var i = 0
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            if i + 4 <= n {
                tail = UInt64(raw.loadUnaligned(fromByteOffset: i, as: UInt32.self))
                shift = 32
                i += 4
            }
            if i + 2 <= n {
                tail |= UInt64(raw.loadUnaligned(fromByteOffset: i, as: UInt16.self)) << shift
                shift += 16
                i += 2
            }
            if i < n { tail |= UInt64(raw[i]) << shift }
            h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        }
        h ^= h >> 29
        return Int(truncatingIfNeeded: h)
    }
}
