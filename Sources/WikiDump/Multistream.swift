import Foundation

/// What a worker found in one compressed range, in order. A fatal error is always last.
enum ChunkItem: Sendable {
    case page(DumpPage)
    case error(DumpError)
}

/// The result of one range; XML offsets are relative to the range's decompressed start.
struct ChunkResult: Sendable {
    var items: [ChunkItem] = []
    var decompressedBytes = 0
    var sawRootStart = false
    var sawRootEnd = false
}

/// Reads a multistream dump in parallel: `jobs` threads each take the next byte range between
/// two stream offsets, decompress it and turn its pages into `DumpPage`s (filters included);
/// the consumer takes ranges back in file order through a reorder buffer, which keeps the
/// output order deterministic. The buffer is bounded by compressed bytes
/// (`DumpOptions.multistreamBytesAheadPerJob`),
/// not by a count of ranges: streams differ a lot in size (from 8 kB to 1.7 MB on the scale
/// dump), and with a bound of `2 × jobs` ranges a thread sat idle behind one big range while
/// the small ones after it filled the buffer (the multistream convert of the 150 MB scale
/// dump went from 3.47 to 3.06 s).
final class MultistreamPipeline: @unchecked Sendable {
    // Everything mutable below is guarded by `cond`.
    private let cond = NSCondition()
    private var nextToClaim = 0
    private var nextToTake = 0
    private var done: [Int: ChunkResult] = [:]
    private var cancelled = false

    private let file: DumpFile
    private let fileSize: Int
    private let ranges: [Range<Int>]
    private let assembler: PageAssembler
    private let maxPageBytes: Int
    /// Ranges a worker may always run ahead of the consumer, whatever their size.
    private let minRangesAhead: Int
    /// Compressed bytes of the ranges claimed and not yet taken, and their bound.
    private var bytesAhead = 0
    private let maxBytesAhead: Int
    let jobs: Int
    /// Index offsets at or past the end of the file (a truncated dump).
    let missingStreams: Int

    /// Validates the index against the file and starts the workers.
    init(file: DumpFile, index: MultistreamIndex, options: DumpOptions, path: String) throws {
        guard let size = file.size else {
            throw DumpError(.badIndex, path: path, "a multistream index needs a regular file, not a pipe")
        }
        // Offsets past the end mean a truncated dump: read what is there, then report it.
        var bounds = index.streamOffsets.filter { $0 < size }
        missingStreams = index.streamOffsets.count - bounds.count
        if bounds.first != 0 { bounds.insert(0, at: 0) }  // the <siteinfo> header stream
        bounds.append(size)
        ranges = (0..<(bounds.count - 1)).map { bounds[$0]..<bounds[$0 + 1] }
        self.file = file
        fileSize = size
        assembler = PageAssembler(options: options, path: path)
        maxPageBytes = options.maxPageBytes
        jobs = max(1, min(options.jobs, ranges.count))
        minRangesAhead = 2 * jobs
        maxBytesAhead = jobs * max(0, options.multistreamBytesAheadPerJob)
        for _ in 0..<jobs {
            let t = Thread { [self] in work() }
            t.stackSize = 1 << 20
            t.start()
        }
    }

    /// Number of byte ranges (streams, the header included).
    var rangeCount: Int { ranges.count }

    /// The compressed byte range of chunk `i`.
    func range(_ i: Int) -> Range<Int> { ranges[i] }

    /// The next range's result in file order; blocks until a worker has it. Nil after the last.
    func take() -> ChunkResult? {
        cond.lock()
        defer { cond.unlock() }
        guard nextToTake < ranges.count, !cancelled else { return nil }
        while done[nextToTake] == nil && !cancelled { cond.wait() }
        if cancelled { return nil }
        let r = done.removeValue(forKey: nextToTake)
        bytesAhead -= ranges[nextToTake].count
        nextToTake += 1
        cond.broadcast()
        return r
    }

    /// Stops the workers after their current range.
    func cancel() {
        cond.lock()
        cancelled = true
        cond.broadcast()
        cond.unlock()
    }

    private func work() {
        while true {
            cond.lock()
            while !cancelled && nextToClaim < ranges.count && !mayClaim(nextToClaim) { cond.wait() }
            if cancelled || nextToClaim >= ranges.count { cond.unlock(); return }
            let i = nextToClaim
            nextToClaim += 1
            bytesAhead += ranges[i].count
            cond.unlock()
            let result = process(ranges[i])
            cond.lock()
            done[i] = result
            cond.broadcast()
            cond.unlock()
        }
    }

    /// Called with the lock held: whether range `i` may start, given how far the consumer is.
    private func mayClaim(_ i: Int) -> Bool {
        i < nextToTake + minRangesAhead || bytesAhead + ranges[i].count <= maxBytesAhead
    }

    /// Decompresses and scans one range as a fragment of pages.
    private func process(_ range: Range<Int>) -> ChunkResult {
        let bz = BZ2Source(input: RangeSource(file, range: range), path: file.path, inputBufferSize: 1 << 18)
        let scanner = XMLScanner(source: bz, path: file.path, document: false, maxPageBytes: maxPageBytes,
                                 initialCapacity: 1 << 20)
        var result = ChunkResult()
        while true {
            do {
                guard let scanned = try scanner.nextPage() else { break }
                if let page = try assembler.assemble(scanned) { result.items.append(.page(page)) }
            } catch let e as DumpError {
                if e.kind == .truncatedBZ2 && range.upperBound < fileSize {
                    // The file goes on: the stream overruns the next index offset.
                    result.items.append(.error(DumpError(.badIndex, path: file.path,
                        "bzip2 stream runs past the next index offset \(range.upperBound) (wrong index?)",
                        offset: e.offset, compressedOffset: e.compressedOffset)))
                    break
                }
                result.items.append(.error(e))
                if !e.isRecoverable { break }
            } catch {
                result.items.append(.error(DumpError(.io, path: file.path, "\(error)")))
                break
            }
        }
        result.decompressedBytes = scanner.bytesRead
        result.sawRootStart = scanner.sawRootStart
        result.sawRootEnd = scanner.sawRootEnd
        return result
    }
}
