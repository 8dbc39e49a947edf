import Foundation
import Testing
import WikiDump

/// Reads until the end or the first unrecoverable error; returns the pages and that error.
func readUntilError(_ path: String, _ configure: (inout DumpOptions) -> Void = { _ in }) -> ([DumpPage], DumpError?) {
    var options = DumpOptions.all
    configure(&options)
    var pages: [DumpPage] = []
    do {
        let reader = try DumpReader(path: path, options: options)
        while let page = try reader.next() { pages.append(page) }
        #expect(try reader.next() == nil)  // stays finished
        return (pages, nil)
    } catch {
        return (pages, error as? DumpError)
    }
}

/// A cut of a bz2 sample at some fraction of its size, with the pages Python's bz2 module
/// decompresses from that prefix (complete `</page>` elements before its EOFError).
struct Cut: CustomTestStringConvertible, Sendable {
    let sample: String, bytes: Int, pagesBeforeCut: Int
    var testDescription: String { "\(sample) cut at \(bytes)" }
}

let cuts: [Cut] = [
    Cut(sample: Samples.dbpedia, bytes: 126414, pagesBeforeCut: 0),
    Cut(sample: Samples.dbpedia, bytes: 252829, pagesBeforeCut: 12),
    Cut(sample: Samples.dbpedia, bytes: 379243, pagesBeforeCut: 12),
    Cut(sample: Samples.gensim, bytes: 508761, pagesBeforeCut: 97),
    Cut(sample: Samples.gensim, bytes: 1017522, pagesBeforeCut: 142),
    Cut(sample: Samples.gensim, bytes: 1526283, pagesBeforeCut: 189),
    Cut(sample: Samples.testcorpus, bytes: 702, pagesBeforeCut: 0),
    Cut(sample: Samples.multistream, bytes: 510001, pagesBeforeCut: 97),
    Cut(sample: Samples.multistream, bytes: 1020003, pagesBeforeCut: 124),
    Cut(sample: Samples.multistream, bytes: 1530005, pagesBeforeCut: 183),
]

@Test(arguments: cuts)
func truncatedBzip2KeepsPagesBeforeTheCut(cut: Cut) throws {
    let all = try Samples.cachedAll(cut.sample)
    let dir = try Samples.tempDir()
    let path = try Samples.truncatedCopy(cut.sample, bytes: cut.bytes, in: dir)
    var variants: [(String, (inout DumpOptions) -> Void)] = [("sequential", { $0.useIndex = false })]
    if cut.sample == Samples.multistream {
        // With the index beside it, the parallel reader must behave the same.
        try FileManager.default.copyItem(atPath: Samples.path(Samples.multistreamIndex),
                                         toPath: dir.appendingPathComponent(Samples.multistreamIndex).path)
        variants.append(("parallel", { $0.jobs = 2 }))
    }
    for (name, configure) in variants {
        let (pages, error) = readUntilError(path, configure)
        #expect(pages.count == cut.pagesBeforeCut, "\(name)")
        #expect(pages.map(\.id) == all.prefix(pages.count).map(\.id), "\(name)")
        #expect(pages.map(\.text) == all.prefix(pages.count).map(\.text), "\(name)")
        #expect(error?.kind == .truncatedBZ2, "\(name): \(String(describing: error))")
        #expect(error?.compressedOffset != nil && error?.offset != nil, "\(name)")
        let line = error?.description ?? ""
        #expect(line.hasPrefix(path) && line.contains("compressed byte") && !line.contains("\n"), "\(line)")
    }
}

@Test func truncatedXMLInsideAPage() throws {
    let name = Samples.small
    let data = try Data(contentsOf: URL(fileURLWithPath: Samples.path(name)))
    let cutAt = data.count / 2
    let path = try Samples.truncatedCopy(name, bytes: cutAt, in: Samples.tempDir())
    let complete = data.prefix(cutAt).split(separator: Array("</page>".utf8)).count - 1
    let (pages, error) = readUntilError(path)
    #expect(pages.count == complete)
    #expect(pages.map(\.id) == (try Samples.cachedAll(name)).prefix(complete).map(\.id))
    #expect(error?.kind == .truncatedXML)
    #expect(error?.offset == cutAt)
    #expect(error?.description.contains("inside the <page> that starts at byte") == true)
}

@Test func truncatedXMLBetweenPages() throws {
    let xml = Samples.export(Samples.page(id: 1, title: "A", text: "<text>a</text>"))
    let cut = String(xml[..<xml.range(of: "</mediawiki>")!.lowerBound])
    let (pages, error) = readUntilError(try Samples.writeTemp(cut))
    #expect(pages.map(\.title) == ["A"])
    #expect(error?.kind == .truncatedXML)
    #expect(error?.offset == cut.utf8.count)
}

@Test func corruptBzip2() throws {
    var data = try Data(contentsOf: URL(fileURLWithPath: Samples.path(Samples.gensim)))
    let at = data.count * 6 / 10
    for i in at..<(at + 64) { data[i] ^= 0x5A }
    let url = try Samples.tempDir().appendingPathComponent("corrupt.xml.bz2")
    try data.write(to: url)
    let all = try Samples.cachedAll(Samples.gensim)
    let (pages, error) = readUntilError(url.path)
    #expect(error?.kind == .corruptBZ2)
    #expect((error?.compressedOffset ?? 0) > 0)
    #expect(!pages.isEmpty && pages.count < all.count)
    #expect(pages.map(\.text) == all.prefix(pages.count).map(\.text))
}

@Test func unreadableInputsGiveOneLineErrors() throws {
    let dir = try Samples.tempDir()
    func kind(_ path: String) -> DumpError.Kind? {
        do {
            let reader = try DumpReader(path: path)
            while try reader.next() != nil {}
            return nil
        } catch {
            let e = error as? DumpError
            #expect(e?.description.contains("\n") == false)
            #expect(e?.description.hasPrefix(path) == true)
            return e?.kind
        }
    }
    #expect(kind(dir.appendingPathComponent("missing.xml").path) == .notFound)
    #expect(kind(dir.path) == .isDirectory)
    let empty = dir.appendingPathComponent("empty.xml")
    try Data().write(to: empty)
    #expect(kind(empty.path) == .empty)
    var generator = SystemRandomNumberGenerator()
    let noise = dir.appendingPathComponent("noise.bin")
    try Data((0..<100_000).map { _ in UInt8.random(in: 0...255, using: &generator) | 0x80 }).write(to: noise)
    #expect(kind(noise.path) == .notADump)
    let fakeBZ2 = dir.appendingPathComponent("fake.bz2")
    try Data(Array("BZh9 this is not really bzip2".utf8) + [UInt8](repeating: 7, count: 5000)).write(to: fakeBZ2)
    #expect(kind(fakeBZ2.path) == .corruptBZ2)
    #expect(kind(try Samples.writeTemp("<html><body>hi</body></html>")) == .notADump)
    #expect(kind(try Samples.writeTemp("   \n")) == .notADump)
    // Trailing garbage after the last bzip2 stream.
    let trailing = dir.appendingPathComponent("trailing.xml.bz2")
    try (Data(contentsOf: URL(fileURLWithPath: Samples.path(Samples.testcorpus))) + Data("junk".utf8)).write(to: trailing)
    #expect(kind(trailing.path) == .corruptBZ2)
}

@Test func malformedPageIsSkippable() throws {
    let xml = Samples.export(
        Samples.page(id: 1, title: "Good", text: "<text>1</text>")
        + "\n  <page><title>No id</title><ns>0</ns><revision><text>x</text></revision></page>\n"
        + Samples.page(id: 3, title: "Bad ns", ns: 0, text: "<text>3</text>").replacingOccurrences(of: "<ns>0</ns>", with: "<ns>zero</ns>")
        + Samples.page(id: 4, title: "Also good", text: "<text>4</text>"))
    let reader = try DumpReader(path: try Samples.writeTemp(xml), options: .all)
    var titles: [String] = [], errors: [String] = []
    while true {
        do {
            guard let page = try reader.next() else { break }
            titles.append(page.title)
        } catch let e as DumpError where e.isRecoverable {
            errors.append(e.message)
        }
    }
    #expect(titles == ["Good", "Also good"])
    #expect(errors == ["page without <id>", "<ns> is not a number"])
}

@Test func oversizedPageIsSkipped() throws {
    let big = String(repeating: "x", count: 3_000_000)
    let xml = Samples.export(Samples.page(id: 1, title: "Big", text: "<text>\(big)</text>")
                             + Samples.page(id: 2, title: "Small", text: "<text>s</text>"))
    let reader = try DumpReader(path: try Samples.writeTemp(xml),
                                options: { var o = DumpOptions.all; o.maxPageBytes = 1 << 20; return o }())
    #expect(throws: DumpError.self) { _ = try reader.next() }
    #expect(try reader.next()?.title == "Small")
    #expect(try reader.next() == nil)
}

@Test func unterminatedMarkupIsBounded() throws {
    let xml = "<mediawiki>\n<!-- " + String(repeating: "never closed ", count: 200_000)
    let (pages, error) = readUntilError(try Samples.writeTemp(xml)) { $0.maxPageBytes = 1 << 20 }
    #expect(pages.isEmpty)
    #expect(error?.kind == .malformedXML)
}
