import Foundation
import Testing
import TestSupport
import Wikitext
import WikiModel
@testable import WikiExtract

/// Cells whose text is a range of the page source (`SimpleText.sourceRange`, stored as
/// `CellString.source`) against the renderer: the range must read exactly as the text the
/// renderer gives, with nothing (links, notes) lost.
@Suite struct CellSourceTextTests {
    /// The source range's bytes as a string, or nil when the shortcut does not answer.
    static func sourceText(_ id: Int32, _ document: WikitextDocument) -> String? {
        SimpleText.sourceRange(id, in: document).map { document.string($0) }
    }

    /// Every cell and parameter value of the corpus: where the range answers, the renderer
    /// gives that text and nothing else; and it answers for most cells.
    @Test func sourceRangeMatchesRendererOnCorpus() throws {
        var answered = 0, cells = 0
        for (name, document) in try TextFastPathTests.corpusDocuments() {
            for id in TextFastPathTests.contents(document) {
                if document.kind(of: id) == .cellContent { cells += 1 }
                guard let text = Self.sourceText(id, document) else { continue }
                if document.kind(of: id) == .cellContent { answered += 1 }
                let reference = TextFastPathTests.render(id, document, atOnce: false)
                #expect(RenderedText(text: text) == reference, "\(name) node \(id)")
            }
        }
        // Measured on Corpus/: 65% of cells read as written. Half is the floor this guards.
        #expect(answered * 2 > cells, "\(answered) of \(cells) cells")
    }

    /// Generated odd markup (entities, tags, links, refs, comments, blanks and no-break
    /// spaces at the ends, invalid UTF-8): the range, where given, is the renderer's text.
    @Test func sourceRangeMatchesRendererOnGeneratedMarkup() {
        var generator = MarkupGenerator(seed: 61)
        var answered = 0
        for _ in 0..<400 {
            let document = WikitextDocument(parsing: generator.page())
            for id in TextFastPathTests.contents(document) {
                guard let text = Self.sourceText(id, document) else { continue }
                answered += 1
                #expect(RenderedText(text: text) == TextFastPathTests.render(id, document, atOnce: false))
            }
        }
        #expect(answered > 1_000)
    }

    /// `unchangedRange` gives a range only where folding the whole input gives its bytes.
    @Test func unchangedRangeAgreesWithFolding() {
        var samples: [[UInt8]] = ["", " ", "a", " a ", "\n a\t\r\n", "a  b", " a b ", "a\tb", "\u{00A0}a", "a\u{00A0}",
                                  "1\u{00A0}000", " \u{000C}x ", "\n\nx\n\n"].map { Array($0.utf8) }
        var generator = MarkupGenerator(seed: 62)
        for _ in 0..<3_000 { samples.append(Array(generator.cell().utf8)) }
        var answered = 0
        for bytes in samples {
            guard let range = TextFolding.unchangedRange(bytes, 0..<bytes.count) else { continue }
            answered += 1
            #expect(String(decoding: bytes[range], as: UTF8.self) == TextFolding.text(bytes[...]), "\(bytes)")
        }
        #expect(answered > 100)
    }

    /// A table read from a page keeps text and raw as ranges where it can, and they read as
    /// the cell's strings; a content made in code compares equal to one backed by the source.
    @Test func cellStringsReadAsStrings() throws {
        let page = Array("{|\n! Party !! Votes\n|-\n| [[Labour Party (UK)|Labour]] || 1,234\n|-\n| '''Total''' ||  2,000 \n|}\n".utf8)
        let table = try #require(TableExtractor.extract(WikitextDocument(parsing: page)).first)
        let texts = table.rows.map { $0.map(\.text) }
        #expect(texts == [["Party", "Votes"], ["Labour", "1,234"], ["Total", "2,000"]])
        #expect(table.rows[2].map(\.raw) == [" '''Total''' ", "  2,000 "])
        #expect(table.rows[2][1].value.number == 2000)
        let copy = CellContent(text: "2,000", raw: "  2,000 ", line: table.rows[2][1].line,
                               value: table.rows[2][1].value)
        #expect(Cell(content: copy, origin: table.rows[2][1].origin) == table.rows[2][1])
        table.rows[1][1].content.withText { #expect(Array($0) == Array("1,234".utf8)) }
        table.rows[1][0].content.withRaw { #expect(String(decoding: $0, as: UTF8.self) == " [[Labour Party (UK)|Labour]] ") }
    }
}
