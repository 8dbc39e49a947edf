import Testing
import TestSupport
import Wikitext

/// The parser gives most nodes their parent as it appends them and repairs the rest (lists a
/// failed construct or an unclosed tag moved, texts that became neighbours) when their frames
/// close. These compare the result with a plain walk of the tree.
@Suite("Tree links")
struct TreeLinkTests {
    @Test("every Corpus/ page", arguments: Fixtures.corpusFiles().map(\.lastPathComponent))
    func corpusPage(_ name: String) throws {
        #expect(linkProblem(WikitextDocument(parsing: try Fixtures.corpusBytes(name))) == nil)
    }

    @Test("2,000 pages of random markup")
    func noise() {
        let pieces = ["{{", "}}", "[[", "]]", "{|", "|}", "<ref>", "</ref>", "''", "'''", "|", "\n", "!", "=", "\n== ",
                      " ==", "<!--", "-->", "abc ", "[", "]", "<", ">", "&amp;", "\n|-\n", "{{{", "}}}", "<span>",
                      "</span>", "<div>", "http://a.org/x", "[http://b.org y", "\n* ", "\n; t : d", "||", "!!", "{{!}}",
                      "<nowiki>", "</nowiki>", "<br>", "__TOC__", "a=b", "{{#if:", "[[File:a|b|c]]", "]]s", "\n|+ c\n"]
        var rng = SeededGenerator(seed: 11)
        for _ in 0..<2000 {
            let count = Int.random(in: 1...400, using: &rng)
            let text = (0..<count).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &rng)] }.joined()
            let problem = linkProblem(WikitextDocument(parsing: text))
            #expect(problem == nil, "\(text)")
            if problem != nil { break }
        }
    }

    @Test("failures nested 10,000 deep move the same content up at every level")
    func nestedFailures() {
        let text = String(repeating: "[[a|<span>x{{b|y ", count: 10_000) + "z"
        #expect(linkProblem(WikitextDocument(parsing: text)) == nil)
    }

    /// The first broken link of `doc`: a node in the tree without the right parent, a node
    /// out of the tree with a parent, or two touching texts that should have merged.
    func linkProblem(_ doc: WikitextDocument) -> String? {
        if let problem = doc.structuralProblem() { return problem }
        var inTree = [Bool](repeating: false, count: doc.nodeCount)
        inTree[0] = true
        for node in doc.root.descendants { inTree[Int(node.id)] = true }
        for id in 1..<doc.nodeCount where inTree[id] != (doc.node(Int32(id)).parent != nil) {
            return "node \(id) (\(doc.node(Int32(id)).kind)) \(inTree[id] ? "lacks" : "keeps") a parent"
        }
        for node in [doc.root] + Array(doc.root.descendants) {
            var previous: Node?
            for child in node.children {
                if let p = previous, p.kind == .text, child.kind == .text, p.range.upperBound == child.range.lowerBound {
                    return "texts \(p.id) and \(child.id) touch"
                }
                previous = child
            }
        }
        return nil
    }
}
