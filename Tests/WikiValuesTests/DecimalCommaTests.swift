import Testing
import WikiValues

/// Numbers on wikis that write a decimal comma (`NumberConvention.decimalComma`: de, fr, ru,
/// ltg …), where `43,2` is forty-three point two and `1.234` is one thousand two hundred and
/// thirty-four.
@Suite struct DecimalCommaTests {
    static let nbsp = "\u{00A0}", narrow = "\u{202F}"

    @Test(arguments: [
        Case("43,2", V.dec(43.2)),
        Case("0,011784", V.dec(0.011784)),
        Case("1,806", V.dec(1.806)),
        Case("1.234", V.int(1234)),
        Case("1.234.567", V.int(1_234_567)),
        Case("1.234.567,89", V.dec(1_234_567.89)),
        Case("1\(nbsp)234,5", V.dec(1234.5)),
        Case("13\(narrow)999\(narrow)656", V.int(13_999_656)),
        Case("12,5%", V.pct(12.5)),
        Case("−3,2%", V.chg(-3.2, unit: "%")),
        Case("+16", V.chg(16)),
        Case("2024", V.year(2024)),
        Case("1.500", V.int(1500)),
        // a dot not before exactly three digits is still a decimal point, and commas between
        // groups of three an English grouping: numbers copied from English pages
        Case("1.5", V.dec(1.5)),
        Case("1.2345", V.dec(1.2345)),
        Case("18,457,567", V.int(18_457_567)),
        Case("1,5e3", V.dec(1500)),
        Case("10–12,5", V.range(10, 12.5)),
    ])
    func decimalComma(_ c: Case) {
        #expect(ValueParser.parse(c.text, numbers: .decimalComma) == c.expected)
    }

    /// The same texts on an English wiki: a decimal comma is never guessed there.
    @Test(arguments: [
        Case("43,2", V.unparsed),
        Case("1,806", V.int(1806)),
        Case("1.234", V.dec(1.234)),
    ])
    func decimalPoint(_ c: Case) {
        #expect(ValueParser.parse(c.text) == c.expected)
        #expect(ValueParser.parse(c.text, numbers: .decimalPoint) == c.expected)
    }

    /// The convention bound for a task is the default of every entry point.
    @Test func boundConvention() {
        NumberConvention.$current.withValue(.decimalComma) {
            #expect(ValueParser.parse("43,2") == V.dec(43.2))
            #expect(ValueParser.plainValue(Array("43,2".utf8).withUnsafeBufferPointer { $0 }) == nil)
        }
        #expect(ValueParser.parse("43,2") == V.unparsed)
    }

    @Test func languages() {
        for code in ["de", "fr", "ru", "ltg", "pl", "es", "it", "nl", "pt", "sv", "lv", "DE", "pt-br", "de-ch"] {
            #expect(NumberConvention.forLanguage(code) == .decimalComma, "\(code)")
        }
        for code in ["en", "simple", "ja", "zh", "he", "hi", "ko", "th", "cy", "ga", "", "xx"] {
            #expect(NumberConvention.forLanguage(code) == .decimalPoint, "\(code)")
        }
    }
}
