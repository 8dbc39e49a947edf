#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Somewhere bytes go: an `AtomicFile`, standard output.
public protocol ByteSink: AnyObject {
    /// Writes all of `bytes` (retrying short writes), or throws.
    func write(_ bytes: UnsafeRawBufferPointer) throws
}

extension ByteSink {
    /// Writes all of `bytes`, or throws.
    public func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }
}

/// A write, rename or open that failed, with the path and the system's reason.
public struct OutputError: Error, CustomStringConvertible, Sendable {
    /// The file concerned.
    public var path: String
    /// What was being done: `open`, `write`, `rename`, …
    public var operation: String
    /// The system's message (`strerror`).
    public var reason: String

    /// A message naming the operation, the path and the reason.
    public var description: String { "cannot \(operation) \(path): \(reason)" }

    /// An error for the current `errno`.
    static func fromErrno(_ operation: String, _ path: String) -> OutputError {
        OutputError(path: path, operation: operation, reason: String(cString: strerror(errno)))
    }
}

/// Writes all bytes to a file descriptor, retrying short writes and EINTR.
func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws {
    guard var base = bytes.baseAddress else { return }
    var left = bytes.count
    while left > 0 {
        let written = write(fd, base, left)  // the C call: no method named write is in scope here
        if written < 0 {
            if errno == EINTR { continue }
            throw OutputError.fromErrno("write", path)
        }
        left -= written
        base += written
    }
}

/// Standard output as a `ByteSink` (for `--output -`).
public final class StandardOutput: ByteSink {
    /// Creates a sink writing to file descriptor 1.
    public init() {}

    /// Writes all of `bytes` to standard output.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        try writeAll(STDOUT_FILENO, bytes, path: "<stdout>")
    }
}
