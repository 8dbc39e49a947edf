import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import WikiDump

/// Decodes `raw` as element content with the reader's decoder.
private func decoded(_ raw: String) -> String {
    let bytes = Array(raw.utf8)
    return String(decoding: bytes.withUnsafeBytes { EntityDecoder.decode($0) }, as: UTF8.self)
}

@Test(arguments: [
    ("&lt;ref&gt;", "<ref>"),
    ("a &amp; b", "a & b"),
    ("&quot;q&quot; &apos;s&apos;", "\"q\" 's'"),
    ("&#65;&#x42;&#x6a;&#233;", "ABjé"),
    ("&#x1F600;|&#128512;", "😀|😀"),
    ("&amp;lt;", "&lt;"),                      // decoded once only
    ("&nbsp; &foo; & alone &;", "&nbsp; &foo; & alone &;"),  // not XML entities: kept
    ("&#0; &#xD800; &#x110000; &#; &#x; &#12a;", "&#0; &#xD800; &#x110000; &#; &#x; &#12a;"),
    ("tail &am", "tail &am"),
    ("a\r\nb\rc\n", "a\nb\nc\n"),              // XML line-end normalization
    ("&#13;&#10;", "\r\n"),                    // references are not normalized
    ("<![CDATA[a <b> & &amp; ]]>&amp;", "a <b> & &amp; &"),
    ("x<!-- a comment & <b> -->y", "xy"),
    ("<![CDATA[unterminated", "<![CDATA[unterminated"),
    ("é日本&lt;語", "é日本<語"),
    ("", ""),
])
func entityDecoding(raw: String, expected: String) {
    #expect(decoded(raw) == expected)
}

@Test func decoderAgreesWithFoundationXML() throws {
    // Independent check: the same content through Foundation's XMLParser (libxml2).
    let raw = (0..<2000).map { i in ["&lt;", "&gt;", "&amp;", "&quot;", "&apos;", "&#x263A;", "&#8364;", "ab", "\r\n", "é"][i % 10] }
        .joined() + "<![CDATA[ <x> & ]]>end"
    final class Collector: NSObject, XMLParserDelegate {
        var text = ""
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
        func parser(_ parser: XMLParser, foundCDATA block: Data) { text += String(decoding: block, as: UTF8.self) }
    }
    let parser = XMLParser(data: Data("<t>\(raw)</t>".utf8))
    let collector = Collector()
    parser.delegate = collector
    #expect(parser.parse())
    #expect(decoded(raw) == collector.text)
}

@Test func pageFieldsAndSyntaxCorners() throws {
    let xml = Samples.export("""
      <page>
        <title>AT&amp;T &lt;Corp&gt; &quot;x&quot;</title>
        <ns>0</ns>
        <id>7</id>
        <redirect title="Target &amp; &quot;more&quot; a>b it's" />
        <revision>
          <id>70</id>
          <timestamp>2001-01-01T00:00:00Z</timestamp>
          <contributor><username>Bob</username><id>555</id></contributor>
          <text bytes="3" xml:space="preserve"><![CDATA[</text></page>]]> &amp; done</text>
        </revision>
      </page>
      <page>
        <title>Two revisions</title><ns>1</ns><id>8</id>
        <revision><id>80</id><timestamp>2001</timestamp><text>old</text></revision>
        <revision><id>81</id><timestamp>2002</timestamp><contributor><id>9</id></contributor><text>new</text></revision>
      </page>
      <page>
        <title>Empty</title><ns>0</ns><id>9</id>
        <revision><id>90</id><text bytes="0" /></revision>
      </page>
      <page>
        <title>Deleted</title><ns>0</ns><id>10</id>
        <revision><id>100</id><text deleted="deleted" /></revision>
      </page>
      <page>
        <title>No revision</title><ns>0</ns><id>11</id>
      </page>
      <page>
        <title>Single quotes</title><ns>0</ns><id>12</id><redirect title='It&apos;s "here"'/>
        <revision><id>120</id><text xml:space='preserve'>line1
    line2&#13;</text></revision>
      </page>
    """)
    let pages = try Samples.readAll(try Samples.writeTemp(xml))
    #expect(pages.count == 6)
    #expect(pages[0].title == "AT&T <Corp> \"x\"")
    #expect(pages[0].redirect == "Target & \"more\" a>b it's")
    #expect(pages[0].revisionID == 70)  // not the contributor's <id>
    #expect(String(decoding: pages[0].text, as: UTF8.self) == "</text></page> & done")
    #expect(pages[1].revisionID == 81 && pages[1].timestamp == "2002" && pages[1].text == Array("new".utf8))
    #expect(pages[1].namespace == 1)
    #expect(pages[2].text.isEmpty && !pages[2].textDeleted)
    #expect(pages[3].text.isEmpty && pages[3].textDeleted)
    #expect(pages[4].revisionID == nil && pages[4].text.isEmpty)
    #expect(pages[5].redirect == "It's \"here\"")
    #expect(String(decoding: pages[5].text, as: UTF8.self) == "line1\nline2\r")
}

/// Pages far larger than the scanner's buffer and chunk, and many pages across chunk edges.
@Test func bufferBoundaries() throws {
    var expected: [(String, String)] = []
    var body = ""
    for i in 0..<3000 {
        let text = String(repeating: "w\(i) & <x> \"q\" ", count: i % 97 + 1)
        expected.append(("P&\(i)", text))
        body += Samples.page(id: i + 1, title: "P&amp;\(i)", text: "<text>\(escape(text))</text>") + "\n"
    }
    // 9 MB of text, 13 MB escaped: bigger than the scanner's first buffer.
    expected.append(("Huge", String(repeating: "{{big}} &", count: 1_000_000)))
    body += Samples.page(id: 9999, title: "Huge", text: "<text>\(String(repeating: "{{big}} &amp;", count: 1_000_000))</text>")
    let pages = try Samples.readAll(try Samples.writeTemp(Samples.export(body)))
    #expect(pages.count == expected.count)
    #expect(pages.map(\.title) == expected.map(\.0))
    #expect(pages.map { String(decoding: $0.text, as: UTF8.self) } == expected.map(\.1))
}

private func escape(_ s: String) -> String {
    s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
}
