import Testing
import Wikitext
import WikiModel
@testable import WikiExtract

/// `LinkTarget` reads a link's target from the source bytes; the tree reads it as
/// `textWithoutComments` with a leading `:` dropped. Both must give the same string, and a
/// link without a label must show the same bytes as decoding its target string.
@Suite struct LinkTargetTests {
    /// The target string as the tree gives it.
    static func reference(_ link: Int32, _ document: WikitextDocument) -> String {
        let target = document.firstChild(of: link, kind: .linkTarget)
        guard target >= 0 else { return "" }
        var t = document.node(target).textWithoutComments
        if t.hasPrefix(":") { t.removeFirst() }
        return t
    }

    static func check(_ document: WikitextDocument) -> Int {
        var renderer = PlainTextRenderer()
        for link in document.ids(of: .wikilink) {
            let target = LinkTarget(link: link, in: document, source: document.source)
            let text = target.text(document, document.source)
            #expect(text == reference(link, document), "link \(link)")
            // The bytes the renderer records are the string's.
            let written = GrowingBytes()
            written.append(0x78)
            target.appendText(document, document.source, to: written)
            let bytes = Array(written.bytes)
            #expect(bytes.dropFirst().elementsEqual(text.utf8), "link \(link)")
            for pipeTrick in [false, true] {
                renderer.reset()
                renderer.linkBytes.append(bytes)
                renderer.appendShown(1..<bytes.count, pipeTrick: pipeTrick)
                let shown = Array(renderer.out.bytes)
                renderer.reset()
                HTMLEntities.appendDecodingAll(pipeTrick ? PlainTextRenderer.pipeTrick(text) : text, to: renderer.out)
                #expect(shown == Array(renderer.out.bytes), "link \(link)")
            }
        }
        return document.ids(of: .wikilink).count
    }

    @Test func targetsMatchTreeOnCorpus() throws {
        var links = 0
        for (_, document) in try TextFastPathTests.corpusDocuments() { links += Self.check(document) }
        #expect(links > 5_000)
    }

    @Test func targetsMatchTreeOnOddMarkup() {
        let odd = ["[[ :Foo]]", "[[:\u{0301}x]]", "[[:]]", "[[ ]]", "[[\u{0C}Foo\u{0C}]]", "[[Foo<!--c-->|bar]]",
                   "[[<!--c-->:Bar]]", "[[:Foo<!--c-->]]", "[[a&amp;b]]", "[[a&amp;b|]]", "[[\u{00E9}t\u{00E9}]]",
                   "[[ \r\nFoo bar \t]]", "[[:  spaced ]]", "[[Category:X]]", "[[:Category:X]]", "[[File:a.png|x]]"]
        for markup in odd { _ = Self.check(WikitextDocument(parsing: Array("a \(markup) b".utf8))) }
        // Invalid UTF-8 after a colon and inside a target.
        for bytes: [UInt8] in [[0x5B, 0x5B, 0x3A, 0xFF, 0x61, 0x5D, 0x5D], [0x5B, 0x5B, 0x61, 0xC3, 0x5D, 0x5D]] {
            _ = Self.check(WikitextDocument(parsing: bytes))
        }
        var generator = MarkupGenerator(seed: 23)
        for _ in 0..<300 { _ = Self.check(WikitextDocument(parsing: generator.page())) }
    }
}
