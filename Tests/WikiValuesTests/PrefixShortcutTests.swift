import Foundation
import TestSupport
import Testing
@testable import WikiValues

/// The shortcut in ``Prefix/read(_:at:hi:)`` for one sign glued to digits (`$369`, `<5`, `~5`,
/// `+$5`) gives what the prefix pattern reads there: checked at every `$ < > ~` of real cell
/// texts and wikitext pieces, and at the edge cases below.
@Suite struct PrefixShortcutTests {
    /// The places in `text` where the shortcut and the pattern read different prefixes.
    static func differences(_ text: String) -> [Int] {
        var copy = text
        return copy.withUTF8 { bytes in
            let t = ByteText(bytes)
            var found: [Int] = []
            for i in 0..<t.count {
                // From every sign the shortcut may take, and from a sign before one (`+$5`).
                switch t[i] {
                case 0x24, 0x3C, 0x3E, 0x7E, 0x2B, 0x2D, 0xE2: break
                default: continue
                }
                for hi in [t.count, min(t.count, i + 2), min(t.count, i + 1)] {
                    let quick = Prefix.read(t, at: i, hi: hi)
                    let full = Prefix.read(t, at: i, hi: hi, shortcut: false)
                    if quick != full { found.append(i) }
                }
            }
            return found
        }
    }

    @Test func agreesWithThePatternOnCorpusOutput() throws {
        let texts = try QuickValueTests.renderedTexts()
        #expect(texts.count > 10_000)
        for text in Set(texts) { #expect(Self.differences(text).isEmpty, "\(text.debugDescription)") }
    }

    @Test func agreesWithThePatternOnWikitext() throws {
        let pieces = try QuickValueTests.wikitextPieces(Fixtures.corpusFiles() + QuickValueTests.sharedFiles())
        for text in Set(pieces) { #expect(Self.differences(text).isEmpty, "\(text.debugDescription)") }
    }

    @Test(arguments: [
        "$369", "$ 369", "$", "$5", "<5", "< 5", "<", ">5", "~5", "~ 5", "~", "+$5", "-$5", "−$5", "$−5", "<−5",
        "US$5", "$$5", "$5m", "~5%", "<5 km", ">1,000", "$1.5 billion", "▲$5", "▼<5", "≤5", "±5", "$\u{00A0}5",
        "$a5", "<a", "~~5", "$.5", "$,5", "$5–10",
    ])
    func edgeCases(_ text: String) {
        #expect(Self.differences(text).isEmpty)
        // And the whole value, through the parser that uses it.
        var copy = text
        copy.withUTF8 { bytes in
            let t = ByteText(bytes)
            #expect(Prefix.read(t, at: 0, hi: t.count) == Prefix.read(t, at: 0, hi: t.count, shortcut: false))
        }
    }
}
