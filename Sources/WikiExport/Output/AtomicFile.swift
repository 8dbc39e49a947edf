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
/// killed by a signal cannot run `deinit`: the CLI calls `AtomicFile.removePendingOnSignals()`
/// first thing, so SIGINT, SIGTERM and SIGHUP remove every pending temporary file before the
/// process ends. Temporary names look like `.NAME.wikiconv-PID-N.tmp`, so leftovers of a
/// `kill -9` are easy to recognise, and `removeStale(under:)` deletes those whose process is
/// gone at the start of the next run. `commit()` does not `fsync` unless asked: the rename
/// protects against a crashed process, not against a power cut.
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
        let (directory, name) = Self.split(path)
        let temporary = Self.temporaryName(directory: directory, name: name)
        temporaryPath = temporary
        // Created and registered under one lock, so a signal's cleanup cannot miss it.
        var openError: Int32 = 0  // errno of open(), before unlocking can touch it
        let create = { () -> Int32 in
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            openError = fd < 0 ? errno : 0
            return fd
        }
        fd = Pending.shared.create(temporary, create)
        if fd < 0 && openError == ENOENT {
            // Parent folders are created only when missing: most files go into existing ones.
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            fd = Pending.shared.create(temporary, create)
        }
        guard fd >= 0 else {
            errno = openError
            throw OutputError.fromErrno("create", temporaryPath)
        }
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
        let (directory, name) = split(path)
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return temporaryName(directory: directory, name: name)
    }

    /// `DIR/.NAME.wikiconv-PID-N.tmp`, built in one buffer (seven String appends cost more
    /// than writing a small file's bytes).
    private static func temporaryName(directory: String, name: String) -> String {
        var path = ByteBuffer(capacity: directory.utf8.count + name.utf8.count + 64)
        path.append(contentsOf: directory)
        path.append("/.")
        path.append(contentsOf: name)
        path.append(".wikiconv-")
        path.appendDecimal(Int(processID))
        path.append("-")
        path.appendDecimal(Pending.shared.next())
        path.append(".tmp")
        return String(decoding: path.bytes, as: UTF8.self)
    }

    /// The absolute directory of `path` and its last component, found by scanning bytes (as
    /// `URL(fileURLWithPath:)` would split it, at a fraction of the cost: this runs per file).
    static func split(_ path: String) -> (directory: String, name: String) {
        var utf8 = Array(path.utf8)
        while utf8.count > 1 && utf8.last == UInt8(ascii: "/") { utf8.removeLast() }  // "dir/" names dir
        let slash = utf8.lastIndex(of: UInt8(ascii: "/"))
        let name = String(decoding: utf8[(slash.map { $0 + 1 } ?? 0)...], as: UTF8.self)
        var directory = slash.map { String(decoding: utf8[..<max($0, 1)], as: UTF8.self) } ?? ""
        if directory.first != "/" {
            let cwd = FileManager.default.currentDirectoryPath
            directory = directory.isEmpty ? cwd : (cwd.hasSuffix("/") ? cwd : cwd + "/") + directory
        }
        return (directory, name)
    }

    private static let processID = getpid()

    /// The temporary files currently open in this process.
    public static var pendingPaths: [String] { Pending.shared.snapshot() }

    // MARK: - Interrupted runs

    /// Makes SIGINT, SIGTERM and SIGHUP remove this process's pending temporary files, then end
    /// the process by that same signal (so a shell still sees "killed by SIGINT"). A signal that
    /// is ignored when this is called (`nohup`) stays ignored.
    ///
    /// The signals are blocked in the calling thread and in every thread it starts afterwards,
    /// and one thread waits for them with `sigwait`, so the cleanup runs as ordinary code, not in
    /// a signal handler. Call it at the start of the run, before other threads exist (a thread
    /// started earlier keeps the default action: the signal would kill the process without
    /// cleanup, and `removeStale(under:)` would clean up on the next run). Calling it again does
    /// nothing. SIGKILL cannot be caught: see `removeStale(under:)`.
    public static func removePendingOnSignals() {
        SignalCleanup.installOnce()
    }

    /// Deletes temporary files under `directory` (recursively) that a killed run left behind:
    /// names of the form `.NAME.wikiconv-PID-N.tmp` (optionally followed by `-journal` and the
    /// like) whose process `PID` no longer exists. Files of live processes, this one included,
    /// are left alone. Returns the paths removed.
    @discardableResult
    public static func removeStale(under directory: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return [] }
        var removed: [String] = []
        let me = getpid()
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            guard let pid = temporaryOwner(name), pid != me else { continue }
            if kill(pid, 0) == 0 || errno != ESRCH { continue }  // alive (or not ours to judge)
            let path = (directory as NSString).appendingPathComponent(relative)
            if unlink(path) == 0 { removed.append(path) }
        }
        return removed.sorted()
    }

    /// The process id in a temporary name `.NAME.wikiconv-PID-N.tmp[-suffix]`, or nil when
    /// `name` is not one.
    static func temporaryOwner(_ name: String) -> pid_t? {
        guard name.hasPrefix("."), let marker = name.range(of: ".wikiconv-", options: .backwards) else { return nil }
        let rest = name[marker.upperBound...]
        let parts = rest.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, let pid = Int32(parts[0]), pid > 0 else { return nil }
        let tail = parts[1]
        guard let dot = tail.firstIndex(of: "."), !tail[..<dot].isEmpty,
              tail[..<dot].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let suffix = tail[dot...]
        guard suffix == ".tmp" || suffix.hasPrefix(".tmp-") else { return nil }
        return pid
    }
}

/// The thread that turns SIGINT/SIGTERM/SIGHUP into "remove pending temporary files, then die".
private enum SignalCleanup {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    private static let installed = NSLock()
    nonisolated(unsafe) private static var done = false

    static func installOnce() {
        installed.lock()
        defer { installed.unlock() }
        guard !done else { return }
        done = true
        var set = sigset_t()
        sigemptyset(&set)
        var handled = 0
        for s in signals {
            // A signal the parent set to be ignored (nohup, `cmd &` in a script) stays ignored.
            let previous = signal(s, SIG_IGN)
            signal(s, previous)
            if unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { continue }
            sigaddset(&set, s)
            handled += 1
        }
        guard handled > 0 else { return }
        pthread_sigmask(SIG_BLOCK, &set, nil)  // inherited by every thread started from now on
        let blocked = set
        let waiter = Thread {
            var wanted = blocked
            var received: Int32 = 0
            while sigwait(&wanted, &received) != 0 {}
            Pending.shared.terminate { paths in for path in paths { unlink(path) } }
            // End by the same signal: default action, unblocked, aimed at this thread.
            signal(received, SIG_DFL)
            var one = sigset_t()
            sigemptyset(&one)
            sigaddset(&one, received)
            pthread_sigmask(SIG_UNBLOCK, &one, nil)
            raise(received)
            _exit(128 + received)  // not reached
        }
        waiter.stackSize = 256 << 10
        waiter.start()
    }
}

/// The process-wide list of open temporary files, and the counter that names them.
final class Pending: @unchecked Sendable {
    static let shared = Pending()
    private let lock = NSLock()
    private var paths: Set<String> = []
    private var counter = 0

    func next() -> Int { lock.withLock { counter += 1; return counter } }
    func add(_ path: String) { _ = lock.withLock { paths.insert(path) } }
    /// Runs `open` (which creates `path`) and records `path`, under the lock.
    func create(_ path: String, _ open: () -> Int32) -> Int32 {
        lock.withLock {
            let fd = open()
            if fd >= 0 { paths.insert(path) }
            return fd
        }
    }
    /// Hands every recorded path to `cleanup` and never releases the lock: no temporary file
    /// can be created or registered afterwards. For a process about to end.
    func terminate(_ cleanup: ([String]) -> Void) {
        lock.lock()
        cleanup(Array(paths))
        paths.removeAll()
    }
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
