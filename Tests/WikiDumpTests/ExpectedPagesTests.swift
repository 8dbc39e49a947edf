import Foundation
import Testing
import TestSupport
import WikiDump

/// One line of `Expected/<sample>.jsonl`, written by `scripts/dump-pages-mwxml.py` (Python mwxml).
struct ExpectedPage: Decodable, Equatable {
    let id: Int
    let ns: Int
    let title: String
    let redirect: String?
    let revid: Int?
    let timestamp: String?
    let sha1: String
    let len: Int

    init(from page: DumpPage) {
        id = page.id
        ns = page.namespace
        title = page.title
        redirect = page.redirect
        revid = page.revisionID
        timestamp = page.timestamp
        sha1 = SHA1.hex(page.text)
        len = page.text.count
    }

    static func load(_ sample: String) throws -> [ExpectedPage] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Expected/\(sample).jsonl")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        return try lines.map { try JSONDecoder().decode(ExpectedPage.self, from: Data($0.utf8)) }
    }
}

/// Every sample, read with no filters, equals what mwxml reports: same pages in the same
/// order, same ids, titles, redirects, revisions, timestamps, and text byte for byte (SHA-1).
@Test(arguments: Samples.all)
func pagesMatchMwxml(sample: String) throws {
    let expected = try ExpectedPage.load(sample)
    let ours = try Samples.cachedAll(sample).map(ExpectedPage.init(from:))
    #expect(ours.count == expected.count)
    for (i, (a, b)) in zip(ours, expected).enumerated() where a != b {
        Issue.record("\(sample) page \(i): ours \(a) != mwxml \(b)")
        break
    }
}

/// The multistream sample read sequentially (concatenated streams, no index) also matches.
@Test func multistreamSequentialMatchesMwxml() throws {
    let expected = try ExpectedPage.load(Samples.multistream)
    let ours = try Samples.readAll(Samples.path(Samples.multistream)) { $0.useIndex = false }
        .map(ExpectedPage.init(from:))
    #expect(ours == expected)
}
