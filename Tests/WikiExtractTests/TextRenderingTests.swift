import Foundation
import Testing
import TestSupport
import Wikitext
import WikiModel
@testable import WikiExtract

/// Plain-text rendering: markup rules, footnotes as notes, and robustness.
@Suite struct TextRenderingTests {
    static func render(_ wikitext: String) -> RenderedText {
        PlainText.render(WikitextDocument(parsing: wikitext).root)
    }

    @Test func linksBecomeTheirLabels() {
        let r = Self.render("[[Pakistan Tehreek-e-Insaf|PTI]] and [[Imran Khan]]s, [[Punjab, Pakistan|]] [[:Category:X|cat]]")
        #expect(r.text == "PTI and Imran Khans, Punjab cat")
        #expect(r.links.map(\.target) == ["Pakistan Tehreek-e-Insaf", "Imran Khan", "Punjab, Pakistan", "Category:X"])
        #expect(r.links.map(\.text) == ["PTI", "Imran Khans", "Punjab", "cat"])
    }

    @Test func filesCategoriesAndExternalLinks() {
        let r = Self.render("a [[File:Map.svg|thumb|A [[map]]]] b [https://x.org Site] [https://y.org] https://z.org[[Category:C]]")
        #expect(r.text == "a b Site https://z.org")
        #expect(r.links.isEmpty)
    }

    @Test func boldItalicAndCommentsGo() {
        #expect(Self.render("'''100'''<!-- n -->''%''").text == "100%")
    }

    @Test func breaksAndEntities() {
        let r = Self.render("IND<br />(backed&nbsp;by PTI) &amp; &#8722;3 &#x2013; &minus;")
        #expect(r.text == "IND\n(backed by PTI) & −3 – −")
    }

    /// `&nbsp;` is a plain space except between digits, where it groups them.
    @Test func noBreakSpaceBetweenDigitsStays() {
        #expect(Self.render("13&nbsp;999&nbsp;656").text == "13\u{00A0}999\u{00A0}656")
        #expect(Self.render("8&nbsp;February 2024").text == "8 February 2024")
        #expect(ValueMapping.value(of: Self.render("13&nbsp;999&nbsp;656").text).number == 13_999_656)
    }

    @Test func footnotesBecomeNotes() {
        let r = Self.render("""
            93<ref name="a">See [[X|x]] p.&nbsp;4</ref>{{efn|name=b|Note '''b'''}}{{refn|group=n|R}}\
            {{sfn|Smith|2000|p=5}}<ref name=a/>
            """)
        #expect(r.text == "93")
        #expect(r.notes.map(\.kind) == [.ref, .efn, .refn, .sfn, .ref])
        #expect(r.notes.map(\.name) == ["a", "b", nil, nil, "a"])
        #expect(r.notes.map(\.text) == ["See x p. 4", "Note b", "R", "Smith 2000, p. 5", ""])
        #expect(r.notes[0].raw == "<ref name=\"a\">See [[X|x]] p.&nbsp;4</ref>")
        #expect(r.links.isEmpty, "links inside footnotes are not the text's")
    }

    @Test func footnoteInsideFootnoteKeepsSourceOrder() {
        let r = Self.render("x{{efn|outer<ref>inner</ref>}}y")
        #expect(r.text == "xy")
        #expect(r.notes.map(\.text) == ["outer", "inner"])
    }

    @Test func superscriptDigitsNeverGlue() {
        #expect(Self.render("[[Telephone numbers in France|33]]{{Smallsup|1}}").text == "33¹")
        #expect(Self.render("km<sup>2</sup> H<sub>2</sub>O").text == "km² H₂O")
    }

    @Test func headingsListsAndTables() {
        let r = Self.render("== Results ==\n* [[A]]\n* B\n{|\n! h1 !! h2\n|-\n| 1 || 2\n|}")
        #expect(r.text == "Results\n\nA\nB\nh1 h2\n1 2")
    }

    @Test func templatesAreListedInOrder() {
        let r = Self.render("{{Cite_news|title=T}} {{ party color |X}} {{formatnum:1234}} {{Template:Infobox}}")
        #expect(r.templates == ["cite news", "party color", "formatnum:", "infobox"])
    }

    /// 10,000 nested constructs render without recursion (no stack overflow).
    @Test func deepNestingDoesNotRecurse() {
        let depth = 10_000
        let templates = String(repeating: "{{nowrap|", count: depth) + "x" + String(repeating: "}}", count: depth)
        #expect(Self.render(templates).text == "x")
        let refs = String(repeating: "{{efn|", count: depth) + "y" + String(repeating: "}}", count: depth)
        let r = Self.render("a" + refs)
        #expect(r.text == "a")
        // The first levels are notes; deeper ones stay inside the deepest note kept (its text
        // and raw), so that the notes' raw texts do not repeat the nest thousands of times.
        let kept = PlainTextRenderer.maxNoteNesting
        #expect(r.notes.count == kept)
        #expect(r.notes.last?.text == "y")
        #expect(r.notes.last?.raw.components(separatedBy: "{{efn|").count == depth - kept + 2)
        #expect(r.notes.first?.raw == refs)
        let tags = String(repeating: "<span>", count: depth) + "z" + String(repeating: "</span>", count: depth)
        #expect(Self.render(tags).text == "z")
    }

    /// Unclosed constructs are text, as in MediaWiki, and rendering never fails.
    @Test func unclosedMarkupIsText() {
        #expect(Self.render("a {{b [[c <ref>d").text.hasPrefix("a {{b [[c"))
    }

    /// Every corpus article renders; the founding article's lead reads as prose.
    @Test func corpusRenders() throws {
        for url in Fixtures.corpusFiles() {
            let r = PlainText.render(WikitextDocument(parsing: [UInt8](try Data(contentsOf: url))).root)
            #expect(!r.text.isEmpty, "\(url.lastPathComponent)")
            #expect(!r.text.contains("<ref"), "\(url.lastPathComponent)")
        }
        let doc = WikitextDocument(parsing: try Fixtures.corpusBytes("2024_Pakistani_general_election.wikitext"))
        let r = PlainText.render(doc.root)
        #expect(r.text.hasPrefix("General elections, originally scheduled to be held in 2023, were held in Pakistan on 8 February 2024"))
        #expect(r.notes.count > 300)
        #expect(r.links.contains { $0.target == "Election Commission of Pakistan" })
    }
}
