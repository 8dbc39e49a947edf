import Testing
import TestSupport
import Wikitext
import WikiExtract
import WikiModel
import WikiValues

/// Pages of the Latgalian Wikipedia (the dumpster-dive sample, `xml:lang="ltg"`), which writes
/// a decimal comma: read with that convention, their tables' numbers are right.
@Suite("Values: a decimal-comma wiki's tables")
struct DecimalCommaPageTests {
    func cells(_ title: String, numbers: NumberConvention) throws -> [Cell] {
        let page = try Fixtures.dumpPage(title, in: Fixtures.smallwikiDump)
        let article = ArticleBuilder.build(title: title, source: Source(path: "ltg"),
                                           document: WikitextDocument(parsing: page), numbers: numbers)
        return article.tables.flatMap { $0.rows.joined() }
    }

    /// The geologic time scale gives ages in millions of years: `1,806*` is 1.806 million years,
    /// which the English reading took for 1,806.
    @Test("Geologiskuo laika skala: 1,806 is 1.806, not 1806")
    func geologicTimeScale() throws {
        let comma = try cells("Geologiskuo laika skala", numbers: .decimalComma)
        let age = try #require(comma.first { $0.text == "1,806*" })
        #expect(age.value.kind == .decimal && age.value.number == 1.806)
        #expect(comma.first { $0.text == "0,011784*" }?.value.number == 0.011784)
        let point = try cells("Geologiskuo laika skala", numbers: .decimalPoint)
        #expect(point.first { $0.text == "1,806*" }?.value.number == 1806)
    }

    /// River lengths in km (`43,2`) were unparsed, and `validate` warned about each.
    @Test("Latgolys upu saroksts: 43,2 km is 43.2")
    func riverLengths() throws {
        let lengths = try cells("Latgolys upu saroksts", numbers: .decimalComma).filter { $0.text == "43,2" }
        #expect(!lengths.isEmpty)
        #expect(lengths.allSatisfy { $0.value.kind == .decimal && $0.value.number == 43.2 })
    }
}
