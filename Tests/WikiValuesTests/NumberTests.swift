import Testing
import WikiValues

/// Digits, grouping, decimals and exponents.
@Suite struct NumberTests {
    static let nbsp = "\u{00A0}", thin = "\u{2009}", narrow = "\u{202F}"

    @Test(arguments: [
        Case("0", V.int(0)),
        Case("7", V.int(7)),
        Case("100", V.int(100)),
        Case("999", V.int(999)),
        Case("1,000", V.int(1000)),
        Case("13,999,656", V.int(13_999_656)),
        Case("1,234,567,890", V.int(1_234_567_890)),
        Case("12345678", V.int(12_345_678)),
        // Indian grouping: 2-digit groups, then a final 3
        Case("1,23,45,678", V.int(12_345_678)),
        Case("12,34,567", V.int(1_234_567)),
        Case("1,00,000", V.int(100_000)),
        // no-break, thin and narrow no-break spaces between groups of three
        Case("13\(nbsp)999\(nbsp)656", V.int(13_999_656)),
        Case("13\(thin)999\(thin)656", V.int(13_999_656)),
        Case("13\(narrow)999\(narrow)656", V.int(13_999_656)),
        Case("1\(thin)234.5", V.dec(1234.5)),
    ])
    func integersAndGrouping(_ c: Case) { #expect(ValueParser.parse(c.text) == c.expected) }

    @Test(arguments: [
        // plain spaces never glue digits: the first group is the value, the rest is extra
        Case("12 345", V.int(12, .partial)),
        Case("1 234 567", V.int(1, .partial)),
        // a space grouping must be groups of exactly three, with one separator kind
        Case("12\(thin)34", V.int(12, .partial)),
        Case("1\(thin)234\(nbsp)567", V.int(1234, .partial)),
        Case("1234\(thin)567", V.year(1234, .partial)),
        // comma groupings that are neither Western nor Indian
        Case("1,2,3", V.unparsed),
        Case("12,34", V.unparsed),
        Case("1,2345", V.unparsed),
        Case("1234,567", V.unparsed),
        Case("1,234,56", V.unparsed),
        Case("1,23,456,789", V.unparsed),
        Case(",123", V.unparsed),
        Case("0,5", V.unparsed),
        // a comma followed by a space ends the number
        Case("12, 34", V.int(12, .partial)),
    ])
    func invalidGroupingNeverGlues(_ c: Case) { #expect(ValueParser.parse(c.text) == c.expected) }

    @Test(arguments: [
        Case("3.14", V.dec(3.14)),
        Case("0.05", V.dec(0.05)),
        Case("23.64", V.dec(23.64)),
        Case("20.0", V.dec(20)),
        Case("1,234.56", V.dec(1234.56)),
        Case("95.855", V.dec(95.855)),
        Case("0.000001", V.dec(0.000001)),
        Case("2.12E-05", V.dec(2.12e-5)),
        Case("6.02e23", V.dec(6.02e23)),
        Case("1e5", V.dec(100_000)),
        Case("1.5E+3", V.dec(1500)),
        Case("1.2.3", V.unparsed),
        Case("1.", V.int(1, .partial)),
        Case(".5", V.unparsed),
    ])
    func decimals(_ c: Case) { #expect(ValueParser.parse(c.text) == c.expected) }

    /// Digits are turned into a Double exactly as Swift reads the literal.
    @Test(arguments: ["0.1", "0.7", "23.64", "47.8", "0.71", "9007199254740993", "123456.789012",
                      "1.7976931348623157e308", "4.9e-324", "0.30000000000000004"])
    func doublesMatchSwiftLiterals(_ s: String) {
        #expect(ValueParser.parse(s).number == Double(s))
    }

    @Test func hugeAndTinyNumbers() {
        let huge = ValueParser.parse("123,456,789,012,345,678,901,234")
        #expect(huge.kind == .integer)
        #expect(huge.number == 123_456_789_012_345_678_901_234.0)
        let digits = String(repeating: "9", count: 400)
        #expect(ValueParser.parse(digits) == V.unparsed)  // beyond Double: no infinity
        #expect(ValueParser.parse("1e400") == V.unparsed)
        #expect(ValueParser.parse("1e-400") == V.dec(0))
        let long = "1" + String(repeating: "0", count: 30)
        #expect(ValueParser.parse(long).number == 1e30)
    }

    @Test(arguments: [
        Case("01208", V.text),
        Case("00000577", V.text),
        Case("030", V.text),
        Case("0", V.int(0)),
        Case("0.5", V.dec(0.5)),
        Case("00.5", V.dec(0.5)),
    ])
    func leadingZerosAreCodes(_ c: Case) { #expect(ValueParser.parse(c.text) == c.expected) }

    @Test(arguments: [
        Case("1990s", V.unparsed),
        Case("12abc", V.unparsed),
        Case("3/4", V.unparsed),
        Case("116/272", V.unparsed),
        Case("1:45.2", V.unparsed),
        Case("20:00", V.unparsed),
        Case("2:0:6:2", V.unparsed),
        Case("51°20′N", V.unparsed),
        Case("218-0844014", V.unparsed),
        Case("1st", V.int(1, .partial)),
        Case("22nd", V.int(22, .partial)),
        Case("3rd place", V.int(3, .partial)),
        Case("1.5th", V.unparsed),
    ])
    func gluedSuffixes(_ c: Case) { #expect(ValueParser.parse(c.text) == c.expected) }
}
