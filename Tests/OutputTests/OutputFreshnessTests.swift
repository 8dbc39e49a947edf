import Foundation
import Testing
import TestSupport
import Wikitext
import WikiCheck
import WikiExport
import WikiExtract
import WikiModel

/// `Output/` must be exactly what converting `Corpus/` gives with the current code.
/// Regenerate with the README's main command when this fails.
@Suite("Output/ is fresh")
struct OutputFreshnessTests {
    /// The formats committed in Output/ (the SQLite file is left out: it is binary and
    /// rebuilt by the main command).
    static let formats: [ExportFormat] = [.json, .jsonl, .csv, .md]

    @Test("converting Corpus/ reproduces Output/ byte for byte")
    func fresh() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("wikiconv-output-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let set = try ExportSet(formats: Self.formats, output: scratch.path)
        for file in Fixtures.corpusFiles() {
            let name = file.lastPathComponent
            let document = WikitextDocument(parsing: [UInt8](try Data(contentsOf: file)))
            var article = ArticleBuilder.build(title: ArticleBuilder.title(forFileName: name),
                                               source: Source(path: "Corpus/\(name)"), document: document)
            article.findings = Checker.check(article)  // as `convert` does
            try set.write(article)
        }
        try set.finish()
        let output = Fixtures.repoRoot.appendingPathComponent("Output")
        let expected = try Self.files(under: output).filter { $0 != "README.md" && !$0.hasSuffix(".sqlite") }
        let produced = try Self.files(under: scratch)
        let missing = Set(produced).subtracting(expected).sorted(), extra = Set(expected).subtracting(produced).sorted()
        #expect(missing.isEmpty && extra.isEmpty,
                "Output/ lacks \(missing.prefix(10)) and has extra \(extra.prefix(10)): regenerate it")
        var stale: [String] = []
        for path in produced where expected.contains(path) {
            let a = try Data(contentsOf: scratch.appendingPathComponent(path))
            let b = try Data(contentsOf: output.appendingPathComponent(path))
            if a != b { stale.append(path) }
        }
        #expect(stale.isEmpty, "stale in Output/ (regenerate with the README's main command): \(stale.prefix(10))")
    }

    /// Relative paths of all files below `root`, sorted.
    static func files(under root: URL) throws -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var paths: [String] = []
        while let path = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path,
                                                        isDirectory: &isDirectory)
            if exists && !isDirectory.boolValue { paths.append(path) }
        }
        return paths.sorted()
    }
}
