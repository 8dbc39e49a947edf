import Foundation
import TestSupport
@testable import WikiDump

/// The dump samples in ../shared/dumps, and helpers to read them whole.
enum Samples {
    static let tiny = "dumpster-dive_tinywiki-latest-pages-articles.xml"
    static let small = "dumpster-dive_smallwiki-latest-pages-articles.xml"
    static let dbpedia = "dbpedia_minidump_enwiki.xml.bz2"
    static let gensim = "gensim_enwiki-latest-pages-articles1.xml-p000000010p000030302-shortened.bz2"
    static let testcorpus = "gensim_testcorpus.xml.bz2"
    static let multistream = "derived_enwiki-shortened-pages-articles-multistream.xml.bz2"
    static let multistreamIndex = "derived_enwiki-shortened-pages-articles-multistream-index.txt.bz2"

    static let all = [tiny, small, dbpedia, gensim, testcorpus, multistream]
    static let bz2 = [dbpedia, gensim, testcorpus, multistream]

    /// The absolute path of a sample; throws when ../shared is missing.
    static func path(_ name: String) throws -> String {
        try Fixtures.shared("dumps/" + name).path
    }

    /// Every page of a dump, unfiltered (what mwxml yields).
    static func readAll(_ path: String, _ configure: (inout DumpOptions) -> Void = { _ in }) throws -> [DumpPage] {
        var options = DumpOptions.all
        configure(&options)
        let reader = try DumpReader(path: path, options: options)
        var pages: [DumpPage] = []
        while let page = try reader.next() { pages.append(page) }
        return pages
    }

    /// `readAll(path(name))` with no options, read once per test process (samples are
    /// read by many tests and bzip2 is slow).
    static func cachedAll(_ name: String) throws -> [DumpPage] {
        try cache.pages(name) { try readAll(path(name)) }
    }

    private static let cache = PageCache()

    /// A fresh temporary directory for one test, inside this test process's own folder.
    static func tempDir() throws -> URL {
        let url = scratchRoot.appendingPathComponent(UUID().uuidString, isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The folder of this test process's temporary directories, removed when the process exits
    /// (a run made 26 of them, some holding megabytes, and left them all behind).
    private static let scratchRoot: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("wikidump-tests-\(UUID().uuidString)", isDirectory: true)
        scratchRootPath = url.path
        atexit { if let path = Samples.scratchRootPath { try? FileManager.default.removeItem(atPath: path) } }
        return url
    }()

    /// `scratchRoot` as a path, for the exit handler (which can capture nothing).
    nonisolated(unsafe) private static var scratchRootPath: String?

    /// Writes `xml` to a temporary file and returns its path.
    static func writeTemp(_ xml: String, name: String = "dump.xml") throws -> String {
        let url = try tempDir().appendingPathComponent(name)
        try Data(xml.utf8).write(to: url)
        return url.path
    }

    /// A minimal export around the given `<page>` elements.
    static func export(_ pages: String) -> String {
        """
        <mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="en">
          <siteinfo><sitename>Test</sitename></siteinfo>
        \(pages)
        </mediawiki>

        """
    }

    /// One page element with the given title and raw (already escaped) text element.
    static func page(id: Int, title: String, ns: Int = 0, extra: String = "", text: String) -> String {
        """
          <page>
            <title>\(title)</title>
            <ns>\(ns)</ns>
            <id>\(id)</id>\(extra)
            <revision>
              <id>\(id * 10)</id>
              <timestamp>2024-01-02T03:04:05Z</timestamp>
              <contributor><username>U</username><id>999</id></contributor>
              \(text)
            </revision>
          </page>
        """
    }
}

extension Samples {
    /// Decompresses a bzip2 file with the system's `bzcat` (an independent decoder).
    static func readBzip2(_ path: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["bzcat", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }

    /// Copies the first `count` bytes of a sample into `dir` under the same name.
    static func truncatedCopy(_ name: String, bytes count: Int, in dir: URL) throws -> String {
        let data = try Data(contentsOf: URL(fileURLWithPath: path(name)))
        let url = dir.appendingPathComponent(name)
        try data.prefix(count).write(to: url)
        return url.path
    }
}

/// Thread-safe memo of sample page lists (tests run in parallel).
private final class PageCache: @unchecked Sendable {
    private let lock = NSLock()
    private var pages: [String: [DumpPage]] = [:]

    func pages(_ name: String, _ read: () throws -> [DumpPage]) throws -> [DumpPage] {
        lock.lock()
        defer { lock.unlock() }
        if let hit = pages[name] { return hit }
        let fresh = try read()
        pages[name] = fresh
        return fresh
    }
}
