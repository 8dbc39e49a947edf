import Glibc

/// A 1-based line and column (in bytes) of a position in the source.
public struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
    /// 1-based line number.
    public var line: Int
    /// 1-based column, counted in UTF-8 bytes.
    public var column: Int
    public init(line: Int, column: Int) { self.line = line; self.column = column }
    public var description: String { "\(line):\(column)" }
}

/// Maps byte offsets to lines: the offsets where each line starts, found with one scan.
public struct LineIndex: Sendable {
    /// Byte offset of the first byte of each line; `lineStarts[0] == 0`.
    public let lineStarts: [Int]

    /// Scans `bytes` once for newlines, with memchr. The offsets are written straight into
    /// the array's storage, reserved for lines of 24 bytes on average (an `append` per line
    /// cost half as much as the memchr); a page of shorter lines goes on with `append`.
    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        guard let base = bytes.baseAddress else {
            lineStarts = [0]
            return
        }
        var i = 0
        var starts = [Int](unsafeUninitializedCapacity: n / 24 + 16) { buffer, count in
            buffer[0] = 0
            count = 1
            while count < buffer.count, i < n, let hit = memchr(base + i, 0x0A, n - i) {
                i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
                buffer[count] = i
                count += 1
            }
        }
        while i < n, let hit = memchr(base + i, 0x0A, n - i) {
            i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
            starts.append(i)
        }
        lineStarts = starts
    }

    /// The line and column of a byte offset (binary search).
    public func location(of offset: Int) -> SourceLocation {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return SourceLocation(line: lo + 1, column: offset - lineStarts[lo] + 1)
    }

    /// The 1-based line of a byte offset.
    public func line(of offset: Int) -> Int { location(of: offset).line }

    /// Lines of many offsets in near-source order (the cells of a table, the rows of a list):
    /// each lookup walks from the previous line instead of searching the whole index.
    public struct Cursor {
        let starts: [Int]
        var current = 0

        /// The 1-based line of `offset`.
        public mutating func line(of offset: Int) -> Int {
            // A far jump falls back to a binary search; short walks cost a step or two.
            if offset < starts[current] || (current + 16 < starts.count && starts[current + 16] <= offset) {
                var lo = 0, hi = starts.count - 1
                while lo < hi {
                    let mid = (lo + hi + 1) / 2
                    if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
                }
                current = lo
                return lo + 1
            }
            while current + 1 < starts.count && starts[current + 1] <= offset { current += 1 }
            return current + 1
        }
    }

    /// A cursor starting at the first line.
    public var cursor: Cursor { Cursor(starts: lineStarts) }
}
