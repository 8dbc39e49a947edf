import Glibc

/// Where a cell's text or raw wikitext comes from, as a ``CellStore/Builder`` takes it: a byte
/// range of the page source (most cells read exactly as written: `1,234`, `Labour`), or a
/// string of its own (copied into the store's byte buffer).
public enum CellString: Sendable {
    /// The bytes `start..<end` of the page source the builder was given.
    case source(start: Int32, end: Int32)
    /// A string of its own (rendered text that differs from the source, or a cell made in code).
    case own(String)

    /// The range of `source` for a `.source` string.
    public static func source(_ range: Range<Int>) -> CellString {
        .source(start: Int32(truncatingIfNeeded: range.lowerBound), end: Int32(truncatingIfNeeded: range.upperBound))
    }
}

extension CellString {
    /// True when `a` and `b` hold the same bytes (for comparing cell texts without strings).
    @inlinable
    public static func sameBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard a.count > 0, let x = a.baseAddress, let y = b.baseAddress, x != y else { return true }
        return memcmp(x, y, a.count) == 0
    }
}
