import Foundation
import Testing
import TestSupport
import WikiDump
import Wikitext

/// Every page `<text>` of the real dump samples in ../shared/dumps parses into a well-formed
/// tree that prints back byte for byte.
@Suite("Round-trip over dump pages")
struct DumpRoundTripTests {
    static let samples = [
        "dumpster-dive_tinywiki-latest-pages-articles.xml",
        "dumpster-dive_smallwiki-latest-pages-articles.xml",
        "dbpedia_minidump_enwiki.xml.bz2",
        "derived_enwiki-shortened-pages-articles-multistream.xml.bz2",
        "gensim_enwiki-latest-pages-articles1.xml-p000000010p000030302-shortened.bz2",
        "gensim_testcorpus.xml.bz2",
    ]

    @Test("every page of every sample round-trips", arguments: samples)
    func sample(_ name: String) throws {
        var options = DumpOptions()
        options.namespaces = nil
        options.skipRedirects = false
        let reader = try DumpReader(path: try Fixtures.shared("dumps/\(name)").path, options: options)
        var pages = 0, bytes = 0
        var failures: [String] = []
        while let page = try reader.next() {
            let doc = WikitextDocument(parsing: page.text)
            if doc.serialized() != page.text || doc.structuralProblem() != nil { failures.append(page.title) }
            pages += 1
            bytes += page.text.count
        }
        #expect(pages > 0)
        #expect(bytes > 0)
        #expect(failures.isEmpty, "pages that do not round-trip: \(failures.prefix(5))")
    }
}
