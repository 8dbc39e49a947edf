import Testing
import WikiValues

/// Ranges and the year-or-number decision.
@Suite struct RangeAndYearTests {
    @Test(arguments: [
        Case("10–20", V.range(10, 20)),
        Case("10-20", V.range(10, 20)),
        Case("10 – 20", V.range(10, 20)),
        Case("10—20", V.range(10, 20)),
        Case("10 to 20", V.range(10, 20)),
        Case("6.5–7.0", V.range(6.5, 7)),
        Case("1,000–2,000", V.range(1000, 2000)),
        Case("20–25%", V.range(20, 25, unit: "%")),
        Case("20%–25%", V.range(20, 25, unit: "%")),
        Case("1.5–2 million", V.range(1_500_000, 2_000_000)),
        Case("10–20 km", V.range(10, 20, unit: "km")),
        Case("$10–20", V.range(10, 20, unit: "$")),
        Case("1929–1930", V.range(1929, 1930)),
        Case("2010–14", V.range(2010, 2014)),
        Case("1999–00", V.range(1999, 2000)),
        Case("2008-09", V.range(2008, 2009)),
        Case("11–4", V.range(11, 4)),  // a score: written order kept
        Case("3–4 (10)", V.range(3, 4, .partial)),
        Case("1992-1997, 2003-2014", V.range(1992, 1997, .partial)),
        Case("-5 to 5", V.range(-5, 5)),
        Case("10 to", V.int(10, .partial)),
        Case("10 tons", V.int(10, .partial)),
        Case("+2–3", V.unparsed),  // a change is never a range, and digits glued by a dash are not extra words
    ])
    func ranges(_ c: Case) { #expect(ValueParser.parse(c.text) == c.expected) }

    @Test(arguments: [
        Case("2024", V.year(2024)),
        Case("1000", V.year(1000)),
        Case("2100", V.year(2100)),
        Case("1500", V.year(1500)),
        Case("c. 1500", V.year(1500, .partial)),
        Case("2007 (est.)", V.year(2007, .partial)),
        Case("1994–present", V.year(1994, .partial)),
        Case("999", V.int(999)),
        Case("2101", V.int(2101)),
        Case("1,500", V.int(1500)),
        Case("1500.0", V.dec(1500)),
        Case("1500 km", V.int(1500, unit: "km")),
        Case("1500%", V.pct(1500)),
        Case("+2024", V.chg(2024)),
        Case("$2024", V.int(2024, unit: "$")),
        Case("01999", V.text),
    ])
    func yearsAreBareFourDigitNumbers(_ c: Case) { #expect(ValueParser.parse(c.text) == c.expected) }

    @Test func yearKeepsItsNumber() {
        let v = ValueParser.parse("1870")
        #expect(v.kind == .year && v.number == 1870 && v.iso == "1870")
    }
}
