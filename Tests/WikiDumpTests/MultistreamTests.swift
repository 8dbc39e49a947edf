import Foundation
import Testing
import WikiDump

@Test func indexLoads() throws {
    let index = try MultistreamIndex.load(path: Samples.path(Samples.multistreamIndex))
    #expect(index.pageCount == 206)
    #expect(index.streamOffsets == [638, 575005, 1617601])  // SOURCES.md
    #expect(try MultistreamIndex.defaultPath(for: Samples.path(Samples.multistream)) == Samples.path(Samples.multistreamIndex))
    #expect(MultistreamIndex.defaultPath(for: "/nonexistent/x-multistream.xml.bz2") == nil)
    #expect(MultistreamIndex.defaultPath(for: try Samples.path(Samples.gensim)) == nil)
}

/// The parallel reader gives exactly the pages of the sequential one, for any number of jobs.
@Test(arguments: [1, 2, 8])
func multistreamEqualsSingleStream(jobs: Int) throws {
    let path = try Samples.path(Samples.multistream)
    let sequential = try Samples.readAll(path) { $0.useIndex = false }
    let reader = try DumpReader(path: path, options: { var o = DumpOptions.all; o.jobs = jobs; return o }())
    #expect(reader.inputKind == .multistream(streams: 4, jobs: min(jobs, 4)))
    var parallel: [DumpPage] = []
    while let page = try reader.next() { parallel.append(page) }
    #expect(parallel.count == 206)
    #expect(parallel.map(\.id) == sequential.map(\.id))
    #expect(parallel.map(\.title) == sequential.map(\.title))
    #expect(parallel.map(\.text) == sequential.map(\.text))
    #expect(parallel.map(\.offset) == sequential.map(\.offset))  // offsets in the whole XML stream
    #expect(reader.progress.compressedBytes == reader.progress.totalCompressedBytes)
    // And the same as the original single-stream gensim file it was re-packed from.
    let original = try Samples.cachedAll(Samples.gensim)
    #expect(parallel == original.map { var p = $0; p.compressedOffset = 0; return p }.enumerated().map { i, p in
        var q = p; q.compressedOffset = parallel[i].compressedOffset; return q
    })
}

/// With no room ahead in bytes, the threads run only two streams each ahead of the consumer
/// and wait for it: the pages and their order are the same as with room to spare.
@Test(arguments: [0, 600_000, 4 << 20])
func reorderBoundKeepsThePages(bytesAhead: Int) throws {
    let path = try Samples.path(Samples.multistream)
    let expected = try Samples.cachedAll(Samples.gensim).map(\.id)
    let reader = try DumpReader(path: path, options: {
        var o = DumpOptions.all; o.jobs = 2; o.multistreamBytesAheadPerJob = bytesAhead; return o
    }())
    var ids: [Int] = []
    while let page = try reader.next() { ids.append(page.id) }
    #expect(ids == expected)
    #expect(ids.count == 206)
}

@Test func plainTextIndexGivenExplicitly() throws {
    let dir = try Samples.tempDir()
    let plain = dir.appendingPathComponent("index.txt")
    let decompressed = try Samples.readBzip2(Samples.path(Samples.multistreamIndex))
    try Data(decompressed).write(to: plain)
    let pages = try Samples.readAll(Samples.path(Samples.multistream)) { $0.indexPath = plain.path; $0.jobs = 2 }
    #expect(pages.map(\.id) == (try Samples.cachedAll(Samples.gensim)).map(\.id))
    // An index for a plain XML dump makes no sense.
    #expect(throws: DumpError.self) {
        _ = try DumpReader(path: Samples.path(Samples.tiny), options: { var o = DumpOptions(); o.indexPath = plain.path; return o }())
    }
}

@Test func limitStopsTheWorkers() throws {
    let reader = try DumpReader(path: Samples.path(Samples.multistream),
                                options: { var o = DumpOptions.all; o.limit = 3; o.jobs = 2; return o }())
    var titles: [String] = []
    while let page = try reader.next() { titles.append(page.title) }
    #expect(titles == ["AccessibleComputing", "Anarchism", "AfghanistanHistory"])
    #expect(try reader.next() == nil)
}

@Test func badIndexes() throws {
    let dir = try Samples.tempDir()
    let garbage = dir.appendingPathComponent("garbage-index.txt")
    try Data("hello world\n".utf8).write(to: garbage)
    let dump = try Samples.path(Samples.multistream)
    #expect {
        _ = try DumpReader(path: dump, options: { var o = DumpOptions(); o.indexPath = garbage.path; return o }())
    } throws: { ($0 as? DumpError)?.kind == .badIndex && "\($0)".contains("line 1") }

    // Offsets that are not stream starts: the range's bzip2 is rejected with its offset.
    let wrong = dir.appendingPathComponent("wrong-index.txt")
    try Data("638:10:A\n700000:12:B\n".utf8).write(to: wrong)
    let reader = try DumpReader(path: dump, options: { var o = DumpOptions.all; o.indexPath = wrong.path; return o }())
    var pages = 0
    let error = #expect(throws: DumpError.self) { while try reader.next() != nil { pages += 1 } }
    #expect(error?.kind == .badIndex)
    #expect(error?.description.contains("700000") == true)
    #expect(error?.compressedOffset != nil)
    #expect(pages > 0)  // the first range is fine
}
