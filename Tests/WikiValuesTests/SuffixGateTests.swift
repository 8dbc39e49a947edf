import Foundation
import PCRE2
import TestSupport
import Testing
@testable import WikiValues

/// The suffix gates (``Suffix/mayBeSuffixWord(_:_:)`` and the U+00C0–U+00FF check in
/// ``Suffix/read(_:at:hi:)``) turn away a place only when the suffix pattern cannot match there: checked at every word of real cell texts and wikitext pieces,
/// from the word and from the blanks before it.
@Suite struct SuffixGateTests {
    /// The places in `text` where a gate says no but the pattern matches (none, if the gates are right).
    static func misses(_ text: String) -> [Int] {
        var copy = text
        return copy.withUTF8 { bytes in
            let t = ByteText(bytes)
            var found: [Int] = []
            // Word starts the gate turns away, and characters from U+00C0 to U+00FF (lead byte 0xC3).
            for j in 0..<t.count where t[j] == 0xC3
                || t.isASCIILetter(j) && !t.isASCIILetter(j - 1) && !Suffix.mayBeSuffixWord(t, j) {
                // From the word itself, and from each blank run start before it.
                var starts = [j]
                var i = j
                while i > 0, t[i - 1] == 0x20 || t[i - 1] == 0x09 { i -= 1; starts.append(i) }
                for s in starts {
                    let m = Matcher(Patterns.suffix)
                    if m.find(in: t.bytes, from: s) { found.append(s) }
                }
            }
            return found
        }
    }

    @Test func neverTurnsAwayAMatchInCorpusOutput() throws {
        let texts = try QuickValueTests.renderedTexts()
        #expect(texts.count > 10_000)
        for text in Set(texts) { #expect(Self.misses(text).isEmpty, "\(text.debugDescription)") }
    }

    @Test func neverTurnsAwayAMatchInWikitext() throws {
        let pieces = try QuickValueTests.wikitextPieces(Fixtures.corpusFiles() + QuickValueTests.sharedFiles())
        for text in Set(pieces) { #expect(Self.misses(text).isEmpty, "\(text.debugDescription)") }
    }

    /// Every suffix spelling the pattern knows, after a number, in several cases, and words next
    /// to them: wherever the gates say no, the pattern finds nothing either.
    @Test(arguments: [
        "5%", "5 per cent", "5 percent", "5 Percent", "5pp", "5 pp", "5 p.p.", "5 percentage points", "5 percentage point",
        "2nd", "3rd", "4th", "1st", "5 thousand", "5 Million", "5 BILLION", "5 trillion", "5 lakh", "5 crore",
        "5bn", "5 mn", "5 km²", "5 km2", "5 sq km", "5 sq.km", "5 sqkm", "5 sq mi", "5 sq. ft", "5 mi²", "5 km/h",
        "5 m/s", "5 mph", "5 m²", "5 m3", "5 km", "5 nmi", "5 mi", "5 cm", "5 mm", "5 m", "5 ft", "5 ha", "5 acres",
        "5 acre", "5 kg", "5 lb", "5 lbs", "5 tonnes", "5 tonne", "5 MW", "5 GW", "5 kW", "5 TWh", "5 GWh", "5 MWh",
        "5 kWh", "5 °C", "5 hPa", "5 MHz", "5 GHz", "5 nm", "5 USD", "5 EUR", "5 GBP", "5 PKR", "5 INR", "5 JPY",
        "5 CNY", "5 AUD", "5 CAD", "5 CHF", "5 seats", "5 Km", "5 percentages", "5 percentag", "5 kms", "5 sqm",
        "5×2", "5 × 2", "5 é", "5 \u{212A}m", "5\u{1680}km",
    ])
    func spellings(_ text: String) {
        #expect(Self.misses(text).isEmpty, "\(text.debugDescription)")
    }

    /// The packed words are the list's words (no two share a key, none is too long).
    @Test func wordsPackDistinctly() {
        #expect(Suffix.suffixWords.count == Suffix.suffixWordList.count)
        #expect(Suffix.suffixWordList.allSatisfy { $0.utf8.count <= 8 && $0 == $0.lowercased() })
    }
}
