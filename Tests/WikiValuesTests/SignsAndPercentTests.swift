import Testing
import WikiValues

/// Changes, percentages and percentage points.
@Suite struct SignsAndPercentTests {
    @Test(arguments: [
        Case("+16", V.chg(16)),
        Case("−56", V.chg(-56)),  // U+2212, what {{decrease}} renders
        Case("+ 8", V.chg(8)),
        Case("− 7", V.chg(-7)),
        Case("▲ 2.3", V.chg(2.3)),
        Case("▼ 1.1", V.chg(-1.1)),
        Case("▲2", V.chg(2)),
        Case("▼−2", V.chg(-2)),  // an arrow and the number's own sign agree
        Case("▲ −2", V.chg(-2)),  // the number's own sign wins
        Case("▴ 4", V.chg(4)),
        Case("▾ 4", V.chg(-4)),
        Case("+0", V.chg(0)),
        Case("−0", V.chg(0)),
        Case("+1,234", V.chg(1234)),
        Case("+5 km", V.chg(5, unit: "km")),
    ])
    func changeSigns(_ c: Case) { #expect(ValueParser.parse(c.text) == c.expected) }

    @Test(arguments: [
        // hyphen-minus and en dash are ordinary minus signs, not change signs
        Case("-5", V.int(-5)),
        Case("–5", V.int(-5)),
        Case("-130.76", V.dec(-130.76)),
        Case("- 3", V.int(-3)),
        Case("-3.2%", V.pct(-3.2)),
        Case("-2024", V.int(-2024)),  // a sign stops a year
        Case("-0", V.int(0)),
    ])
    func plainMinus(_ c: Case) { #expect(ValueParser.parse(c.text) == c.expected) }

    @Test(arguments: [
        Case("23.64%", V.pct(23.64)),
        Case("23.64 %", V.pct(23.64)),
        Case("23.64\u{00A0}%", V.pct(23.64)),
        Case("0%", V.pct(0)),
        Case("100%", V.pct(100)),
        Case("47 percent", V.pct(47)),
        Case("47 per cent", V.pct(47)),
        Case("+3.2%", V.chg(3.2, unit: "%")),
        Case("−3.2%", V.chg(-3.2, unit: "%")),
        Case("▼ 0.5%", V.chg(-0.5, unit: "%")),
        Case("±2.5%", V.pct(2.5, .partial)),  // a margin of error qualifies the value
        Case("~85% French", V.pct(85, .partial)),
        Case("47.8% (−3.9 pp)", V.pct(47.8, .partial)),
        Case("23.64%%", V.pct(23.64, .partial)),
    ])
    func percentages(_ c: Case) { #expect(ValueParser.parse(c.text) == c.expected) }

    @Test(arguments: [
        Case("0.71 pp", V.pp(0.71)),
        Case("0.71pp", V.pp(0.71)),
        Case("3.9 p.p.", V.pp(3.9)),
        Case("3.9 percentage points", V.pp(3.9)),
        Case("1 percentage point", V.pp(1)),
        Case("−0.71 pp", V.chg(-0.71, unit: "pp")),
        Case("+0.89pp", V.chg(0.89, unit: "pp")),
        Case("▲ 1.2 pp", V.chg(1.2, unit: "pp")),
        Case("−0.71\u{00A0}pp", V.chg(-0.71, unit: "pp")),
        Case("5 ppm", V.int(5, .partial)),  // not percentage points
    ])
    func percentagePoints(_ c: Case) { #expect(ValueParser.parse(c.text) == c.expected) }

    /// DESIGN.md's four example fields.
    @Test func designExamples() {
        #expect(ValueParser.parse("100") == TypedValue(kind: .integer, number: 100))
        #expect(ValueParser.parse("+16") == TypedValue(kind: .change, number: 16))
        #expect(ValueParser.parse("23.64%") == TypedValue(kind: .percent, number: 23.64))
        #expect(ValueParser.parse("−0.71 pp") == TypedValue(kind: .change, number: -0.71, unit: "pp"))
    }
}
