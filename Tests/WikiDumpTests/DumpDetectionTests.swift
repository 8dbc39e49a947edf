import Foundation
import Testing
import TestSupport
import WikiDump

@Suite("Telling dumps from wikitext files")
struct DumpDetectionTests {
    @Test("every Corpus/ file is wikitext, including those that start with <!--")
    func corpusFilesAreNotDumps() throws {
        let files = Fixtures.corpusFiles()
        #expect(files.count == 39)
        let startsWithComment = try files.filter { try Data(contentsOf: $0).prefix(4) == Data("<!--".utf8) }
        #expect(!startsWithComment.isEmpty)  // 40 Wall Street does: the case that once went wrong
        for file in files { #expect(!DumpDetection.isDump(file.path), "\(file.lastPathComponent)") }
        #expect(!DumpDetection.isDump(Fixtures.corpus.path))
    }

    @Test("the dump samples, stdin and a renamed dump are dumps")
    func samplesAreDumps() throws {
        for name in ["dumpster-dive_tinywiki-latest-pages-articles.xml", "gensim_testcorpus.xml.bz2",
                     "gensim_enwiki-latest-pages-articles1.xml-p000000010p000030302-shortened.bz2"] {
            #expect(DumpDetection.isDump(try Fixtures.shared("dumps/\(name)").path), "\(name)")
        }
        #expect(DumpDetection.isDump("-"))
        let directory = try TemporaryDirectory()
        let renamed = directory.path("dump.data")
        try Data(contentsOf: try Fixtures.shared("dumps/gensim_testcorpus.xml.bz2")).write(to: URL(fileURLWithPath: renamed))
        #expect(DumpDetection.isDump(renamed))
    }
}
