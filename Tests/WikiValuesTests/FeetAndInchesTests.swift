import Testing
import WikiValues

/// Heights as `{{height}}` and `{{convert}}` write them: feet with the inches folded in.
@Suite struct FeetAndInchesTests {
    @Test(arguments: [
        Case("5 ft 11 in", V.dec(5 + 11.0 / 12, unit: "ft")),
        Case("6 ft 0 in", V.dec(6, unit: "ft")),
        Case("5 ft 11 in (1.80 m)", V.dec(5 + 11.0 / 12, .partial, unit: "ft")),
        Case("5\u{00A0}ft 11\u{00A0}in", V.dec(5 + 11.0 / 12, unit: "ft")),
        // anything else keeps the feet alone
        Case("6 ft", V.int(6, unit: "ft")),
        Case("5 ft 13 in", V.int(5, .partial, unit: "ft")),
        Case("5 ft 11", V.int(5, .partial, unit: "ft")),
        Case("5 ft 11 inches", V.int(5, .partial, unit: "ft")),
    ])
    func heights(_ c: Case) { #expect(ValueParser.parse(c.text) == c.expected) }
}
