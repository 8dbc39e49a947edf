#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A pull source of bytes: a file, a decompressor, a memory range.
/// Each instance is used by one thread at a time.
protocol ByteSource: AnyObject {
    /// Fills up to `buffer.count` bytes; returns 0 only at the end of the input.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
    /// Bytes taken from the underlying file so far (compressed bytes for a decompressor).
    var compressedBytesRead: Int { get }
}

/// An open file descriptor, closed when the last user lets go. Shared by multistream workers,
/// which only `pread` from it.
final class DumpFile: Sendable {
    let fd: Int32
    let path: String
    /// The size of a regular file, nil for pipes and terminals.
    let size: Int?

    /// Opens `path` for reading (`-` is standard input) with one-line errors.
    init(path: String) throws {
        self.path = path
        let fd: Int32
        if path == "-" {
            fd = 0
        } else {
            fd = open(path, O_RDONLY)
            if fd < 0 {
                let e = errno
                let kind: DumpError.Kind = e == ENOENT ? .notFound : .io
                let msg = e == ENOENT ? "no such file" : "cannot open: \(String(cString: strerror(e)))"
                throw DumpError(kind, path: path, msg)
            }
        }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let msg = String(cString: strerror(errno))
            if fd != 0 { close(fd) }
            throw DumpError(.io, path: path, "cannot stat: \(msg)")
        }
        let type = st.st_mode & S_IFMT
        if type == S_IFDIR {
            if fd != 0 { close(fd) }
            throw DumpError(.isDirectory, path: path, "is a directory, not a dump file")
        }
        self.fd = fd
        self.size = type == S_IFREG ? Int(st.st_size) : nil
    }

    deinit { if fd != 0 { close(fd) } }

    /// Reads at the current position, retrying on EINTR.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            let n = Glibc_read(fd, base, buffer.count)
            if n >= 0 { return n }
            if errno != EINTR { throw DumpError(.io, path: path, "read failed: \(String(cString: strerror(errno)))") }
        }
    }

    /// Reads `count` bytes at `offset` (or fewer at the end of the file); safe from any thread.
    func pread(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var done = 0
        while done < buffer.count {
            let n = Glibc_pread(fd, base + done, buffer.count - done, off_t(offset + done))
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                throw DumpError(.io, path: path, "read failed: \(String(cString: strerror(errno)))",
                                compressedOffset: offset + done)
            }
            done += n
        }
        return done
    }
}

// The free functions, renamed so the methods above can share their names.
@inline(__always) private func Glibc_read(_ fd: Int32, _ p: UnsafeMutableRawPointer, _ n: Int) -> Int {
    read(fd, p, n)
}
@inline(__always) private func Glibc_pread(_ fd: Int32, _ p: UnsafeMutableRawPointer, _ n: Int, _ o: off_t) -> Int {
    pread(fd, p, n, o)
}

/// Sequential reads from a file or standard input, with a small look-ahead for magic bytes.
final class FileSource: ByteSource {
    let file: DumpFile
    private var pending: [UInt8] = []
    private(set) var compressedBytesRead = 0

    init(_ file: DumpFile) { self.file = file }

    /// The first `count` bytes of the input (fewer if it is shorter), without consuming them.
    func peek(_ count: Int) throws -> [UInt8] {
        while pending.count < count {
            var chunk = [UInt8](repeating: 0, count: count - pending.count)
            let n = try chunk.withUnsafeMutableBytes { try file.read(into: $0) }
            if n == 0 { break }
            pending.append(contentsOf: chunk[0..<n])
        }
        return Array(pending.prefix(count))
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        var n: Int
        if !pending.isEmpty {
            n = min(pending.count, buffer.count)
            pending.withUnsafeBytes { src in
                if let s = src.baseAddress { buffer.baseAddress?.copyMemory(from: s, byteCount: n) }
            }
            pending.removeFirst(n)
        } else {
            n = try file.read(into: buffer)
        }
        compressedBytesRead += n
        return n
    }
}

/// One byte range of a file, read with `pread` so several workers can share the descriptor.
final class RangeSource: ByteSource {
    private let file: DumpFile
    private var position: Int
    private let upper: Int

    init(_ file: DumpFile, range: Range<Int>) {
        self.file = file
        position = range.lowerBound
        upper = range.upperBound
    }

    /// The absolute file offset reached, so errors name offsets in the whole file.
    var compressedBytesRead: Int { position }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let want = min(buffer.count, upper - position)
        guard want > 0, let base = buffer.baseAddress else { return 0 }
        let n = try file.pread(into: UnsafeMutableRawBufferPointer(start: base, count: want), at: position)
        position += n
        return n
    }
}
