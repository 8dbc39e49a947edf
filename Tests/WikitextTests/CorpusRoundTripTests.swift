import Foundation
import Testing
import TestSupport
import Wikitext

@Suite("Round-trip over real pages")
struct CorpusRoundTripTests {
    @Test("every Corpus/ file prints back byte for byte", arguments: Fixtures.corpusFiles().map(\.lastPathComponent))
    func corpusFile(_ name: String) throws {
        let bytes = try Fixtures.corpusBytes(name)
        let doc = WikitextDocument(parsing: bytes)
        #expect(doc.serialized() == bytes)
        #expect(doc.structuralProblem() == nil)
        #expect(doc.nodeCount > 10)
    }

    @Test("the corpus is there: 39 articles")
    func corpusPresent() {
        #expect(Fixtures.corpusFiles().count == 39)
    }

    @Test("invalid UTF-8 is kept byte-exact")
    func invalidUTF8() {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x7B, 0x7B, 0xC3, 0x7C, 0x80, 0x3D, 0xE2, 0x82, 0x7D, 0x7D, 0x0A, 0xF0, 0x9F]
        let doc = WikitextDocument(parsing: bytes)
        #expect(doc.serialized() == bytes)
        #expect(doc.structuralProblem() == nil)
        #expect(all(.template, in: doc).count == 1)
    }

    @Test("empty input")
    func empty() {
        let doc = WikitextDocument(parsing: [UInt8]())
        #expect(doc.serialized() == [])
        #expect(doc.root.children.map { $0 }.isEmpty)
    }
}
