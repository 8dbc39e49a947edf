import Foundation
import Testing
import TestSupport
import Wikitext
import WikiModel
@testable import WikiExtract

/// The byte path of cell rendering (`finishBytes`, `SimpleText.write`, folding in place and
/// the store's `append(ownText:)`) against the string path it replaces.
@Suite struct RenderedBytesTests {
    /// `bytes` folded in place in a renderer's buffer.
    static func foldedInPlace(_ bytes: [UInt8]) -> [UInt8] {
        let buffer = GrowingBytes(capacity: 4)  // small, so that appending grows it
        buffer.append(bytes)
        TextFolding.foldText(inPlace: buffer)
        return Array(buffer.bytes)
    }

    /// Folding in place gives the bytes of `TextFolding.text`, for odd blanks included.
    @Test func foldInPlaceMatchesText() {
        let samples = ["", " ", "a", "  a  b ", "\n\n x \t\ty \n\n\n z\n", "13\u{A0}999", "8\u{A0}February",
                       "\u{A0}1\u{A0}", "a \u{A0} 1\u{A0}2", "\r\n\r\nA\r\n", " \n \n a"]
        for sample in samples {
            let bytes = Self.foldedInPlace(Array(sample.utf8))
            #expect(String(decoding: bytes, as: UTF8.self) == TextFolding.text(ArraySlice(sample.utf8)), "\(sample.debugDescription)")
        }
        // Runs longer than the eight bytes folding copies at a time, blanks at every offset.
        let long: [(String, String)] = [
            ("  Pakistan Tehreek-e-Insaf  ", "Pakistan Tehreek-e-Insaf"),
            ("Pakistan\u{A0}Tehreek-e-Insaf\t(PTI)\n\n\n\nIndependents  ", "Pakistan Tehreek-e-Insaf (PTI)\n\nIndependents"),
            ("13\u{A0}999\u{A0}656\u{A0}votes\u{A0}\u{A0}cast", "13\u{A0}999\u{A0}656 votes cast"),
            ("Ciudad de México  —  São Paulo", "Ciudad de México — São Paulo"),
        ]
        for (sample, folded) in long {
            for offset in 0..<9 {
                let padded = String(repeating: " ", count: offset) + sample
                let bytes = Self.foldedInPlace(Array(padded.utf8))
                #expect(String(decoding: bytes, as: UTF8.self) == folded, "\(padded.debugDescription)")
                #expect(TextFolding.line(ArraySlice(padded.utf8)) == folded.replacingOccurrences(of: "\n\n", with: " "),
                        "\(padded.debugDescription)")
            }
        }
    }

    /// For every cell and parameter value of some corpus pages, one renderer finishing as bytes
    /// gives the text, links and notes `finish` gives, and `SimpleText.write` folds to what
    /// `SimpleText.render` returns.
    @Test func bytesMatchStrings() throws {
        for (name, document) in try TextFastPathTests.corpusDocuments().prefix(12) {
            var renderer = PlainTextRenderer()
            renderer.collectTemplates = false
            for id in TextFastPathTests.contents(document) {
                let reference = TextFastPathTests.render(id, document, atOnce: true, templates: false)
                renderer.reset()
                renderer.render(id, in: document)
                let notes = renderer.finishBytes()
                #expect(String(decoding: renderer.out.bytes, as: UTF8.self) == reference.text, "\(name) node \(id)")
                #expect(renderer.recordedLinks() == reference.links && notes == reference.notes, "\(name) node \(id)")
                // The store keeps the links as the renderer's bytes and reads them back as strings.
                var builder = CellStore.Builder(source: document.source)
                let cell = renderer.out.withUnsafeBufferPointer { text in
                    renderer.linkSpans.withUnsafeBufferPointer { spans in
                        renderer.linkBytes.withUnsafeBufferPointer { bytes in
                            builder.append(ownText: text, raw: .source(0..<0), line: 1, linkSpans: spans, linkBytes: bytes,
                                           value: .plain(kind: .text, status: nil, number: nil))
                        }
                    }
                }
                let content = CellContent(CellStore(builder), Int(cell))
                #expect(content.links == reference.links && content.hasLinks == !reference.links.isEmpty, "\(name) node \(id)")

                let written = GrowingBytes()
                let simple = SimpleText.render(id, in: document)
                #expect(SimpleText.write(id, in: document, to: written) == (simple != nil), "\(name) node \(id)")
                if let simple {
                    TextFolding.foldText(inPlace: written)
                    #expect(String(decoding: written.bytes, as: UTF8.self) == simple, "\(name) node \(id)")
                } else {
                    #expect(written.isEmpty, "\(name) node \(id)")
                }
            }
        }
    }

    /// A text given as bytes reads back as the same text given as a string.
    @Test func storeTakesBytes() {
        let source = Array("| a || b".utf8)
        var builder = CellStore.Builder(source: source)
        let text = "Labour Party · 1,234"
        let a = builder.append(text: .own(text), raw: .source(2..<3), line: 1, value: ValueMapping.value(of: text))
        let b = Array(text.utf8).withUnsafeBufferPointer {
            builder.append(ownText: $0, raw: .source(2..<3), line: 1, value: ValueMapping.storedValue(ofBytes: $0))
        }
        let store = CellStore(builder)
        let x = CellContent(store, Int(a)), y = CellContent(store, Int(b))
        #expect(x.text == text && y.text == text)
        #expect(x.raw == y.raw && x.value == y.value)
        #expect(ValueMapping.value(ofBytes: UnsafeBufferPointer(start: nil, count: 0)) == ValueMapping.value(of: ""))
    }
}
