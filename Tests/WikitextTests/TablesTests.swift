import Testing
import Wikitext

/// Table structure as MediaWiki's Parser::handleTables builds it, after its preprocessor has
/// expanded templates and removed comments (`Sources/Wikitext/Parser/Tables.swift`).
@Suite("Parser: tables")
struct TablesTests {
    /// Cells per row of each table, in source order.
    func shape(_ text: String) -> [[Int]] {
        all(.table, in: parse(text)).map { table in
            table.children(.tableRow).map { $0.children(.tableCell).count }
        }
    }

    /// The content of every cell, in source order.
    func cells(_ text: String) -> [String] {
        all(.tableCell, in: parse(text)).map { $0.child(.cellContent)?.text ?? "" }
    }

    /// The parser calls its cell separator check only for templates that start `{{!`, and its
    /// table opener check only for lines whose first byte (after blanks) is `{`: these pin the
    /// forms that still count, and the near misses that don't.
    @Test("cell separator templates split cells; other templates on a cell line do not")
    func cellSeparatorTemplates() {
        #expect(cells("{|\n| a {{!!}} b\n|}") == [" a ", " b"])
        #expect(cells("{|\n| a {{!}}{{!}} b\n|}") == [" a ", " b"])
        #expect(cells("{|\n| a {{!}}| b\n|}") == [" a ", " b"])
        #expect(cells("{|\n| style=x {{!}} b\n|}") == [" b"])
        #expect(shape("{|\n| a {{x}} b {{!x}} c\n|}") == [[1]])
        #expect(shape("{|\n| a {{\n|}") == [[1]])
    }

    @Test("a table opens at a line's first byte after blanks, or after list markers")
    func tableOpeners() {
        #expect(shape("{|\n|a\n|}") == [[1]])
        #expect(shape("  {|\n|a\n|}") == [[1]])
        #expect(shape(":{|\n|a\n|}") == [[1]])
        #expect(shape("{{(!}}\n|a\n|}") == [[1]])
        #expect(shape("{{{!}}\n|a\n|}") == [[1]])
        #expect(shape("x{|\n|a\n|}").isEmpty)
        #expect(shape("{{x}}\n|a").isEmpty)
        #expect(shape("{").isEmpty)
    }

    @Test("a table with no |} is closed at the end of the text and flagged unterminated")
    func unclosedTableCloses() throws {
        let doc = parse("{|\n|a\n|b")
        #expect(lawful(doc) == nil)
        let table = try #require(all(.table, in: doc).first)
        #expect(table.flags.contains(.unterminated))
        #expect(table.range == 0..<8)
        #expect(cells("{|\n|a\n|b") == ["a", "b"])
        #expect(!(try #require(all(.table, in: parse("{|\n|a\n|}")).first)).flags.contains(.unterminated))
    }

    @Test("an open table closes where its context ends: an extension body, a link")
    func unclosedTableClosesWithContext() {
        let inRef = parse("x<ref>\n{|\n|a</ref>y")
        #expect(lawful(inRef) == nil)
        #expect(all(.table, in: inRef).map(\.text) == ["{|\n|a"])
        #expect(all(.text, in: inRef).last?.text == "y")
        let inCaption = parse("[[File:x.png|thumb|\n{|\n|a]] after")
        #expect(lawful(inCaption) == nil)
        #expect(all(.wikilink, in: inCaption).count == 1)
        #expect(shape("[[File:x.png|thumb|\n{|\n|a]] after") == [[1]])
    }

    @Test("nested open tables all close; a table on one line is attributes only")
    func nestedUnclosed() {
        #expect(shape(String(repeating: "{|\n", count: 5)) == [[], [], [], [], []])
        #expect(shape("{||}") == [[]])
        #expect(shape("{| |} tsta") == [[]])
    }

    @Test("inside a template the preprocessor splits at every |: no {| table, no | lines")
    func noRawTableInTemplate() throws {
        let doc = parse("{{foo|\n{|\n|a\n|}\n}}")
        #expect(lawful(doc) == nil)
        #expect(all(.table, in: doc).isEmpty)
        let node = try #require(all(.template, in: doc).first)
        let template = try #require(Template(node))
        #expect(template.parameters.map(\.rawValue) == ["\n{", "\n", "a\n", "}\n"])
        // {{(!}}, {{!}} and ! lines do build a table there.
        #expect(shape("{{foo|\n{{(!}}\n{{!}}a\n! b !! c\n{{!)}}\n}}") == [[3]])
        // A table opened by {{(!}} ends at a raw | (a parameter separator).
        let split = parse("{{foo|\n{{(!}}\n{{!}}a\n|b}}")
        #expect(lawful(split) == nil)
        #expect(all(.parameter, in: split).count == 2)
    }

    @Test("comments before table markup at the start of a line are skipped")
    func commentsBeforeMarkup() throws {
        let text = "{|\n|a\n<!--c1-->\n<!--c2-->|b\n<!-- e -->|}"
        let doc = parse(text)
        #expect(lawful(doc) == nil)
        #expect(shape(text) == [[2]])
        let table = try #require(all(.table, in: doc).first)
        #expect(!table.flags.contains(.unterminated))
        // The comments stay nodes, in the cell they follow.
        #expect(cells(text) == ["a\n<!--c1-->\n<!--c2-->", "b\n<!-- e -->"])
        #expect(shape("{|class=wikitable\n<!-- c -->|}") == [[]])
        #expect(!(try #require(all(.table, in: parse("{|\n<!-- c -->|}")).first)).flags.contains(.unterminated))
        // `||` after a comment at the start of a cell line still splits (the line starts with |).
        #expect(shape("{|\n!foo||bar\n<!-- foo -->  ||baz||quux\n|}") == [[4]])
        #expect(shape("<!-- x -->{|\n|a\n|}") == [[1]])
        // A comment that is not followed by markup is left to the normal parse.
        #expect(cells("{|\n|a\n<!-- c --> b\n|}") == ["a\n<!-- c --> b"])
    }

    @Test("on a ! line |!! reads |||: a cell break, then an empty attribute part")
    func pipeBangBang() {
        #expect(cells("{|\n!a|!!b|c\n|}") == ["a", "b|c"])
        #expect(cells("{|\n|a|!!b|c\n|}") == ["!!b|c"])
    }

    @Test("{{!}} forms: {{{!}} opens, {{!}}} closes, |{{!}} and {{!}}| split cells")
    func bangTemplates() throws {
        let text = "{{{!}} class=x\n{{!}}a|{{!}}b{{!}}|c\n{{!}}}"
        let doc = parse(text)
        #expect(lawful(doc) == nil)
        #expect(cells(text) == ["a", "b", "c"])
        #expect(!(try #require(all(.table, in: doc).first)).flags.contains(.unterminated))
    }

    @Test("a multi-line extension tag does not end the cell's line: || after it splits")
    func extensionTagKeepsCellLine() {
        #expect(shape("{|\n|a||b <ref>\nx</ref>||c\n|}") == [[3]])
        #expect(shape("{|\n!a!!b <ref>\nx</ref>!!c\n|}") == [[3]])
    }

    @Test("[[http://…]] inside an external link's label is text; the label ends at the first ]")
    func urlLinkInExternalLabel() throws {
        let doc = parse("[http://example.com [[http://example.com]]]")
        #expect(lawful(doc) == nil)
        #expect(all(.wikilink, in: doc).isEmpty)
        let link = try #require(all(.externalLink, in: doc).first)
        #expect(link.text == "[http://example.com [[http://example.com]")
    }
}
