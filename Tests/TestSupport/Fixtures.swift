import Foundation

/// Where the test fixtures live: the repository's own `Corpus/`, and the team's `../shared` folder.
///
/// `../shared` holds material we may not copy into the repo (GPL peer suites, dumps). A test that
/// needs it fails when it is absent.
public enum Fixtures {
    /// The repository root, found from this file's path.
    public static let repoRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Corpus/` in the repository.
    public static let corpus: URL = repoRoot.appendingPathComponent("Corpus")

    /// `../shared` beside the repository, or nil when it is not there.
    public static var shared: URL? {
        let url = repoRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// True when running under CI, where missing fixtures must fail instead of skipping.
    public static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// A path inside `../shared`. Throws `MissingShared` when `../shared` is absent, so the
    /// test that needs it fails loudly (never a silent skip, in CI or locally).
    public static func shared(_ relative: String) throws -> URL {
        guard let base = shared else { throw MissingShared(path: relative) }
        return base.appendingPathComponent(relative)
    }

    /// Every `.wikitext` file in `Corpus/`, sorted by name.
    public static func corpusFiles() -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        return names.filter { $0.hasSuffix(".wikitext") }.sorted().map { corpus.appendingPathComponent($0) }
    }

    /// The bytes of a file in `Corpus/`.
    public static func corpusBytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: corpus.appendingPathComponent(name)))
    }
}

/// `../shared` is missing. Under CI this fails the test; see `Fixtures.isCI`.
public struct MissingShared: Error, CustomStringConvertible {
    public let path: String
    public var description: String {
        "../shared/\(path) is missing: put the team's shared folder beside the repository"
    }
}
