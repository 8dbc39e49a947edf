import Foundation
import Testing
import TestSupport

/// `convert` skips a dump's disambiguation pages, as it skips redirects, unless
/// `--keep-disambiguation`; `validate` skips them too. The gensim dump sample holds eight.
@Suite("Dumps: disambiguation pages skipped")
struct DisambiguationSkipTests {
    static func titles(_ extra: [String]) throws -> [String] {
        let dump = try Fixtures.shared("dumps/" + Fixtures.gensimDump).path
        let directory = try TemporaryDirectory()
        let run = try BadInputTests.run(["convert", dump, "--format", "jsonl", "--output", "-"] + extra, in: directory.path(""))
        #expect(run.status == 0, "\(run.stderr)")
        return String(decoding: run.stdout, as: UTF8.self).split(separator: "\n").compactMap { line in
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return object?["title"] as? String
        }
    }

    @Test("the eight disambiguation pages are left out by default and kept with --keep-disambiguation")
    func skipped() throws {
        let kept = try Self.titles(["--keep-disambiguation"])
        let converted = try Self.titles([])
        let dropped = ["Alien", "Austin (disambiguation)", "Ada", "Aberdeen (disambiguation)", "Argument (disambiguation)",
                       "Animal (disambiguation)", "Asia Minor (disambiguation)", "Aa River"]
        #expect(kept.filter { !converted.contains($0) } == dropped)
        #expect(converted.count == kept.count - 8)
        #expect(converted.contains("Andre Agassi") && converted.contains("Asia"))
    }
}
