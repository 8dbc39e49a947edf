import Foundation

/// Runs Python scripts for tests that check our output with Python's own readers
/// (`json`, `csv`, `jsonschema`). Missing Python or a missing module fails the test loudly.
public enum Python {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// `$WIKICONV_PYTHON`, else the repository's `.venv/bin/python`, else `python3` on PATH.
    public static var interpreter: [String] {
        if let chosen = ProcessInfo.processInfo.environment["WIKICONV_PYTHON"] { return [chosen] }
        let venv = Fixtures.repoRoot.appendingPathComponent(".venv/bin/python").path
        if FileManager.default.isExecutableFile(atPath: venv) { return [venv] }
        return ["/usr/bin/env", "python3"]
    }

    /// Runs `script` with `arguments` and returns its standard output; throws with standard
    /// error when it exits non-zero (including "python3: not found" and ImportError).
    public static func run(_ script: String, _ arguments: [String] = []) throws -> String {
        let directory = try TemporaryDirectory()
        let stdout = directory.path("stdout"), stderr = directory.path("stderr")
        _ = FileManager.default.createFile(atPath: stdout, contents: nil)
        _ = FileManager.default.createFile(atPath: stderr, contents: nil)
        let process = Process()
        let command = interpreter
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst()) + ["-c", script] + arguments
        // Files, not pipes: a large output cannot block the child while we wait for it.
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: stdout))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: stderr))
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let out = (try? String(contentsOfFile: stdout, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0 else {
            let err = (try? String(contentsOfFile: stderr, encoding: .utf8)) ?? ""
            throw Failure(description: "\(command.joined(separator: " ")) exited \(process.terminationStatus): \(err)")
        }
        return out
    }
}

/// A fresh directory under the system temporary directory, removed when released.
public final class TemporaryDirectory {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("wikiexport-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// A path inside the directory.
    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// The names in the directory, sorted.
    public func contents(_ sub: String = "") throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: sub.isEmpty ? url.path : path(sub)).sorted()
    }
}
