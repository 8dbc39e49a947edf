import Foundation
import Testing
import TestSupport
import Wikitext

/// `ids(of:)` scans the arena instead of walking the tree (templates and tables: returns what
/// the parser noted as it made them); it must find exactly the nodes a walk finds, in the same
/// order, also where failed constructs left unreachable nodes behind.
@Suite("Kind search over the arena")
struct KindSearchTests {
    static let kinds: [NodeKind] = [.template, .table, .tableCell, .wikilink, .tag, .heading, .comment, .text]

    static func walked(_ kind: NodeKind, in doc: WikitextDocument, below root: Node) -> [Int32] {
        root.descendants.filter { $0.kind == kind }.map(\.id)
    }

    @Test("every Corpus/ page: the scan finds what the walk finds", arguments: Fixtures.corpusFiles().map(\.lastPathComponent))
    func corpusPage(_ name: String) throws {
        let doc = WikitextDocument(parsing: try Fixtures.corpusBytes(name))
        for kind in Self.kinds {
            #expect(doc.ids(of: kind) == Self.walked(kind, in: doc, below: doc.root), "\(kind)")
        }
        // Below a subtree: every table's cells, and whether it holds templates.
        for table in doc.nodes(of: .table) {
            #expect(doc.ids(of: .tableCell, below: table.id) == Self.walked(.tableCell, in: doc, below: table))
            #expect(doc.contains(.template, below: table.id) == !Self.walked(.template, in: doc, below: table).isEmpty)
        }
    }

    @Test("every ../shared corpus page: the templates and tables the parser noted are those a walk finds")
    func sharedCorpusPages() throws {
        var pages = 0
        for folder in ["corpus/articles", "corpus/elections"] {
            let url = try Fixtures.shared(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path) where name.hasSuffix(".wikitext") {
                let doc = WikitextDocument(parsing: [UInt8](try Data(contentsOf: url.appendingPathComponent(name))))
                for kind in [NodeKind.template, .table] {
                    #expect(doc.ids(of: kind) == Self.walked(kind, in: doc, below: doc.root), "\(kind) in \(name)")
                }
                pages += 1
            }
        }
        #expect(pages >= 39)
    }

    @Test("broken markup: unclosed and crossed constructs leave nothing the scan wrongly finds")
    func brokenMarkup() {
        let samples = [
            "{{a|{{b|[[c|{{d}}", "{|\n|a\n|{{x|\n|}\n}}", "[[a|{{b}}]] {{c|[[d]]", "{{{a|{{b}}",
            "<ref>{{a}}</ref {{b}} <ref>{{c", "{{a\n{|\n|b}}\n|}", "''{{a|''b''}}'' [[x|{{y|]]}}",
        ]
        for text in samples {
            let doc = WikitextDocument(parsing: text)
            for kind in Self.kinds {
                #expect(doc.ids(of: kind) == Self.walked(kind, in: doc, below: doc.root), "\(kind) in \(text)")
            }
        }
    }

    @Test("2,000 seeded mutated slices: the scan finds what the walk finds")
    func mutatedSlices() throws {
        let texts = try Fixtures.corpusFiles().map { [UInt8](try Data(contentsOf: $0)) }
        try #require(!texts.isEmpty)
        var rng = SeededGenerator(seed: 0x1D5)
        var failures: [String] = []
        for _ in 0..<2_000 {
            let text = texts[Int.random(in: 0..<texts.count, using: &rng)]
            let length = Int.random(in: 1...min(2000, text.count), using: &rng)
            let start = Int.random(in: 0...(text.count - length), using: &rng)
            var slice = Array(text[start..<(start + length)])
            for _ in 0..<Int.random(in: 1...6, using: &rng) {
                let at = Int.random(in: 0...slice.count, using: &rng)
                slice.insert(contentsOf: MutationTests.tokens[Int.random(in: 0..<MutationTests.tokens.count, using: &rng)], at: at)
            }
            let doc = WikitextDocument(parsing: slice)
            for kind in Self.kinds where doc.ids(of: kind) != Self.walked(kind, in: doc, below: doc.root) {
                failures.append("\(kind): \(String(decoding: slice.prefix(120), as: UTF8.self))")
            }
            if failures.count > 5 { break }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }
}
