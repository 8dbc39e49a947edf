import Glibc

/// Where a cell's text or raw wikitext lives: a byte range of the page source the content
/// keeps (most cells read exactly as written: `1,234`, `Labour`), or a string of its own.
/// A cell of a page of tables then costs no string allocation for either.
public enum CellString: Sendable {
    /// The bytes `start..<end` of the content's `source`.
    case source(start: Int32, end: Int32)
    /// A string of its own (rendered text that differs from the source, or a cell made in code).
    case own(String)

    /// The range of `source` for a `.source` string.
    public static func source(_ range: Range<Int>) -> CellString {
        .source(start: Int32(truncatingIfNeeded: range.lowerBound), end: Int32(truncatingIfNeeded: range.upperBound))
    }

    /// The string, reading `source` for a range.
    func string(_ source: [UInt8]) -> String {
        switch self {
        case .own(let string):
            return string
        case .source(let start, let end):
            return source.withUnsafeBufferPointer {
                String(decoding: UnsafeBufferPointer(rebasing: $0[Int(start)..<Int(end)]), as: UTF8.self)
            }
        }
    }

    /// Calls `body` with the UTF-8 bytes, without making a string for a range. Inlinable, so
    /// that writers in other modules get it specialized, not a generic closure call per cell.
    @inlinable
    func withBytes<R>(_ source: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        switch self {
        case .own(let string):
            var copy = string  // native strings are contiguous already: no copy is made
            return try copy.withUTF8(body)
        case .source(let start, let end):
            return try source.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[Int(start)..<Int(end)])) }
        }
    }

    /// The number of UTF-8 bytes.
    func byteCount(_ source: [UInt8]) -> Int {
        switch self {
        case .own(let string): string.utf8.count
        case .source(let start, let end): Int(end - start)
        }
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
