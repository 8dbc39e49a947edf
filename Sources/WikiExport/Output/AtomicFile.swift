import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written under a temporary name in its own directory and renamed into place on
/// `commit()`, so readers never see a half-written file.
///
/// If the writer throws, `discard()` (or `deinit`) removes the temporary file. A process
/// killed by a signal cannot run `deinit`: the CLI should call `AtomicFile.removeAllPending()`
/// from its SIGINT/SIGTERM handler. Temporary names look like `.NAME.wikiconv-PID-N.tmp`, so
/// leftovers of a `kill -9` are easy to recognise. `commit()` does not `fsync` unless asked:
/// the rename protects against a crashed process, not against a power cut.
public final class AtomicFile: ByteSink {
    /// The final path.
    public let path: String
    /// The temporary path being written.
    public let temporaryPath: String
    private var fd: Int32
    private var finished = false

    /// Creates the temporary file beside `path`, creating missing parent directories.
    public init(path: String) throws {
        self.path = path
        temporaryPath = Self.temporaryPath(for: path)
        fd = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw OutputError.fromErrno("create", temporaryPath) }
        Pending.shared.add(temporaryPath)
    }

    deinit { discard() }

    /// Appends bytes to the temporary file.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard !finished else { throw OutputError(path: path, operation: "write", reason: "already committed or discarded") }
        try writeAll(fd, bytes, path: temporaryPath)
    }

    /// Closes the temporary file and renames it to `path`, replacing any old file.
    /// With `durable`, the data is flushed to disk first. On failure the temporary file is removed.
    public func commit(durable: Bool = false) throws {
        guard !finished else { return }
        if durable && fsync(fd) != 0 {
            let error = OutputError.fromErrno("fsync", temporaryPath)
            discard()
            throw error
        }
        finished = true
        let closed = close(fd)
        fd = -1
        if closed != 0 || rename(temporaryPath, path) != 0 {
            let error = OutputError.fromErrno(closed != 0 ? "close" : "rename to \(path)", temporaryPath)
            unlink(temporaryPath)
            Pending.shared.remove(temporaryPath)
            throw error
        }
        Pending.shared.remove(temporaryPath)
    }

    /// Closes and removes the temporary file; `path` is left as it was. Safe to call twice.
    public func discard() {
        guard !finished else { return }
        finished = true
        close(fd)
        fd = -1
        unlink(temporaryPath)
        Pending.shared.remove(temporaryPath)
    }

    /// Writes a whole file: `body` writes into it, then it is committed; if `body` throws,
    /// the temporary file is removed and the error rethrown.
    public static func write(to path: String, _ body: (AtomicFile) throws -> Void) throws {
        let file = try AtomicFile(path: path)
        do {
            try body(file)
            try file.commit()
        } catch {
            file.discard()
            throw error
        }
    }

    /// Writes `bytes` as the whole content of `path`, atomically.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        try write(to: path) { try $0.write(bytes) }
    }

    /// Removes every temporary file of this process that was neither committed nor discarded.
    /// Meant for the CLI's interrupt handler (it is not async-signal-safe: call it from a
    /// `DispatchSource` signal handler, not from a raw `signal()` handler).
    /// With `directory`, only temporary files inside it are removed.
    public static func removeAllPending(under directory: String? = nil) {
        let prefix = directory.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        for temporary in Pending.shared.drain(where: { prefix == nil || $0.hasPrefix(prefix!) }) {
            unlink(temporary)
        }
    }

    /// A fresh temporary name beside `path` (`DIR/.NAME.wikiconv-PID-N.tmp`), after creating
    /// missing parent directories. Shared with `SQLiteExporter`, which builds new files the same way.
    static func temporaryPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return directory + "/." + url.lastPathComponent + ".wikiconv-\(getpid())-\(Pending.shared.next()).tmp"
    }

    /// The temporary files currently open in this process.
    public static var pendingPaths: [String] { Pending.shared.snapshot() }
}

/// The process-wide list of open temporary files, and the counter that names them.
final class Pending: @unchecked Sendable {
    static let shared = Pending()
    private let lock = NSLock()
    private var paths: Set<String> = []
    private var counter = 0

    func next() -> Int { lock.withLock { counter += 1; return counter } }
    func add(_ path: String) { _ = lock.withLock { paths.insert(path) } }
    func remove(_ path: String) { _ = lock.withLock { paths.remove(path) } }
    func snapshot() -> [String] { lock.withLock { paths.sorted() } }
    func drain(where matches: (String) -> Bool) -> [String] {
        lock.withLock {
            let drained = paths.filter(matches)
            paths.subtract(drained)
            return Array(drained)
        }
    }
}
