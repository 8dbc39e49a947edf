import Foundation
import Testing
import WikiDump

// Facts about each sample as reported by Python mwxml (scripts/dump-pages-mwxml.py, see
// Expected/): page counts, id sums, first and last pages, namespaces, redirects.

@Test func tinywiki() throws {
    let pages = try Samples.readAll(Samples.path(Samples.tiny))
    #expect(pages.count == 8)
    #expect(pages.map(\.title) == ["Hello", "Toronto", "Duplicate title", "Duplicate title", "Big Page",
                                   "Redirect page", "Disambiguation page", "Bodmin"])
    #expect(pages.map(\.id).reduce(0, +) == 25)
    #expect(pages[1].revisionID == 29108 && pages[1].timestamp == "2013-03-11T10:40:33Z")
    #expect(pages.map(\.text.count).reduce(0, +) == 20871)
}

@Test func smallwiki() throws {
    let pages = try Samples.cachedAll(Samples.small)
    #expect(pages.count == 2004)
    #expect(pages.map(\.id).reduce(0, +) == 2633643)
    #expect(pages.first?.title == "Suoku puslopa" && pages.first?.id == 1)
    #expect(pages.last?.title == "Bangkoka masu ātrais transports" && pages.last?.id == 3332)
    #expect(pages.filter(\.isRedirect).count == 195)
    let byNamespace = Dictionary(grouping: pages, by: \.namespace).mapValues(\.count)
    #expect(byNamespace == [0: 1050, 4: 28, 8: 12, 10: 347, 14: 539, 828: 28])
    #expect(pages.filter { $0.text.isEmpty }.count == 3)  // <text xml:space="preserve" />
    // Default options: namespace 0 without redirects.
    let reader = try DumpReader(path: Samples.path(Samples.small))
    var articles = 0
    while try reader.next() != nil { articles += 1 }
    #expect(articles == 903)
}

@Test func dbpediaMinidump() throws {
    let pages = try Samples.cachedAll(Samples.dbpedia)
    #expect(pages.count == 27)
    #expect(pages.map(\.id).reduce(0, +) == 369066201)
    #expect(pages.first?.title == "? (film)" && pages.first?.id == 33653136)
    #expect(pages.last?.title == "Vehicle registration plates of China" && pages.last?.id == 885283)
    #expect(pages.filter { $0.namespace == 14 }.count == 1)
    // Titles and redirect targets carry decoded entities and non-ASCII letters.
    #expect(pages.contains { $0.title == "Ren & Stimpy \"Adult Party Cartoon\"" })
    #expect(pages.contains { $0.title == "`Abdu'l-Bahá" && $0.redirect == "ʻAbdu'l-Bahá" })
    #expect(pages.filter(\.isRedirect).count == 2)
    #expect(pages.map(\.text.count).reduce(0, +) == 1497097)
}

@Test(arguments: [Samples.gensim, Samples.multistream])
func gensimEnwiki(sample: String) throws {
    let pages = try Samples.cachedAll(sample)
    #expect(pages.count == 206)
    #expect(pages.map(\.id).reduce(0, +) == 97235)
    #expect(pages.first?.title == "AccessibleComputing" && pages.first?.redirect == "Computer accessibility")
    #expect(pages.first?.revisionID == 631144794)
    #expect(pages.last?.title == "Algorithm" && pages.last?.id == 775)
    #expect(pages.filter(\.isRedirect).count == 100)
    #expect(pages.filter { $0.namespace == 4 }.count == 1)
    #expect(pages.map(\.text.count).reduce(0, +) == 5752489)
    #expect(pages[1].title == "Anarchism" && pages[1].text.count == 180822)
}

@Test func gensimTestCorpus() throws {
    let pages = try Samples.readAll(Samples.path(Samples.testcorpus))
    #expect(pages.map(\.title) == (1...9).map { "Article\($0)" })
    #expect(pages.map(\.id) == Array(1...9))
    #expect(pages.map(\.text.count).reduce(0, +) == 348)
    // Article2's text has &quot; and &lt;ref …/&gt; in the XML.
    #expect(String(decoding: pages[1].text, as: UTF8.self).contains("[[system]], \"user\".<ref name=\"EB1910\"/>]]"))
}

@Test func offsetsPointAtPages() throws {
    let path = try Samples.path(Samples.tiny)
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    let pages = try Samples.readAll(path)
    for page in pages {
        #expect(Array(bytes[page.offset..<(page.offset + 5)]) == Array("<page".utf8))
    }
    #expect(pages.map(\.offset) == pages.map(\.offset).sorted())
}
