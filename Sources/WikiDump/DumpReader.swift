/// Reads the pages of a MediaWiki XML export (schema 0.10/0.11) one at a time.
///
/// The input is a path or `-` for standard input: plain XML, bzip2 (detected by its `BZh`
/// magic, concatenated streams included) or a multistream bzip2 dump with its index, which is
/// decompressed on `options.jobs` threads while pages still come out in file order.
///
/// ```swift
/// let reader = try DumpReader(path: "enwiki-latest-pages-articles-multistream.xml.bz2")
/// while let page = try reader.next() { print(page.title) }
/// ```
///
/// Memory is bounded by the largest page (times the reorder window for multistream). When
/// the input is damaged, every page before the damage is delivered first, then `next()` throws
/// a `DumpError` naming the byte offset; after such an error `next()` returns nil. A
/// recoverable error (`DumpError.isRecoverable`) concerns one page only: call `next()` again.
/// A reader is used from one thread; the pages it returns are `Sendable`.
public final class DumpReader {
    /// The path given (`-` for standard input).
    public let path: String
    /// The options in effect.
    public let options: DumpOptions
    /// What the input turned out to be.
    public let inputKind: DumpInputKind
    /// How far reading has got, for a progress bar.
    public private(set) var progress: DumpProgress

    private let scanner: XMLScanner?
    private let pipeline: MultistreamPipeline?
    private let assembler: PageAssembler
    private var finished = false
    // Multistream consumer state: the current range's items and where its XML starts.
    private var items: [ChunkItem] = []
    private var cursor = 0
    private var chunk = -1
    private var chunkBase = 0
    private var sawRootEnd = false

    /// Opens a dump. Throws a `DumpError` for a missing file, a directory, an empty or
    /// non-dump input, or an unusable multistream index.
    public init(path: String, options: DumpOptions = DumpOptions()) throws {
        self.path = path
        self.options = options
        assembler = PageAssembler(options: options, path: path)
        let file = try DumpFile(path: path)
        let raw = FileSource(file)
        let magic = try raw.peek(3)
        if magic.isEmpty { throw DumpError(.empty, path: path, "the input is empty") }
        progress = DumpProgress(bytes: 0, compressedBytes: 0, totalCompressedBytes: file.size, pages: 0)
        let isBZ2 = magic == Array("BZh".utf8)
        let indexPath = options.indexPath ?? (options.useIndex ? MultistreamIndex.defaultPath(for: path) : nil)
        if let indexPath, !isBZ2 {
            throw DumpError(.badIndex, path: path, "a multistream index (\(indexPath)) was given but the dump is not bzip2")
        }
        if let explicit = options.indexPath, path == "-" {
            throw DumpError(.badIndex, path: path, "a multistream index (\(explicit)) needs a file, not standard input")
        }
        if let indexPath {
            let index = try MultistreamIndex.load(path: indexPath)
            let p = try MultistreamPipeline(file: file, index: index, options: options, path: path)
            pipeline = p
            scanner = nil
            inputKind = .multistream(streams: p.rangeCount, jobs: p.jobs)
        } else {
            let source: ByteSource = isBZ2 ? BZ2Source(input: raw, path: path) : raw
            scanner = XMLScanner(source: source, path: path, document: true, maxPageBytes: options.maxPageBytes)
            pipeline = nil
            inputKind = isBZ2 ? .bzip2 : .xml
        }
    }

    deinit { pipeline?.cancel() }

    /// The next page that passes the filters, nil at the end (or once `limit` pages came out).
    public func next() throws -> DumpPage? {
        if finished { return nil }
        if let limit = options.limit, progress.pages >= limit { return finish() }
        let page = try pipeline != nil ? nextFromPipeline() : nextFromScanner()
        if page != nil { progress.pages += 1 }
        return page
    }

    private func finish() -> DumpPage? {
        finished = true
        pipeline?.cancel()
        return nil
    }

    private func nextFromScanner() throws -> DumpPage? {
        guard let scanner else { return finish() }
        while true {
            guard let scanned = try scanner.nextPage() else {
                progress.bytes = scanner.bytesRead
                progress.compressedBytes = scanner.compressedBytesRead
                return finish()
            }
            progress.bytes = scanner.bytesScanned
            progress.compressedBytes = scanner.compressedBytesRead
            if let page = try assembler.assemble(scanned) { return page }
        }
    }

    private func nextFromPipeline() throws -> DumpPage? {
        guard let pipeline else { return finish() }
        while true {
            if cursor < items.count {
                let item = items[cursor]
                cursor += 1
                switch item {
                case .page(var page):
                    page.offset += chunkBase
                    return page
                case .error(let e):
                    if !e.isRecoverable { _ = finish() }
                    throw e.shifted(by: chunkBase)
                }
            }
            if chunk >= 0 { chunkBase = progress.bytes }
            guard let result = pipeline.take() else {
                _ = finish()
                if pipeline.missingStreams > 0 {
                    throw DumpError(.truncatedBZ2, path: path,
                                    "file ends before \(pipeline.missingStreams) of the streams its index lists (truncated?)",
                                    offset: progress.bytes, compressedOffset: progress.compressedBytes)
                }
                if !sawRootEnd {
                    throw DumpError(.truncatedXML, path: path, "XML ends before </mediawiki> (file truncated?)",
                                    offset: progress.bytes, compressedOffset: progress.compressedBytes)
                }
                return nil
            }
            chunk += 1
            items = result.items
            cursor = 0
            progress.bytes = chunkBase + result.decompressedBytes
            progress.compressedBytes = pipeline.range(chunk).upperBound
            sawRootEnd = sawRootEnd || result.sawRootEnd
            let failed = items.contains { if case .error(let e) = $0 { return !e.isRecoverable } else { return false } }
            if chunk == 0 && !result.sawRootStart && !failed {
                _ = finish()
                throw DumpError(.notADump, path: path, "not a MediaWiki XML dump (no <mediawiki> element)", offset: 0)
            }
        }
    }
}
