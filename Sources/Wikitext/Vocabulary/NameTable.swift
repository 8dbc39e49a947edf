/// A fixed set of short ASCII names, looked up straight from source bytes: a hash of the bytes
/// picks a slot and one comparison confirms it. Building a String per lookup (and hashing it
/// with SipHash) cost more than the rest of a tag or template.
public struct NameTable: Sendable {
    /// Per slot: the index of the name there plus one; 0 for an empty slot.
    private let slots: [Int32]
    /// The names, concatenated.
    private let text: [UInt8]
    /// Where each name starts in `text`, and where the last one ends.
    private let starts: [Int]
    private let mask: Int

    /// A table of `names`; an index refers to their order here. A repeated name keeps its first index.
    public init(_ names: some Sequence<String>) {
        let list = Array(names)
        var text: [UInt8] = []
        var starts = [0]
        for name in list {
            text += Array(name.utf8)
            starts.append(text.count)
        }
        var size = 16
        while size < list.count * 4 { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        for k in list.indices {
            var slot = NameTable.hash(text, starts[k]..<starts[k + 1], foldCase: false) & (size - 1)
            var repeated = false
            while slots[slot] != 0 {
                let other = Int(slots[slot]) - 1
                repeated = repeated || text[starts[other]..<starts[other + 1]] == text[starts[k]..<starts[k + 1]]
                slot = (slot + 1) & (size - 1)
            }
            if !repeated { slots[slot] = Int32(k + 1) }
        }
        self.slots = slots
        self.text = text
        self.starts = starts
        mask = size - 1
    }

    /// The index of the name spelled by `bytes[range]`, with ASCII letters lowercased first
    /// when `foldCase` (the names are then lowercase), or nil.
    public func index(of bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, foldCase: Bool = false) -> Int? {
        var slot = NameTable.hash(bytes, range, foldCase: foldCase) & mask
        while slots[slot] != 0 {
            let k = Int(slots[slot]) - 1
            if equal(k, bytes, range, foldCase: foldCase) { return k }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// The index of the name spelled by `bytes` (see ``index(of:_:foldCase:)``), or nil.
    public func index(of bytes: ArraySlice<UInt8>, foldCase: Bool = false) -> Int? {
        bytes.withUnsafeBufferPointer { index(of: $0, 0..<$0.count, foldCase: foldCase) }
    }

    /// Whether `bytes[range]` is one of the names.
    func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, foldCase: Bool = false) -> Bool {
        index(of: bytes, range, foldCase: foldCase) != nil
    }

    private func equal(_ k: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, foldCase: Bool) -> Bool {
        let start = starts[k]
        guard starts[k + 1] - start == range.count else { return false }
        for i in range {
            let b = foldCase ? ByteClass.lower(bytes[i]) : bytes[i]
            if b != text[start + i - range.lowerBound] { return false }
        }
        return true
    }

    /// FNV-1a over the bytes, folded to an Int.
    private static func hash<C: RandomAccessCollection<UInt8>>(_ bytes: C, _ range: Range<C.Index>, foldCase: Bool) -> Int
        where C.Index == Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in range {
            let b = foldCase ? ByteClass.lower(bytes[i]) : bytes[i]
            h = (h ^ UInt64(b)) &* 0x100_0000_01b3
        }
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }
}
