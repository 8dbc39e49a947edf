import Foundation
import Testing
import TestSupport
import Wikitext
import WikiModel
@testable import WikiExtract

/// The shortcuts of plain-text rendering against the renderer's plain work list.
///
/// `SimpleText` (text only, no renderer) and rendering at once (`PlainTextRenderer+AtOnce`)
/// decide per node whether they can render it; the work list renders everything. Each test
/// renders real content (every table cell and infobox value of the corpus articles, read at
/// test time) or generated odd markup both ways and requires the same result.
@Suite struct TextFastPathTests {
    /// The content nodes tables and infoboxes render: cell contents, captions' contents and
    /// template parameter values.
    static func contents(_ document: WikitextDocument) -> [Int32] {
        document.ids(of: .cellContent) + document.ids(of: .parameterValue)
    }

    static func corpusDocuments() throws -> [(String, WikitextDocument)] {
        try Fixtures.corpusFiles().map { ($0.lastPathComponent, WikitextDocument(parsing: [UInt8](try Data(contentsOf: $0)))) }
    }

    /// Renders node `id` with the work list only (`atOnce` false) or with the shortcut.
    static func render(_ id: Int32, _ document: WikitextDocument, atOnce: Bool, templates: Bool = true) -> RenderedText {
        var renderer = PlainTextRenderer()
        renderer.rendersAtOnce = atOnce
        renderer.collectTemplates = templates
        renderer.render(id, in: document)
        return renderer.finish()
    }

    /// Rendering at once changes nothing: text, links, notes, templates and parties agree for
    /// every cell and parameter value of the corpus.
    @Test func atOnceMatchesWorkListOnCorpus() throws {
        var compared = 0
        for (name, document) in try Self.corpusDocuments() {
            for id in Self.contents(document) {
                let reference = Self.render(id, document, atOnce: false)
                #expect(Self.render(id, document, atOnce: true) == reference, "\(name) node \(id)")
                compared += 1
            }
        }
        #expect(compared > 30_000)
    }

    /// One renderer serving many contents in a row (as a page's cells do) gives each the result
    /// a fresh renderer gives: `reset` and `finish` leave nothing behind.
    @Test func reusedRendererMatchesFreshOne() throws {
        for (name, document) in try Self.corpusDocuments().prefix(12) {
            var renderer = PlainTextRenderer()
            renderer.collectTemplates = false
            for id in Self.contents(document) {
                renderer.reset()
                renderer.render(id, in: document)
                #expect(renderer.finish() == Self.render(id, document, atOnce: false, templates: false), "\(name) node \(id)")
            }
        }
    }

    /// Where `SimpleText` answers, the renderer finds text only, and the same text.
    @Test func simpleTextMatchesRendererOnCorpus() throws {
        var answered = 0, total = 0
        for (name, document) in try Self.corpusDocuments() {
            for id in Self.contents(document) {
                total += 1
                guard let text = SimpleText.render(id, in: document) else { continue }
                answered += 1
                let reference = Self.render(id, document, atOnce: false)
                #expect(RenderedText(text: text) == reference, "\(name) node \(id)")
            }
        }
        // Most content is simple: the shortcut must keep answering for it.
        #expect(answered * 2 > total)
    }

    /// Generated odd markup (unclosed tags, entities valid and not, links with pipes and
    /// trails, nested tags, refs, comments, templates, invalid UTF-8) in cells and values.
    @Test func shortcutsMatchWorkListOnGeneratedMarkup() {
        var generator = MarkupGenerator(seed: 16)
        for _ in 0..<400 {
            let document = GeneratedPage.parse(generator.page())
            for id in Self.contents(document) {
                let reference = Self.render(id, document, atOnce: false)
                #expect(Self.render(id, document, atOnce: true) == reference)
                if let text = SimpleText.render(id, in: document) {
                    #expect(RenderedText(text: text) == reference)
                }
            }
        }
    }

    /// `TagRole` reads names as `Tag.name` (lower-cased) and the renderer's rules read them.
    @Test func tagRolesMatchTagNames() throws {
        func expected(_ name: String) -> TagRole {
            switch name {
            case "br": .lineBreak
            case "ref": .ref
            case "p", "div", "li", "tr", "dd", "dt": .block
            case "sup": .script(superscript: true)
            case "sub": .script(superscript: false)
            case "td", "th": .cell
            case "pre": .literal(pre: true)
            case "nowiki": .literal(pre: false)
            default: TagPolicy.hidden.contains(name) ? .hidden : .inline
            }
        }
        var names = TagPolicy.hidden.map { "<\($0)>x</\($0)>" } + TagPolicy.hidden.map { "<\($0.uppercased())/>" }
        names += ["<br>", "<BR/>", "</br>", "<Ref>a</ref>", "<sup>1</sup>", "<SUB>2</SUB>", "<span>s</span>", "<tt>t</tt>",
                  "<p>p</p>", "<div>d</div>", "<td>c</td>", "<TH>h</TH>", "<references/>", "<galleryx>g</galleryx>"]
        var documents = try Self.corpusDocuments().map(\.1)
        documents.append(WikitextDocument(parsing: names.joined(separator: " ")))
        var checked = 0
        for document in documents {
            for id in document.ids(of: .tag) {
                let name = Tag(document.node(id))!.name
                #expect(TagRole(of: id, in: document) == expected(name), "<\(name)>")
                checked += 1
            }
        }
        #expect(checked > 1_000)
    }

    /// The byte table finds every registered template name, in any ASCII case and through
    /// subpage prefixes, as a dictionary of the lower-cased names does; and nothing else.
    @Test func templateLookupMatchesDictionary() throws {
        var first: [String: Int] = [:]
        var index = 0
        for family in TemplateRegistry.families {
            for (names, _) in family {
                for name in names where first[name] == nil { first[name] = index }
                index += 1
            }
        }
        var candidates = Array(first.keys)
        candidates += first.keys.map { $0.uppercased() } + first.keys.map { $0.capitalized }
        candidates += ["party shading/Labour", "Party Shading/Labour Party (UK)", "party color/x", "nope", "n/", "",
                       "\u{0387}", "yes\u{0301}", "cite  web", "formatnum:", "#invoke:flag"]
        for (_, document) in try Self.corpusDocuments() {
            candidates += document.ids(of: .template).map { TemplateName(of: document.node($0)).seen }
        }
        for seen in candidates {
            let lookup = String(decoding: seen.utf8.map(TemplateName.lower), as: UTF8.self)
            var expectedKey: String?
            if first[lookup] != nil {
                expectedKey = lookup
            } else if let slash = lookup.firstIndex(of: "/"), first[String(lookup[...slash])] != nil {
                expectedKey = lookup
            } else if lookup.hasPrefix("lang-"), lookup.count > 5,
                      lookup.dropFirst(5).allSatisfy({ ("a"..."z").contains($0) || $0 == "-" }) {
                expectedKey = lookup  // `lang-de`, one template per language code
            }
            let match = TemplateRegistry.match(Array(seen.utf8)[...])
            #expect(match?.key == expectedKey, "\(seen)")
        }
    }

    /// Named entities decode through the byte table as through the dictionary, by the
    /// renderer's entry (`append` to its output) and `decode` on a buffer (simple text).
    @Test func namedEntitiesMatchDictionary() {
        func appended(_ entity: String) -> [UInt8] {
            let out = GrowingBytes()
            HTMLEntities.append(Array(entity.utf8)[...], to: out)
            return Array(out.bytes)
        }
        func decoded(_ entity: String) -> [UInt8] {
            Array(entity.utf8).withUnsafeBufferPointer { bytes in
                switch HTMLEntities.decode(bytes) {
                case .scalar(let scalar): return Array(String(scalar).utf8)
                case .named(let text): return text
                case .asWritten: return Array(bytes)
                }
            }
        }
        #expect(HTMLEntities.named.count > 100)
        for (name, text) in HTMLEntities.named {
            let entity = "&\(name);"
            #expect(appended(entity) == Array(text.utf8), "\(entity)")
            #expect(decoded(entity) == Array(text.utf8), "\(entity)")
            let shouted = "&\(name.uppercased());"
            let expected = HTMLEntities.named[name.uppercased()].map { Array($0.utf8) } ?? Array(shouted.utf8)
            #expect(appended(shouted) == expected, "\(shouted)")
            #expect(decoded(shouted) == expected, "\(shouted)")
        }
    }

    /// `isFolded` never says true for bytes that folding would change.
    @Test func isFoldedIsSafe() throws {
        var samples: [[UInt8]] = ["", " a", "a ", "a  b", "a\tb", "a\nb", "1\u{00A0}2", "a b", "x\u{00C2}y", "\u{00A0}"]
            .map { Array($0.utf8) }
        var generator = MarkupGenerator(seed: 7)
        for _ in 0..<2_000 { samples.append(Array(generator.cell().utf8)) }
        for (_, document) in try Self.corpusDocuments().prefix(8) {
            for id in Self.contents(document) { samples.append(Array(document.source[document.range(of: id)])) }
        }
        for bytes in samples where TextFolding.isFolded(bytes[...]) {
            #expect(TextFolding.text(bytes[...]) == String(decoding: bytes, as: UTF8.self))
            #expect(TextFolding.line(bytes[...]) == String(decoding: bytes, as: UTF8.self))
        }
    }
}

/// Parses generated pages.
private enum GeneratedPage {
    static func parse(_ bytes: [UInt8]) -> WikitextDocument { WikitextDocument(parsing: bytes) }
}

/// Random wikitext pages with tables and an infobox holding odd markup, from a fixed seed.
struct MarkupGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    private mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }

    private mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    private mutating func pick(_ list: [String]) -> String { list[below(list.count)] }

    static let words = ["Labour", "13,999,656", "8 February 2024", "Imran Khan", "a b", "  spaced  ", "−3", "45.6%", "é", "日本", "12"]
    static let entities = ["&nbsp;", "&amp;", "&lt;", "&ndash;", "&#160;", "&#x2013;", "&#8722;", "&bogus;", "&#xZZ;",
                           "&#1114112;", "&", "&;", "&NBSP;", "&Prime;", "&#55296;", "&amp", "&thinsp;", "&frac12;"]
    static let links = ["[[A]]", "[[Pakistan Tehreek-e-Insaf|PTI]]", "[[Punjab, Pakistan|]]", "[[Pakistan (country)|]]",
                        "[[:Category:X|cat]]", "[[Category:C]]", "[[File:Map.svg|thumb|A [[map]]]]", "[[A|b|c]]",
                        "[[Elizabeth&nbsp;II]]", "[[a&amp;b|]]", "[[X|'''bold''']]", "[[X|<small>s</small>]]", "[[X|{{yes}}]]",
                        "[[X|a<ref>r</ref>]]", "[[cat]]s", "[[A|B]]ing", "[[ :Foo]]", "[[Foo<!--c-->|bar]]", "[[Foo|b<br/>c]]",
                        "[[Foo| a  b ]]", "[[Foo|1&nbsp;2]]", "[[Foo|]]", "[[:\u{0301}x]]", "[[Foo|<sup>2</sup>]]",
                        "[https://x.org Site]", "https://z.org", "[[x|[[y]]]]", "[[Foo|<div>d</div>]]", "[[Foo|<td>c</td>]]"]
    static let templates = ["n/a", "yes", "flagcountry|USA", "flagicon|ECU", "party color|Labour Party (UK)", "party shading/Labour",
                            "increase", "Sort|key|shown", "nts|1234567", "efn|a note", "sfn|Smith|2000|p=5", "nowrap|[[A|b]]",
                            "convert|10|km|mi", "dts|2024|2|8", "composition bar|116|272", "ubl|a|b", "·", "\u{0387}",
                            "Template:Yes", "ref|a", "unknown|x", "sup|2", "cite web|title=T|website=W|date=2020", "yes|1=given"]
    static let inline = ["small", "span", "center", "tt", "SMALL", "Span", "font"]
    static let blocks = ["p", "div", "li", "td", "th", "sup", "sub", "references", "gallery", "Style", "br"]

    mutating func piece(_ depth: Int = 0) -> String {
        switch below(20) {
        case 0, 1, 2: return pick(Self.words)
        case 3, 4: return pick(Self.entities)
        case 5, 6, 7: return pick(Self.links)
        case 8, 9: return "{{" + pick(Self.templates) + "}}"
        case 10: return pick(["'''", "''", "<!-- c -->", "<!-- open"])
        case 11: return pick(["<br />", "<br>", "</br>", "<BR/>"])
        case 12, 13:
            guard depth < 9 else { return pick(Self.words) }
            let tag = pick(Self.inline)
            let inner = (0..<below(3)).map { _ in piece(depth + 1) }.joined()
            return below(6) == 0 ? "<\(tag)>" + inner : "<\(tag)>\(inner)</\(tag)>"
        case 14:
            guard depth < 9 else { return pick(Self.words) }
            let tag = pick(Self.blocks)
            return "<\(tag)>" + piece(depth + 1) + pick(["</\(tag)>", ""])
        case 15: return depth < 9 ? pick(["<ref>", "<ref name=\"a\">"]) + piece(depth + 1) + "</ref>" : "<ref name=a/>"
        case 16: return pick(["\t", "  ", "\n", " \u{00A0} ", "1\u{00A0}2", "\r"])
        case 17: return pick(["{{", "}}", "[[", "]]", "|", "<", "&", "'''''", "{{{1|def}}}", "__NOTOC__"])
        case 18: return depth < 5 ? "{{nowrap|" + piece(depth + 1) + "}}" : pick(Self.words)
        default: return pick(Self.words)
        }
    }

    mutating func cell() -> String { (0..<below(6)).map { _ in piece() }.joined() }

    mutating func page() -> [UInt8] {
        var lines = ["{{Infobox election"]
        for k in 0..<below(8) { lines.append("| field\(k) = " + cell()) }
        lines.append("}}")
        lines.append("{| class=\"wikitable\"")
        lines.append("|+ " + cell())
        for _ in 0..<(1 + below(5)) {
            lines.append("|-")
            for _ in 0..<(1 + below(4)) { lines.append(pick(["| ", "! ", "| style=\"x\" | "]) + cell()) }
        }
        lines.append("|}")
        var bytes = Array(lines.joined(separator: "\n").utf8)
        // A few invalid UTF-8 bytes.
        for _ in 0..<below(3) where !bytes.isEmpty { bytes.insert([0xFF, 0xC2, 0xE2, 0xED][below(4)], at: below(bytes.count)) }
        return bytes
    }
}
