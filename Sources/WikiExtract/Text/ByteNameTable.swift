/// A fixed set of names looked up straight from bytes: a hash of the bytes picks a slot and one
/// comparison confirms it. Rendering looks up every template and entity it meets; building a
/// String per lookup and hashing it with SipHash cost more than the rest of a small template.
struct ByteNameTable: Sendable {
    /// Per slot: the index of the name there plus one; 0 for an empty slot.
    private let slots: [Int32]
    /// The names, concatenated.
    private let text: [UInt8]
    /// Where each name starts in `text`, and where the last one ends.
    private let starts: [Int]
    private let mask: Int
    /// Whether lookups lower-case ASCII letters first (the names are then lower-case).
    let foldsCase: Bool

    /// A table of `names`; an index refers to their order here. A repeated name keeps its
    /// first index.
    init(_ names: [String], foldsCase: Bool) {
        var text: [UInt8] = []
        var starts = [0]
        for name in names {
            text += name.utf8
            starts.append(text.count)
        }
        var size = 16
        while size < names.count * 4 { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        for k in names.indices {
            let name = text[starts[k]..<starts[k + 1]]
            var slot = Self.hash(name, foldsCase: false) & (size - 1)
            var repeated = false
            while slots[slot] != 0 {
                let other = Int(slots[slot]) - 1
                repeated = repeated || text[starts[other]..<starts[other + 1]] == name
                slot = (slot + 1) & (size - 1)
            }
            if !repeated { slots[slot] = Int32(k + 1) }
        }
        self.slots = slots
        self.text = text
        self.starts = starts
        mask = size - 1
        self.foldsCase = foldsCase
    }

    /// The index of the name spelled by `bytes` (ASCII case folded first when `foldsCase`), or nil.
    func index(of bytes: ArraySlice<UInt8>) -> Int? {
        var slot = Self.hash(bytes, foldsCase: foldsCase) & mask
        while slots[slot] != 0 {
            let k = Int(slots[slot]) - 1
            if equal(k, bytes) { return k }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private func equal(_ k: Int, _ bytes: ArraySlice<UInt8>) -> Bool {
        var t = starts[k]
        guard starts[k + 1] - t == bytes.count else { return false }
        for b in bytes {
            if (foldsCase ? TemplateName.lower(b) : b) != text[t] { return false }
            t += 1
        }
        return true
    }

    /// FNV-1a over the bytes, folded to an Int.
    private static func hash(_ bytes: ArraySlice<UInt8>, foldsCase: Bool) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h = (h ^ UInt64(foldsCase ? TemplateName.lower(b) : b)) &* 0x100_0000_01b3
        }
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }
}
