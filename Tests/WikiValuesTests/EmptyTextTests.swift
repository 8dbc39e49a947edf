import Testing
import WikiValues

/// Empty values, text versus unparsed, and the marks around a value that are ignored.
@Suite struct EmptyTextTests {
    @Test(arguments: ["", " ", "\n\t", "\u{00A0}", "\u{2009}\u{202F}", "—", "–", "-", "−", "‒", "―",
                      "——", " — ", "N/A", "n/a", "n.a.", "N.A.", "n.a", "—[1]", "[1]"])
    func emptyValues(_ s: String) { #expect(ValueParser.parse(s) == V.empty) }

    @Test(arguments: [
        // text: words, or no digit at all
        Case("Nawaz Sharif", V.text),
        Case("IND\n(backed by PTI)", V.text),
        Case("Article 5", V.text),
        Case("Q3 2024", V.text),
        Case("recipient: $135 million (2004)", V.text),
        Case("Yes", V.text),
        Case("TBD", V.text),
        Case("NA", V.text),
        Case("👍", V.text),
        Case("✓", V.text),
        Case("Ελλάδα", V.text),
        Case("١٢٣", V.text),  // Arabic-Indic digits: not ASCII digits, so words
        Case("– (withdrew)", V.text),
        Case("×2 Gen. 1", V.text),
        // unparsed: digits, but not a value we know, and it does not start with a word
        Case("(2007)", V.unparsed),
        Case("#3", V.unparsed),
        Case("+", V.unparsed),
        Case("▲", V.unparsed),
        Case("?", V.unparsed),
        Case("*", V.unparsed),
        Case("%", V.unparsed),
    ])
    func textOrUnparsed(_ c: Case) { #expect(ValueParser.parse(c.text) == c.expected) }

    @Test(arguments: [
        Case("7,282,835[1]", V.int(7_282_835)),
        Case("7,282,835[a]", V.int(7_282_835)),
        Case("7,282,835[note 1]", V.int(7_282_835)),
        Case("7,282,835 [nb 2]", V.int(7_282_835)),
        Case("7,282,835[1][2]", V.int(7_282_835)),
        Case("[1]7,282,835", V.int(7_282_835)),
        Case("47.8%[citation needed]", V.pct(47.8)),
        Case("12[1]est.", V.int(12, .partial)),  // the marker does not glue words to the number
        Case("12[1]345", V.int(12, .partial)),   // nor digits
        Case("2024[2007]", V.year(2024, .partial)),  // four digits in brackets are not a footnote
        Case("12,345*", V.int(12_345)),
        Case("12,345 †", V.int(12_345)),
        Case("12,345‡§", V.int(12_345)),
    ])
    func footnotesAndMarkersGiveNoDigits(_ c: Case) { #expect(ValueParser.parse(c.text) == c.expected) }

    @Test(arguments: [
        Case("95.855 hab. (2007)", V.dec(95.855, .partial)),
        Case("3,462 (2006 census)", V.int(3462, .partial)),
        Case("12,100 (2010 est.)", V.int(12_100, .partial)),
        Case("738,432 (2015 est)", V.int(738_432, .partial)),
        Case("  100  ", V.int(100)),
        Case("\u{00A0}100\u{2009}", V.int(100)),
    ])
    func trailingPartsAreExtra(_ c: Case) { #expect(ValueParser.parse(c.text) == c.expected) }
}
