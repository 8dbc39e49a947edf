#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The stream starts of a multistream dump, read from its index (`offset:pageid:title` per
/// line, plain or bzip2). Only the distinct offsets are kept, so enwiki's index (~24 M lines)
/// costs a few MB.
public struct MultistreamIndex: Sendable, Equatable {
    /// Byte offsets in the dump where page streams start, ascending and distinct.
    public let streamOffsets: [Int]
    /// Index lines read (one per page).
    public let pageCount: Int

    /// Creates an index from known offsets (sorted and de-duplicated here).
    public init(streamOffsets: [Int], pageCount: Int) {
        self.streamOffsets = Array(Set(streamOffsets)).sorted()
        self.pageCount = pageCount
    }

    /// Reads an index file; bzip2 is detected by its magic bytes.
    public static func load(path: String) throws -> MultistreamIndex {
        let file = try DumpFile(path: path)
        let raw = FileSource(file)
        let magic = try raw.peek(3)
        let source: ByteSource = magic == Array("BZh".utf8) ? BZ2Source(input: raw, path: path) : raw
        var offsets: [Int] = []
        var lines = 0
        var value = 0, digits = 0
        var skipping = false  // past the offset, looking for the end of the line
        let size = 1 << 18
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 16)
        defer { buffer.deallocate() }
        func bad(_ why: String) -> DumpError {
            DumpError(.badIndex, path: path, "bad multistream index line \(lines + 1): \(why)")
        }
        while true {
            let n = try source.read(into: buffer)
            if n == 0 { break }
            guard let base = buffer.baseAddress else { break }
            var i = 0
            while i < n {
                if skipping {
                    guard let p = memchr(base + i, 0x0A, n - i) else { i = n; break }
                    i = base.distance(to: p) + 1
                    skipping = false
                    continue
                }
                let b = buffer[i]
                i += 1
                if b >= 48 && b <= 57 {
                    let (m, o1) = value.multipliedReportingOverflow(by: 10)
                    let (a, o2) = m.addingReportingOverflow(Int(b - 48))
                    guard !o1 && !o2 else { throw bad("offset too large") }
                    value = a; digits += 1
                } else if b == UInt8(ascii: ":") && digits > 0 {
                    if offsets.last != value { offsets.append(value) }
                    lines += 1
                    value = 0; digits = 0; skipping = true
                } else if (b == 0x0A || b == 0x0D) && digits == 0 {
                    continue  // blank line
                } else {
                    throw bad("expected offset:pageid:title")
                }
            }
        }
        if digits > 0 { throw bad("expected offset:pageid:title") }
        guard !offsets.isEmpty else { throw DumpError(.badIndex, path: path, "the multistream index is empty") }
        return MultistreamIndex(streamOffsets: offsets, pageCount: lines)
    }

    /// The index next to a dump named `…-multistream.xml.bz2` (`-index.txt.bz2`, then
    /// `-index.txt`), or nil when the name does not fit or no such file exists.
    public static func defaultPath(for dumpPath: String) -> String? {
        let suffix = ".xml.bz2"
        guard dumpPath.hasSuffix("-multistream" + suffix) else { return nil }
        let stem = String(dumpPath.dropLast(suffix.utf8.count))
        for candidate in [stem + "-index.txt.bz2", stem + "-index.txt"] where access(candidate, R_OK) == 0 {
            return candidate
        }
        return nil
    }
}
