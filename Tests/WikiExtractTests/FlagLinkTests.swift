import Testing
import TestSupport
import Wikitext
import WikiExtract
import WikiModel

/// Flag templates draw links: `{{flag|X}}` and `{{flagcountry|X}}` link the country's name,
/// `{{flagicon|X}}`'s image links the country with no text. Cells record them in `links`.
@Suite("Text: links drawn by flag templates")
struct FlagLinkTests {
    /// The 1994 World Junior 200 m final: `[[Tony Wheeler (athlete)|Tony Wheeler]]<br />
    /// <small>''{{flagcountry|USA}}''</small>`: the athlete's link, then the country's.
    @Test("{{flagcountry|USA}} after an athlete's link: both links, in order")
    func flagcountry() throws {
        let bytes = try Fixtures.corpusBytes("1994_World_Junior_Championships_in_Athletics_–_Men's_200_metres.wikitext")
        let table = try #require(TableExtractor.extract(WikitextDocument(parsing: bytes)).first)
        let wheeler = try #require(table.rows.lazy.flatMap { $0 }.first { $0.text.hasPrefix("Tony Wheeler") })
        #expect(wheeler.text == "Tony Wheeler\nUnited States")
        #expect(wheeler.links == [Link(target: "Tony Wheeler (athlete)", text: "Tony Wheeler"),
                                  Link(target: "United States", text: "United States")])
    }

    /// Andre Agassi's finals (gensim dump sample): the opponent cell `{{flagicon|ECU}}
    /// [[Andrés Gómez]]` shows only the name; the flag's link names Ecuador.
    @Test("{{flagicon|ECU}} before a player: a link to Ecuador with no text, the text unchanged")
    func flagicon() throws {
        let page = try Fixtures.dumpPage("Andre Agassi", in: Fixtures.gensimDump)
        let cells = TableExtractor.extract(WikitextDocument(parsing: page)).flatMap { $0.rows.joined() }
        let gomez = try #require(cells.first { $0.raw.contains("{{flagicon|ECU}} [[Andrés Gómez]]") })
        #expect(gomez.text == "Andrés Gómez")
        #expect(gomez.links == [Link(target: "Ecuador", text: ""), Link(target: "Andrés Gómez", text: "Andrés Gómez")])
    }

    /// The 2026 World Cup's host cities: `{{#invoke:flag|icon|MEX}} [[Mexico City]]`, the module
    /// the newer flag templates call, links the country as `{{flagicon|MEX}}` does.
    @Test("{{#invoke:flag|icon|MEX}}: a link to Mexico with no text, as {{flagicon}}")
    func moduleFlag() throws {
        let bytes = try Fixtures.corpusBytes("2026_FIFA_World_Cup.wikitext")
        let cells = TableExtractor.extract(WikitextDocument(parsing: bytes)).flatMap { $0.rows.joined() }
        let mexico = try #require(cells.first { $0.raw.contains("{{#invoke:flag|icon|MEX}} [[Mexico City]]") })
        #expect(mexico.text == "Mexico City")
        #expect(mexico.links == [Link(target: "Mexico", text: ""), Link(target: "Mexico City", text: "Mexico City")])
        let hosts = cells.filter { $0.raw.contains("{{#invoke:flag|icon|") && $0.header }
        #expect(hosts.count == 16 && hosts.allSatisfy { ["Mexico", "United States", "Canada"].contains($0.links.first?.target ?? "") })
    }

    /// `{{flagu}}` is the unlinked flag, and a footnote's flag is not the cell's link.
    @Test("{{flagu}} and a flag inside a footnote record no link; {{flag|Finland}} alone is one link")
    func unlinked() {
        func cell(_ wikitext: String) -> Cell? {
            TableExtractor.extract(WikitextDocument(parsing: "{|\n|\(wikitext)\n|}")).first?.rows.first?.first
        }
        #expect(cell("{{flagu|FIN}}")?.links == [])
        #expect(cell("{{flagu|FIN}}")?.text == "Finland")
        #expect(cell("x{{efn|{{flag|FIN}}}}")?.links == [])
        #expect(cell(" {{flag|Finland}} ")?.links == [Link(target: "Finland", text: "Finland")])
    }
}
