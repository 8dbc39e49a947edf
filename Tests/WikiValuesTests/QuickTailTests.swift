import Testing
@testable import WikiValues

/// A quick number followed by a space and more (``QuickTail``) must give what the full grammar
/// gives: the number alone, partial, unless a suffix, range, date or footnote takes part.
@Suite struct QuickTailTests {
    @Test(arguments: [
        "1234\n5678", "999\n999", "99.9\n99.9", "2009 Five Nations Championship", "2009 five", "2009\n2010",
        "1500 Foo", "2101 Foo", "-1500 Foo", "+1500 Foo", "−5 6", "–5 6", "‒5 6", "-5 6", "+5 6", "5\t6",
        "5\r\n6", "1,234 5", "1,234 May", "1,23,456 7", "1.5 May 2", "123 Zed", "0 5", "0.5 6", "05 5",
        // Shapes next to it that the grammar must decide.
        "12 May 2009", "12 Foo", "12\nMay", "1 May", "1 Ma", "8 2024–9 May", "12 5 May",
        "5 to 6", "5 To 6", "5 TO 6", "5 km", "5 pp", "5 %", "5 per cent", "5 – 6", "5 - 6", "5 —",
        "5 6[1]", "5 6*", "5 *", "5 †", "5 ✔", "5 \u{A0}6", "5\u{A0}6", "5% 6", "5 x", "5 Xyz", "5 st",
        "1234567890123456 5", "1e5 6", "5 e6", "2024 to 2025", "2010 Q1", "5 million", "5 Million",
        "5 thousand people", "$5 6", "5 [a]", "5 b[1]", "1,2345 6", "12,34 5", "5, 6", "5. 6",
    ])
    func edgeShapes(_ text: String) {
        _ = QuickValueTests.compare([text, " \(text) ", "\(text)\u{A0}"])
    }

    @Test func decidesPlainTails() {
        for text in ["999\n999", "2009 Five Nations Championship", "99.9\n99.9"] {
            var copy = text
            let plain = copy.withUTF8 { ValueParser.plainValue($0) }
            #expect(plain?.status == .partial, "\(text)")
        }
    }
}
