import Testing
import WikiValues

/// Scale words, units, currency and qualifier words.
@Suite struct ScaleUnitTests {
    @Test(arguments: [
        Case("1.5 million", V.int(1_500_000)),
        Case("2 billion", V.int(2_000_000_000)),
        Case("2.3 billion", V.int(2_300_000_000)),
        Case("3 trillion", V.int(3_000_000_000_000)),
        Case("40 thousand", V.int(40_000)),
        Case("5 lakh", V.int(500_000)),
        Case("2 crore", V.int(20_000_000)),
        Case("1.2bn", V.int(1_200_000_000)),
        Case("4.5 mn", V.int(4_500_000)),
        Case("1.2345678 million", V.dec(1_234_567.8)),
        Case("1.5 Million", V.int(1_500_000)),
        Case("−1.5 million", V.chg(-1_500_000)),
        Case("4 million speakers", V.int(4_000_000, .partial)),
        Case("5 millionaires", V.int(5, .partial)),
    ])
    func scaleWords(_ c: Case) { #expect(ValueParser.parse(c.text) == c.expected) }

    @Test(arguments: [
        Case("796,095 km2", V.int(796_095, unit: "km2")),
        Case("796,095 km²", V.int(796_095, unit: "km²")),
        Case("307,374 sq mi", V.int(307_374, unit: "sq mi")),
        Case("30km", V.int(30, unit: "km")),
        Case("120 km/h", V.int(120, unit: "km/h")),
        Case("5 °C", V.int(5, unit: "°C")),
        Case("−5 °C", V.chg(-5, unit: "°C")),
        Case("1,200 MW", V.int(1200, unit: "MW")),
        Case("365 acres", V.int(365, unit: "acres")),
        Case("1.5 m", V.dec(1.5, unit: "m")),
        Case("10 USD", V.int(10, unit: "USD")),
        Case("5 mi (8 km)", V.int(5, .partial, unit: "mi")),
        Case("5 mice", V.int(5, .partial)),
        Case("5 Km", V.int(5, .partial)),  // units are case-sensitive
    ])
    func units(_ c: Case) { #expect(ValueParser.parse(c.text) == c.expected) }

    @Test(arguments: [
        Case("$42,747", V.int(42_747, unit: "$")),
        Case("US$64,333", V.int(64_333, unit: "US$")),
        Case("€41,000", V.int(41_000, unit: "€")),
        Case("£5m", V.int(5_000_000, unit: "£")),
        Case("£ 12.50", V.dec(12.5, unit: "£")),
        Case("Rs. 5,000", V.int(5000, unit: "Rs.")),
        Case("₹1,00,000", V.int(100_000, unit: "₹")),
        Case("$1.5 billion", V.int(1_500_000_000, unit: "$")),
        Case("+ $78,607", V.chg(78_607, unit: "$")),
        Case("−$5", V.chg(-5, unit: "$")),
        Case("$", V.unparsed),
    ])
    func currency(_ c: Case) { #expect(ValueParser.parse(c.text) == c.expected) }

    @Test(arguments: [
        Case("c. 1,500", V.int(1500, .partial)),
        Case("ca. 300", V.int(300, .partial)),
        Case("circa 300", V.int(300, .partial)),
        Case("about 40%", V.pct(40, .partial)),
        Case("approx. 2 million", V.int(2_000_000, .partial)),
        Case("over 9,000", V.int(9000, .partial)),
        Case("more than 100", V.int(100, .partial)),
        Case("at least 5", V.int(5, .partial)),
        Case("up to 20 km", V.int(20, .partial, unit: "km")),
        Case("est. 12,100", V.int(12_100, .partial)),
        Case("All 55 seats", V.int(55, .partial)),
        Case("~85%", V.pct(85, .partial)),
        Case("≈ 3.14", V.dec(3.14, .partial)),
        Case("< 5", V.int(5, .partial)),
        Case("c. $2 billion", V.int(2_000_000_000, .partial, unit: "$")),
        Case("Overall 5", V.text),
    ])
    func qualifiers(_ c: Case) { #expect(ValueParser.parse(c.text) == c.expected) }
}
