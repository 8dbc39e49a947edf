import Testing
import TestSupport
import Wikitext
import WikiModel
@testable import WikiExtract

/// The template renderer registry, family by family, on snippets taken from `Corpus/`.
@Suite struct TextTemplateTests {
    static func text(_ wikitext: String) -> String {
        PlainText.render(WikitextDocument(parsing: wikitext).root).text
    }

    @Test(arguments: [
        // signs
        ("{{decrease}}0.71[[Percentage point|pp]]", "−0.71pp"),
        ("{{increase}}16", "+16"),
        ("{{Steady}}", ""),
        ("{{DecreasePositive}} 6.984%", "− 6.984%"),
        ("{{gain}}3 {{loss}}2", "+3 −2"),
        // an arrow before money is a trend beside a level, not a sign
        ("{{decrease}} €11.6 billion (2015)", "€11.6 billion (2015)"),
        ("{{increase}} $937.719 billion", "$937.719 billion"),
        ("{{increase}} {{USD|9.98 billion|link=yes}} (2023)", "US$9.98 billion (2023)"),
        ("{{increase}} 2.5% (2014 est.)", "+ 2.5% (2014 est.)"),
        // currencies
        ("{{US$|2 billion}}", "US$2 billion"),
        // names and numbers that tables carry in templates
        ("{{Lbs|Hunstanton}}", "Hunstanton"),
        ("{{Lbb|Atlantic 85}}", "Atlantic 85"),
        ("{{ru|SCO}}", "Scotland"),
        ("{{ru|Wales}}", "Wales"),
        ("{{bartable|87.5||2||background:darkblue}}", "87.5"),
        // coordinates as written; display=title alone shows nothing in the text
        ("{{Coord|50|51|N|4|21|E|type:city}}", "50°51′N 4°21′E"),
        ("{{coord|53|58|10|N|1|5|18|W|type:landmark|display=inline,title}}", "53°58′10″N 1°5′18″W"),
        ("{{coord|50.466|-4.718|display=inline,title}}", "50.466°N 4.718°W"),
        ("{{Coord|50|50|N|4|00|E|type:country_region:BE|display=title}}", ""),
        // numbers
        ("{{formatnum:1234567.5}}", "1,234,567.5"),
        ("{{nts|18457567}}", "18,457,567"),
        ("{{ntsh|100}}12", "12"),
        ("{{sort|Smith|[[John Smith]]}}", "John Smith"),
        ("{{sortname|Nawaz|Sharif}}", "Nawaz Sharif"),
        ("{{percentage|1|3|2}}", "33.33%"),
        ("{{pct|-1|3}}", "−33%"),
        ("{{Composition bar|116|272|{{party color|Pakistan Tehreek-e-Insaf}}}}", "116/272"),
        ("{{sigfig|4.22|1}} million", "4 million"),
        // dates
        ("{{dts|3 June 2022}}", "3 June 2022"),
        ("{{dts|2024|2|8}}", "February 8, 2024"),
        ("{{date|2024-02-08}}", "8 February 2024"),
        ("{{Start date|2024|5|2|df=y}}", "2 May 2024"),
        ("{{start date and age|1929|11|13|mf=y}}", "November 13, 1929"),
        ("{{birth date and age|1954|7|17|df=y}}", "17 July 1954"),
        ("{{start date and age|1929|05|mf=y}}", "May 1929"),
        // marks
        ("{{yes}} {{no}} {{n/a}} {{tick}} {{cross}}", "Yes No N/A ✓ ✗"),
        ("{{Gold1}} {{Silver2}} {{Bronze3}}", "1 2 3"),
        ("{{Lbb|Atlantic 85}}, {{Lbc|D|IB1}}, {{Lbc|H}}", "Atlantic 85, D-class (IB1), H-class"),
        ("{{Won}} {{Nom}} {{won|2nd}} {{okay}} {{some}} {{maybe}}", "Won Nominated 2nd Neutral Some Maybe"),
        ("{{vunblist|Arab-Berber|Other}}", "Arab-Berber\nOther"),
        ("{{yes|Elected}}", "Elected"),
        // wrappers
        ("{{nobr|[[Caretaker Prime Minister of Pakistan|Caretaker Prime Minister]]}}", "Caretaker Prime Minister"),
        ("{{small|(1990–present)}}", "(1990–present)"),
        ("{{abbr|PTI|Pakistan Tehreek-e-Insaf}}", "PTI"),
        ("{{lang|sco|''Unitit Kinrick''}}", "Unitit Kinrick"),
        ("{{nq|Next}}", "Next"),
        ("{{marriage|[[Michelle Robinson]]|October 3, 1992}}", "Michelle Robinson (m. October 3, 1992)"),
        ("{{URL|https://www.berlin.de/en/}}", "www.berlin.de/en"),
        // parties: no text
        ("{{party color|Pakistan Tehreek-e-Insaf}}", ""),
        ("{{Party name with colour|Labour Party (UK)}}", "Labour Party (UK)"),
        ("{{eppt|Labour Party (UK)|}}", ""),
        // a party's meta templates: its colour shows nothing, its short name the party's article name
        ("{{Labour Party (UK)/meta/color}}", ""),
        ("{{Labour Party (UK)/meta/shortname}} 1,226", "Labour Party (UK) 1,226"),
        ("{{labour_Party_(UK)/Meta/Shortname}}", "Labour Party (UK)"),
        ("{{Labour Party (UK)/meta/other}}", ""),
        ("{{Canadian party colour|CA|Conservative|name}}", "Conservative"),
        // flags
        ("{{flag|Sweden}} 18.5%", "Sweden 18.5%"),
        ("{{flagcountry|NZL}}", "New Zealand"),
        ("{{flagicon|USA}} [[United States]]", "United States"),
        ("{{flagathlete|[[Michael Phelps]]|USA}}", "Michael Phelps (USA)"),
        ("{{flagIOCathlete|[[Michael Phelps]]|USA|2008 Summer}}", "Michael Phelps (USA)"),
        // lists
        ("{{hlist|[[Dutch language|Dutch]]|[[French language|French]]|[[German language|German]]}}", "Dutch · French · German"),
        ("{{ubl|[[Columbia University]] (BA)|[[Harvard University]] (JD)}}", "Columbia University (BA)\nHarvard University (JD)"),
        ("{{plainlist|\n*[[Horst Köhler]]\n*[[Christian Wulff]]}}", "Horst Köhler\nChristian Wulff"),
        // convert
        ("{{cvt|927|ft|m}}", "927 ft"),
        ("{{convert|104|by|64|m|yd}}", "104 by 64 m"),
        ("{{convert|10|-|20|km2}}", "10–20 km²"),
        ("{{cvt|1,111,675|ft2|m2}}", "1,111,675 sq ft"),
        ("{{convert|900000|oilbbl/d|m3/d}}", "900000 bbl/d"),
        ("{{convert|5.8|PD/sqmi}}", "5.8/sq mi"),
        ("{{convert|1|USgal|L}}", "1 US gal"),
        ("{{cvt|4|C-change|sigfig=1}}", "4°C"),
        ("{{Convert|25|°C|abbr=on}}", "25°C"),
        // symbols
        ("a{{!}}b{{=}}c", "a|b=c"),
        ("1{{snd}}2", "1 – 2"),
        // unknown templates render to nothing
        ("{{Politics of Pakistan}}x{{#invoke:Goalscorers|goals}}", "x"),
    ])
    func renders(_ wikitext: String, _ expected: String) {
        #expect(Self.text(wikitext) == expected)
    }

    @Test func partiesAreRecorded() {
        let r = PlainText.render(WikitextDocument(parsing: """
            {{party color|Pakistan Tehreek-e-Insaf}}{{Party shading/Labour}}{{Party name with colour|Labour Party (UK)}}\
            {{Conservative Party (UK)/meta/color}}{{Green Party of England and Wales/meta/shortname}}{{Canadian party colour|CA|Bloc Québécois}}
            """).root)
        #expect(r.parties == ["Pakistan Tehreek-e-Insaf", "Labour", "Labour Party (UK)", "Conservative Party (UK)",
                              "Green Party of England and Wales", "Bloc Québécois"])
    }

    /// A colour template in a cell's attributes names the party of the row.
    @Test func partiesInAttributes() throws {
        let doc = WikitextDocument(parsing: try Fixtures.corpusBytes("2024_Pakistani_general_election.wikitext"))
        let table = try #require(doc.root.descendants.first { $0.kind == .table && $0.text.contains("Composition bar|116|272") })
        let r = PlainText.render(table)
        #expect(r.parties.contains("Pakistan Tehreek-e-Insaf"))
        #expect(r.text.contains("116/272"))
    }

    @Test func namesAreNormalized() {
        #expect(Self.text("{{Template:Increase}}1 {{INCREASE}}2 {{increase }}3 {{Formatnum|1000}}") == "+1 +2 +3 1,000")
        #expect(TemplateCensus.isRendered("Party_colour"))
        #expect(!TemplateCensus.isRendered("Politics of Pakistan"))
    }

    @Test func censusCountsEveryTemplateInFirstSeenOrder() throws {
        let doc = WikitextDocument(parsing: try Fixtures.corpusBytes("2024_Pakistani_general_election.wikitext"))
        let seen = TemplateCensus.count(doc)
        #expect(Array(seen.keys.prefix(4)) == ["short description", "use dmy dates", "infobox election", "efn"])
        #expect(seen["party color"] == 72)
        #expect(seen["cite web"] ?? 0 > 100)
        #expect(seen.entries.reduce(0) { $0 + $1.value } == doc.root.descendants.filter { $0.kind == .template }.count)
    }

    /// Templates that carry a table's data read as that data: the RNLI list's station names
    /// (`{{Lbs|Hunstanton}}`) and boat classes (`{{Lbb|Atlantic 85}}`, `{{Lbc|H}}`) were empty cells, and
    /// Scotland v Wales's `Won by<br />{{ru|Scotland}}` headers gave the columns `Won by` and
    /// `Won by 2`.
    @Test func tableTemplatesShowTheirData() throws {
        let rnli = TableExtractor.extract(WikitextDocument(parsing: try Fixtures.corpusBytes("List_of_RNLI_stations.wikitext")))
        let first = try #require(rnli.first)
        let row = first.rows[first.headerRows]
        #expect(row[0].text == "Hunstanton")
        #expect(row[2].text == "Atlantic 85\nH-class")  // `{{Lbb|Atlantic 85}}<br>{{Lbc|H}}`: the hovercraft H-003
        let rugby = TableExtractor.extract(WikitextDocument(parsing: try Fixtures.corpusBytes(
            "History_of_rugby_union_matches_between_Scotland_and_Wales.wikitext")))
        #expect(rugby.contains { $0.columns.contains("Won by Scotland") && $0.columns.contains("Won by Wales") })
        // `| {{Gold1}} || … Tony Wheeler`: the places are the Rank column's numbers.
        let sprint = TableExtractor.extract(WikitextDocument(parsing: try Fixtures.corpusBytes(
            "1994_World_Junior_Championships_in_Athletics_–_Men's_200_metres.wikitext")))
        let final = try #require(sprint.first { $0.columns.first == "Rank" && $0.rows.count > 3 })
        let places = final.rows.dropFirst(final.headerRows).prefix(3)
        #expect(places.map { $0[0].value.number } == [1, 2, 3])
        #expect(places.first?[1].text == "Tony Wheeler")
    }

    /// `? (film)` (DBpedia's minidump): an awards table whose Result column is `{{Nom}}` and
    /// `{{Won}}` (table cell templates: a coloured cell with a default word). It was empty.
    @Test func awardResultsShowTheirWord() throws {
        let page = try Fixtures.dumpPage("? (film)", in: Fixtures.dbpediaDump)
        let awards = try #require(TableTestHelpers.tables(page).first { $0.columns.last == "Result" })
        let results = awards.rows.dropFirst(awards.headerRows).map { $0[$0.count - 1].text }
        #expect(results.count == 12)
        #expect(Set(results) == ["Nominated", "Won"])
        #expect(results.filter { $0 == "Won" }.count == 1)
    }
}
