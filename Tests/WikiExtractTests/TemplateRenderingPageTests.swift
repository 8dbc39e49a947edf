import Testing
import TestSupport
import Wikitext
import WikiExtract
import WikiModel

/// Templates that carry an infobox's or a table's data, read on the real pages that use them
/// (the dump samples of `../shared/dumps` and Corpus/). Each rendered to nothing before, so the
/// value was lost.
@Suite("Text: data templates on real pages")
struct TemplateRenderingPageTests {
    /// The text of infobox field `key` on a dump sample's page.
    func field(_ key: String, on title: String, in sample: String) throws -> Field {
        let page = try Fixtures.dumpPage(title, in: sample)
        let boxes = InfoboxExtractor.extract(WikitextDocument(parsing: page))
        return try #require(boxes.lazy.flatMap(\.fields).first { $0.key == key }, "\(title): no \(key)")
    }

    func text(_ key: String, on title: String, in sample: String = Fixtures.gensimDump) throws -> String {
        try field(key, on: title, in: sample).text
    }

    @Test("{{height|ft=5|in=11}}: the height in the units written, typed in feet")
    func height() throws {
        let f = try field("height", on: "Andre Agassi", in: Fixtures.gensimDump)
        #expect(f.text == "5 ft 11 in")
        #expect(f.value.number == 5 + 11.0 / 12 && f.value.unit == "ft" && f.value.status == .exact)
    }

    @Test("{{ICD10|O|04||o|00}}, {{ICD10|F|84|0|f|80}}, {{ICD9|779.6}}: the codes")
    func classificationCodes() throws {
        #expect(try text("ICD10", on: "Abortion") == "O04")
        #expect(try text("ICD9", on: "Abortion") == "779.6")
        #expect(try text("ICD10", on: "Autism") == "F84.0")
        #expect(try text("ICD9", on: "Autism") == "299.00")
    }

    @Test("{{linktext|삼성}}, {{flat list|…}}, {{NYSE|IBM}} in company infoboxes")
    func companyFields() throws {
        #expect(try text("hangul", on: "Samsung", in: Fixtures.dbpediaDump) == "삼성")
        #expect(try text("hanja", on: "Samsung", in: Fixtures.dbpediaDump) == "三星")
        #expect(try text("subsid", on: "Asda", in: Fixtures.dbpediaDump) == "Asda Mobile\nAsda Money")
        #expect(try text("traded_as", on: "IBM", in: Fixtures.dbpediaDump)
                == "NYSE: IBM\nDJIA component\nS&P 100 component\nS&P 500 component")
    }

    @Test("{{longitem|style|text}} shows the text; {{based on|work|author}} the work and its author")
    func wrappers() throws {
        #expect(try text("influenced", on: "Aristotle").hasPrefix("Virtually all subsequent Western philosophy, Christian philosophy"))
        #expect(try text("birth_date", on: "Aristotle") == "384 BC Stagira,\nChalcidice (Chalkidiki),\nNorthern Greece")
        #expect(try text("based on", on: "Actrius") == "(stage play) E.R.\nby Josep Maria Benet i Jornet")
        #expect(try text("Motto", on: "Alberta") == "Fortis et liber\n(\"Strong and free\")")
    }

    @Test("{{end-date|…}} and {{snds}}: the landing date and a war's span read as dates")
    func dates() throws {
        let landing = try field("landing_date", on: "Apollo 8", in: Fixtures.gensimDump)
        #expect(landing.text == "December 27, 1968, 15:51:42 UTC")
        #expect(landing.value.iso == "1968-12-27")
        #expect(try text("date", on: "American Revolutionary War").hasPrefix("April 19, 1775 – September 3, 1783"))
    }

    /// `({{Age in years, months and days|1775|04|19|1783|09|03}})` under the war's dates.
    @Test("{{Age in years, months and days}} between two written dates: the span")
    func ageBetweenDates() throws {
        let date = try text("date", on: "American Revolutionary War")
        #expect(date.hasPrefix("April 19, 1775 – September 3, 1783\n(8 years, 4 months and 15 days)\n"))
    }

    /// Alkali metal's isotope table writes `{{SimpleNuclide2|lithium|7}}` in its cells.
    @Test("{{SimpleNuclide2|lithium|7}} in a table cell: ⁷Li")
    func nuclides() throws {
        let page = try Fixtures.dumpPage("Alkali metal", in: Fixtures.gensimDump)
        let cells = TableExtractor.extract(WikitextDocument(parsing: page)).flatMap { $0.rows.joined() }
        let shown = cells.filter { $0.raw.contains("SimpleNuclide2") }.map(\.text)
        #expect(shown.contains("⁷Li") && shown.contains("¹³³Cs") && shown.contains("⁴⁰K"))
        #expect(!shown.contains(""))
    }

    /// Help:Table shows its examples in `<pre><nowiki>…</nowiki></pre>`: MediaWiki's `<pre>`
    /// drops the inner `<nowiki>` tags, and `&amp;times;` shows as `&times;`.
    @Test("<pre> and <nowiki> show their text as the page does")
    func literalText() throws {
        let bytes = try Fixtures.corpusBytes("Help_Table.expanded.wikitext")
        let cells = TableExtractor.extract(WikitextDocument(parsing: bytes)).flatMap { $0.rows.joined() }
        let example = try #require(cells.first { $0.raw.contains("<pre><nowiki>\n{| cellpadding=\"2\"") })
        #expect(example.text.hasPrefix("{| cellpadding=\"2\"\n|+ Multiplication table\n|-\n! scope=\"col\" | &times;"))
        #expect(!cells.contains { $0.text.contains("<nowiki>") })
    }

    /// France's infobox footnote lists the name in its regional languages with `{{lang-gsw|…}}`,
    /// `{{lang-eu|…}}` …, one template per language.
    @Test("{{lang-xx|text}} shows the text")
    func languageTemplates() throws {
        let bytes = try Fixtures.corpusBytes("France.wikitext")
        let box = try #require(InfoboxExtractor.extract(WikitextDocument(parsing: bytes)).first)
        let name = try #require(box.fields.first { $0.key == "native_name" })
        let note = try #require(name.notes.first { $0.text.contains("regional languages") })
        #expect(note.text.contains("Französisch Republik;\nFrantziako Errepublika;\nRepublik C'hall;"))
    }

    @Test("{{ushr|Georgia|3|}} names the district, in a footnote of Saxby Chambliss's succession box")
    func congressionalDistrict() throws {
        let bytes = try Fixtures.corpusBytes("Saxby_Chambliss.expanded.wikitext")
        let notes = TableExtractor.extract(WikitextDocument(parsing: bytes)).flatMap { $0.rows.joined() }.flatMap(\.notes)
        #expect(notes.contains { $0.text.contains("Democrat Jim Marshall took the seat in Georgia's 3rd congressional district,") })
    }
}

/// The forms of the same templates that the pages above do not write.
@Suite("Text: data template forms")
struct TemplateRenderingFormTests {
    func text(_ value: String) -> String {
        let box = InfoboxExtractor.extract(WikitextDocument(parsing: "{{Infobox x\n| v = \(value)\n}}")).first
        return box?.fields.first?.text ?? "<none>"
    }

    @Test func val() {
        #expect(text("{{val|1.00794|(7)}}") == "1.00794(7)")
        #expect(text("{{val|9.81|0.01|u=m/s2}}") == "9.81±0.01 m/s2")
        #expect(text("{{val|1.2|+0.3|-0.1}}") == "1.2 +0.3 -0.1")
        #expect(text("{{val|6.022|e=23|ul=mol}}") == "6.022×10²³ mol")
        #expect(text("{{val|-1.5|e=-3}}") == "-1.5×10⁻³")
        #expect(text("{{val|299792458|up=s|u=m}}") == "299792458 m/s")
        #expect(text("{{val|50|u=[[hertz|Hz]]}}") == "50 Hz")
    }

    @Test func fractions() {
        #expect(text("{{frac|1|2}}") == "1⁄2")
        #expect(text("{{frac|3|1|2}}") == "3 1⁄2")
        #expect(text("{{frac|4}}") == "1⁄4")
        #expect(text("{{sfrac|2|3}}") == "2⁄3")
    }

    @Test func heightAndCompoundConvert() {
        #expect(text("{{height|m=1.80}}") == "1.80 m")
        #expect(text("{{height|cm=180}}") == "180 cm")
        #expect(text("{{convert|5|ft|11|in|m|abbr=on}}") == "5 ft 11 in")
        #expect(text("{{convert|10|st|4|lb|kg}}") == "10 st 4 lb")
        #expect(text("{{convert|100|m|0}}") == "100 m")
        #expect(text("{{convert|5|-|6|ft|m}}") == "5–6 ft")
    }

    @Test func ages() {
        #expect(text("{{age|1775|4|19|1783|9|3}}") == "8")
        #expect(text("{{age in days|2024|1|1|2024|3|1}}") == "60")
        #expect(text("{{Age in years, months and days|2020|1|31|2020|3|1}}") == "1 month and 1 day")
        #expect(text("{{Age in years, months and days|2020|1|1|2021|1|1}}") == "1 year")
        #expect(text("{{age in years and days|2000|2|29|2001|3|1}}") == "1 year and 1 day")
        // To the day the page is shown, or backwards, or not a date: nothing.
        #expect(text("{{age|1990|1|1}}") == "")
        #expect(text("{{age|2020|5|5|2019|1|1}}") == "")
        #expect(text("{{age|2020|2|30|2021|1|1}}") == "")
    }

    @Test func misc() {
        #expect(text("{{ushr|Wyoming|AL}}") == "Wyoming's at-large congressional district")
        #expect(text("{{ushr|Texas|22}}") == "Texas's 22nd congressional district")
        #expect(text("{{ushr|Ohio|11}}") == "Ohio's 11th congressional district")
        #expect(text("{{SimpleNuclide|Technetium|99|m}}") == "⁹⁹ᵐTc")
        #expect(text("{{SimpleNuclide2|Xx|3}}") == "³Xx")
        #expect(text("{{resize|70%|(Pashto)}} {{resize|small}}") == "(Pashto) small")
        #expect(text("<nowiki>&amp;x &lt;y&gt; [[z]]</nowiki>") == "&x <y> [[z]]")
        #expect(text("<pre>a <NOWIKI>[[x]]</NOWIKI> &lt;b&gt;</pre>") == "a [[x]] <b>")
        #expect(text("<syntaxhighlight lang=\"c\">a &amp;&amp; b</syntaxhighlight>") == "a &amp;&amp; b")
        #expect(text("{{lang-de|Französische Republik}}") == "Französische Republik")
        #expect(text("{{unordered list|a|b}}") == "a\nb")
        #expect(text("[[Battle of Shiloh]]{{KIA}}") == "Battle of Shiloh†")
    }
}
