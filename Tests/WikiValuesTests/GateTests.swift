import Testing
import WikiValues

/// Texts on either side of the parser's cheap checks (the plain-number shortcut and the gates
/// in front of the prefix, ISO and dmy patterns), so a gate that turns away too much shows up.
/// Expected values follow the rules in `ValueParser`'s documentation.
@Suite struct GateTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let expected: TypedValue
        var testDescription: String { text.debugDescription }
    }

    static let cases: [Case] = [
        // Plain numbers: the shortcut.
        Case(text: "1500", expected: V.year(1500)),
        Case(text: "1,500", expected: V.int(1500)),
        Case(text: "01208", expected: V.text),
        Case(text: "45%", expected: V.pct(45)),
        Case(text: "12.5", expected: V.dec(12.5)),
        Case(text: "2.12E-05", expected: V.dec(2.12e-5)),
        Case(text: "1,2,3", expected: TypedValue.unparsed),
        // Words first: only qualifier words and currency codes open a number.
        Case(text: "about 5", expected: V.int(5, .partial)),
        Case(text: "About 5", expected: V.int(5, .partial)),
        Case(text: "Up to 9 slots", expected: V.int(9, .partial)),
        Case(text: "abouts 5", expected: V.text),
        Case(text: "Round 1", expected: V.text),
        Case(text: "US$ 5", expected: V.int(5, unit: "US$")),
        Case(text: "(2007)", expected: TypedValue.unparsed),
        // ISO needs the whole `dddd-dd-dd` shape.
        Case(text: "2024-02-08", expected: V.date("2024-02-08")),
        Case(text: "2010-14", expected: V.range(2010, 2014)),
        // dmy needs one or two digits, then ordinal letters, a space or a dash, and a month.
        Case(text: "8 February 2024", expected: V.date("2024-02-08")),
        Case(text: "12th March 2020", expected: V.date("2020-03-12")),
        Case(text: "8–9 February 2024", expected: V.date("2024-02-08", .partial)),
        Case(text: "123 February", expected: V.int(123, .partial)),
        Case(text: "12 seats", expected: V.int(12, .partial)),
    ]

    @Test(arguments: cases) func parses(_ c: Case) {
        #expect(ValueParser.parse(c.text) == c.expected)
    }
}
