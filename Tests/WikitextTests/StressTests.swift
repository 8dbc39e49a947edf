import Foundation
import Testing
import TestSupport
import Wikitext

/// Deep nesting and large noisy input: no crash, no recursion limit, exact round-trip.
@Suite("Stress")
struct StressTests {
    @Test("10,000 nested templates")
    func nestedTemplates() {
        let text = String(repeating: "{{a|", count: 10_000) + "x" + String(repeating: "}}", count: 10_000)
        let doc = parse(text)
        #expect(lawful(doc) == nil)
        var depth = 0
        var node: Node? = doc.root.children.first { _ in true }
        while let n = node, n.kind == .template {
            depth += 1
            node = n.child(.parameter)?.child(.parameterValue)?.children.first { $0.kind == .template }
        }
        #expect(depth == 10_000)
    }

    @Test("10,000 unclosed templates become text")
    func unclosedTemplates() {
        let text = String(repeating: "{{a|", count: 10_000) + "x"
        let doc = parse(text)
        #expect(lawful(doc) == nil)
        #expect(all(.template, in: doc).isEmpty)
    }

    @Test("10,000 nested tables")
    func nestedTables() {
        let text = String(repeating: "{|\n|\n", count: 10_000) + String(repeating: "|}\n", count: 10_000)
        let doc = parse(text)
        #expect(lawful(doc) == nil)
        #expect(all(.table, in: doc).count == 10_000)
    }

    @Test("10,000 nested links, tags and arguments")
    func nestedMixed() {
        let text = String(repeating: "[[a|<span>{{{b|", count: 10_000) + String(repeating: "}}}</span>]]", count: 10_000)
        let doc = parse(text)
        #expect(lawful(doc) == nil)
        #expect(all(.wikilink, in: doc).count == 10_000)
        #expect(all(.argument, in: doc).count == 10_000)
    }

    @Test("50 MB of random markup noise")
    func noise() {
        let pieces = ["{{", "}}", "[[", "]]", "{|", "|}", "<ref>", "</ref>", "''", "'''", "|", "\n", "!", "=",
                      "<!--", "-->", "abc ", "[", "]", "<", ">", "&", ";", "\n|-\n", "{{{", "}}}", "<span>"].map { Array($0.utf8) }
        var rng = SeededGenerator(seed: 42)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(50_000_000)
        while bytes.count < 50_000_000 { bytes += pieces[Int.random(in: 0..<pieces.count, using: &rng)] }
        let doc = WikitextDocument(parsing: bytes)
        #expect(doc.serialized() == bytes)
        #expect(doc.structuralProblem() == nil)
    }
}
