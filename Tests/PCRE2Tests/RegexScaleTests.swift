import Foundation
import PCRE2
import TestSupport
import Testing

/// Large subjects and threads. These assert results, not timings: a quadratic UTF re-check
/// would turn the 1 MB scan from milliseconds into about a minute, which the suite would notice.
@Suite struct RegexScaleTests {
    static let number = try! Regex(#"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+(?:\.[0-9]+)?%?"#)

    /// A 1 MB non-ASCII subject with many matches.
    static let bigSubject: String = {
        var s = ""
        var i = 0
        while s.utf8.count < 1_048_576 {
            s += "Partei № \(i) erhielt 12,345 Stimmen — 23.5% ± "
            i += 1
        }
        return s
    }()

    @Test func findAllOverOneMegabyteStaysLinear() {
        let ms = Self.number.matches(in: Self.bigSubject)
        let lines = Self.bigSubject.components(separatedBy: "Partei").count - 1
        #expect(ms.count == lines * 3)
        // The same through the byte-buffer path, which checks UTF once and then trusts it.
        let bytes = Array(Self.bigSubject.utf8)
        #expect(Self.number.matches(in: bytes).count == ms.count)
    }

    @Test func oneRegexSharedAcrossThreads() async {
        let s = Self.bigSubject
        let expected = Self.number.matches(in: s).count
        let counts = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 { group.addTask { Self.number.matches(in: s).count } }
            var all: [Int] = []
            for await c in group { all.append(c) }
            return all
        }
        #expect(counts == Array(repeating: expected, count: 8))
    }

    @Test func scansTheWholeCorpus() throws {
        var total = 0
        for url in Fixtures.corpusFiles() {
            let bytes = [UInt8](try Data(contentsOf: url))
            total += Self.number.matches(in: bytes).count
        }
        #expect(total > 10_000)
    }
}
