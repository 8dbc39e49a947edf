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

/// Failed constructs settle in time linear in the page: a page of unclosed external links
/// (each `[http://…` dissolves at its line's end) once took minutes, its fix-ups walking to
/// the end of the page each time.
@Suite("Stress: dissolving at scale")
struct DissolvingStressTests {
    @Test("2 MB of lines with an unclosed external link parse, and print back", .timeLimit(.minutes(1)))
    func unclosedExternalLinks() {
        let line = "[http://example.org label\n"
        let count = 2_000_000 / line.utf8.count
        let bytes = Array(String(repeating: line, count: count).utf8)
        let doc = WikitextDocument(parsing: bytes)
        #expect(doc.serialized() == bytes)
        #expect(doc.structuralProblem() == nil)
        // Each line: its URL as a bare URL and the text after it (which takes the next
        // line's `[`); the page's first `[` is a text of its own.
        #expect(all(.bareURL, in: doc).count == count)
        #expect(all(.text, in: doc).count == 1 + count)
        #expect(doc.root.children.reduce(0) { n, _ in n + 1 } == 1 + 2 * count)
    }

    @Test("a real article repeated to 8 MB parses as its copies do, and prints back", .timeLimit(.minutes(1)))
    func repeatedArticle() throws {
        let one = try Fixtures.corpusBytes("Bootham_Crescent.wikitext")
        let copies = 8_000_000 / one.count + 1
        let bytes = Array([[UInt8]](repeating: one, count: copies).joined())
        let doc = WikitextDocument(parsing: bytes)
        #expect(doc.serialized() == bytes)
        #expect(doc.structuralProblem() == nil)
        let single = WikitextDocument(parsing: one)
        #expect(all(.template, in: doc).count == copies * all(.template, in: single).count)
    }
}
