import Foundation
import Testing
import WikiDump

@Test func defaultOptionsKeepArticlesWithoutRedirects() throws {
    let all = try Samples.cachedAll(Samples.gensim)
    let reader = try DumpReader(path: Samples.path(Samples.gensim))
    var kept: [DumpPage] = []
    while let page = try reader.next() { kept.append(page) }
    #expect(kept.count == 106)  // mwxml: 206 pages, 100 redirects, 1 in namespace 4
    #expect(kept == all.filter { $0.namespace == 0 && !$0.isRedirect })
}

@Test func namespaceLimitAndTitleFilters() throws {
    let path = try Samples.path(Samples.small)
    #expect(try Samples.readAll(path) { $0.namespaces = [14]; $0.skipRedirects = true }.count == 539)
    #expect(try Samples.readAll(path) { $0.namespaces = [10] }.count == 347)
    #expect(try Samples.readAll(path) { $0.namespaces = [0, 10]; $0.limit = 5 }.map(\.id)
            == (try Samples.cachedAll(Samples.small)).filter { [0, 10].contains($0.namespace) }.prefix(5).map(\.id))
    #expect(try Samples.readAll(path) { $0.limit = 0 }.isEmpty)
    let titled = try Samples.readAll(path) { $0.titleFilter = { $0.hasPrefix("Kategoreja:") } }
    #expect(titled.count == 539)
}

@Test func textFilterUsesTemplate() throws {
    // Counts from mwparserfromhell over the same dump (templates at any depth, names
    // normalized with first letter upper-cased and "_" as space).
    let reflist = try Samples.readAll(Samples.path(Samples.gensim)) { $0.textFilter = DumpFilter.usesTemplate("Reflist") }
    #expect(reflist.count == 98)
    // The filter sees the decoded text, so the cached pages answer the same for other names.
    let all = try Samples.cachedAll(Samples.gensim)
    for (name, count) in [("Cite web", 87), ("R from CamelCase", 59), ("IPAc-en", 30), ("use_dmy dates", 69)] {
        let check = DumpFilter.usesTemplate(name)
        #expect(all.filter { $0.text.withUnsafeBytes { check($0) } }.count == count, "\(name)")
    }
}

@Test(arguments: [
    ("{{Infobox election|x}}", true),
    ("{{ infobox election\n| x }}", true),
    ("{{Infobox_election}}", true),
    ("{{Infobox  __ election|}}", true),
    ("{{Template:Infobox election|}}", true),
    ("{{template: infobox election}}", true),
    ("{{Infobox election<!-- c -->|}}", true),
    ("{{Infobox election", true),              // the end of the text
    ("{{Infobox elections|x}}", false),
    ("{{Infobox Election|x}}", false),         // only the first letter is case-insensitive
    ("{Infobox election}", false),
    ("{{Infobox\nelection}}", false),
    ("[[Infobox election]]", false),
    ("", false),
])
func usesTemplateCases(text: String, expected: Bool) {
    let check = DumpFilter.usesTemplate("Infobox election")
    #expect(Array(text.utf8).withUnsafeBytes { check($0) } == expected)
}

@Test func containsFilter() {
    let check = DumpFilter.contains(Array("needle".utf8))
    #expect(Array("hay needle hay".utf8).withUnsafeBytes { check($0) })
    #expect(Array("needle".utf8).withUnsafeBytes { check($0) })
    #expect(!Array("needl".utf8).withUnsafeBytes { check($0) })
    #expect(![UInt8]().withUnsafeBytes { check($0) })
}

@Test func standardInput() throws {
    // Swap a sample in as fd 0 for the duration of the test.
    let path = try Samples.path(Samples.testcorpus)
    let fd = open(path, O_RDONLY)
    let saved = dup(0)
    #expect(fd >= 0 && saved >= 0)
    dup2(fd, 0)
    defer { dup2(saved, 0); close(saved); close(fd) }
    let reader = try DumpReader(path: "-", options: .all)
    #expect(reader.inputKind == .bzip2)
    #expect(reader.progress.totalCompressedBytes != nil)  // a regular file behind fd 0
    var titles: [String] = []
    while let page = try reader.next() { titles.append(page.title) }
    #expect(titles == (1...9).map { "Article\($0)" })
}

@Test func benchmarkEntryPoints() throws {
    let path = try Samples.path(Samples.gensim)
    let d = try DumpReader.decompressOnly(path: path)
    #expect(d.bytes == (try Samples.readBzip2(path)).count)  // what bzcat produces
    #expect(d.compressedBytes == 1695871)
    let s = try DumpReader.scanOnly(path: path)
    #expect(s.pages == 206 && s.textBytes == 5752489 && s.bytes == d.bytes)
}
