import Foundation
import Testing
import TestSupport
import Wikitext

/// Seeded property test: randomly mutated slices of real pages still round-trip exactly and
/// give a well-formed tree.
@Suite("Mutated slices")
struct MutationTests {
    static let tokens = ["{{", "}}", "[[", "]]", "{|", "|}", "<ref>", "</ref>", "<!--", "-->", "|", "\n|-\n",
                         "\n|", "||", "!!", "''", "'''", "\n==", "==\n", "{{{", "}}}", "<span>", "</span>",
                         "[http://x.org ", "]", "=", "\n{|\n", "&amp;", "<nowiki>", "\n*", "{{!}}"].map { Array($0.utf8) }

    @Test("10,000 mutated slices round-trip and stay well-formed")
    func mutations() throws {
        let texts = try Fixtures.corpusFiles().map { [UInt8](try Data(contentsOf: $0)) }
        try #require(!texts.isEmpty)
        var rng = SeededGenerator(seed: 0x57_1C_0A)
        var failures: [String] = []
        for iteration in 0..<10_000 {
            let text = texts[Int.random(in: 0..<texts.count, using: &rng)]
            let length = Int.random(in: 1...min(3000, text.count), using: &rng)
            let start = Int.random(in: 0...(text.count - length), using: &rng)
            var slice = Array(text[start..<(start + length)])
            for _ in 0..<Int.random(in: 1...6, using: &rng) {
                mutate(&slice, using: &rng)
            }
            let doc = WikitextDocument(parsing: slice)
            if let problem = lawful(doc) {
                failures.append("iteration \(iteration): \(problem): \(String(decoding: slice.prefix(200), as: UTF8.self))")
                if failures.count > 5 { break }
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    func mutate(_ bytes: inout [UInt8], using rng: inout SeededGenerator) {
        let at = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &rng)
        switch Int.random(in: 0..<3, using: &rng) {
        case 0 where !bytes.isEmpty:  // cut
            let end = min(bytes.count, at + Int.random(in: 1...50, using: &rng))
            if at < end { bytes.removeSubrange(at..<end) }
        case 1 where !bytes.isEmpty:  // duplicate
            let end = min(bytes.count, at + Int.random(in: 1...80, using: &rng))
            if at < end { bytes.insert(contentsOf: bytes[at..<end], at: at) }
        default:  // insert a markup token
            bytes.insert(contentsOf: Self.tokens[Int.random(in: 0..<Self.tokens.count, using: &rng)], at: at)
        }
    }
}
