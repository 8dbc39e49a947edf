import Foundation

/// Reads a dump on its own thread and transforms its pages on `jobs` worker threads, handing the
/// results back in page order.
///
/// ```
/// reader thread ──► [pages, bounded] ──► jobs × transform ──► reorder by page number ──► next()
/// (decompress, scan;                                                                    (caller: write)
///  multistream: its own
///  decompression threads)
/// ```
/// Decompression and extraction overlap: while the workers extract, the reader decompresses the
/// next pages. At most `maxPagesInFlight` pages (and about `maxBytesInFlight` bytes of their
/// text) are between the reader and the caller at any time, so memory stays bounded whichever
/// side is slower. The output order is the dump's order, whatever the number of workers.
///
/// The bounds are generous on purpose: the cost of a page varies a lot (a 300 kB election
/// article with big tables takes the workers long; a thousand stubs and redirects in a row keep
/// the reader busy while the workers idle), and the reader has to run far enough ahead to even
/// that out. On the scale dump a bound of 16 pages made the single-stream convert 30% slower
/// than the default 4,096 pages / 64 MB.
///
/// A page that the reader cannot use (`DumpError.isRecoverable`), that is larger than
/// `DumpOptions.maxTextBytes`, whose transform goes over `timeLimit` of CPU time (see `PageBudget`) or
/// whose transform throws, comes out as `.skipped` at its place in the order; the run goes on.
/// A fatal reader error (damaged or truncated input) is thrown by `next()` after every page
/// read before the damage has come out.
///
/// The caller uses the pipeline from one thread. Dropping it (or `cancel()`) stops the threads.
public final class DumpPipeline<Output: Sendable> {
    /// One result, in page order.
    public enum Event {
        /// A page's transform result, with the reader's progress when the page was read.
        case page(Output, DumpProgress)
        /// A page that was reported and skipped (one-line `description`), with the progress.
        case skipped(DumpError, DumpProgress)
    }

    /// What the reader detected (`.bzip2`, `.multistream(…)`, …).
    public let inputKind: DumpInputKind
    /// Transform threads.
    public let jobs: Int
    private let state: PipelineState<Output>

    /// Starts reading `reader` (which the pipeline now owns: do not use it any more) and
    /// transforming its pages on `jobs` threads. `timeLimit` is each page's budget for
    /// `transform` (nil: none); the transform calls `budget.check(…)` between its stages.
    public init(reader: DumpReader, jobs: Int, timeLimit: Duration? = nil,
                maxPagesInFlight: Int = 4096, maxBytesInFlight: Int = 64 << 20,
                transform: @escaping @Sendable (DumpPage, PageBudget) throws -> Output) {
        inputKind = reader.inputKind
        self.jobs = max(1, jobs)
        state = PipelineState(maxPages: maxPagesInFlight, maxBytes: maxBytesInFlight,
                              path: reader.path, timeLimit: timeLimit, transform: transform)
        let box = ReaderBox(reader)
        let reading = Thread { [state] in state.read(box) }
        reading.stackSize = 4 << 20
        reading.start()
        for _ in 0..<self.jobs {
            let worker = Thread { [state] in state.work() }
            worker.stackSize = 16 << 20  // extraction of a deeply nested page: same room as the main thread
            worker.start()
        }
    }

    deinit { state.cancel() }

    /// The next result in page order; nil at the end. Throws the reader's fatal error once every
    /// page before it has come out.
    public func next() throws -> Event? {
        try state.take()
    }

    /// Stops reading and transforming (pages in progress finish, nothing more comes out).
    public func cancel() { state.cancel() }
}

/// A page's time budget, handed to the transform: call `check(_:)` between stages. A page over
/// budget is reported (title and id) and skipped; its later stages do not run.
///
/// Time is the CPU time of the thread transforming the page, not the wall clock, so a busy
/// machine (or more jobs than cores) does not push ordinary pages over the budget. Use it on
/// the thread that runs the transform.
public struct PageBudget: Sendable {
    /// The page being transformed.
    public let title: String
    /// Its page id.
    public let pageID: Int
    let offset: Int
    let path: String
    let start: Duration
    let limit: Duration?

    init(title: String, pageID: Int, offset: Int, path: String, limit: Duration?) {
        self.title = title
        self.pageID = pageID
        self.offset = offset
        self.path = path
        self.limit = limit
        start = PageBudget.threadCPUTime()
    }

    /// CPU time this thread has spent on the page so far.
    public var elapsed: Duration { PageBudget.threadCPUTime() - start }

    /// Throws a recoverable `.pageOverBudget` error when the page has used up its time;
    /// `stage` names what just finished (for the report).
    public func check(_ stage: String) throws {
        guard let limit else { return }
        let spent = elapsed
        if spent > limit {
            throw DumpError(.pageOverBudget, path: path,
                            String(format: "skipped: %@ took %.2f s of CPU, over the %g s page budget", stage,
                                   spent.pipelineSeconds, limit.pipelineSeconds),
                            offset: offset, title: title, pageID: pageID)
        }
    }

    /// The calling thread's CPU time.
    static func threadCPUTime() -> Duration {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return .seconds(t.tv_sec) + .nanoseconds(t.tv_nsec)
    }
}

extension Duration {
    fileprivate var pipelineSeconds: Double {
        let c = components
        return Double(c.seconds) + Double(c.attoseconds) / 1e18
    }
}

/// Moves the reader to its thread (it is used there only from then on).
private final class ReaderBox: @unchecked Sendable {
    var reader: DumpReader?
    init(_ reader: DumpReader) { self.reader = reader }
}

/// The shared state of a pipeline; everything mutable is guarded by `cond`.
private final class PipelineState<Output: Sendable>: @unchecked Sendable {
    private enum Slot {
        case output(Output, DumpProgress)
        case skipped(DumpError, DumpProgress)
        case failed(Error)
    }

    private struct Work {
        let seq: Int
        let page: DumpPage
        let progress: DumpProgress
    }

    private let cond = NSCondition()
    private let maxPages: Int
    private let maxBytes: Int
    private let path: String
    private let timeLimit: Duration?
    private let transform: @Sendable (DumpPage, PageBudget) throws -> Output

    /// Pages waiting for a worker, oldest first from `head` (taken slots are nil).
    private var queue: [Work?] = []
    private var head = 0
    /// Finished results not yet taken, by page number.
    private var done: [Int: Slot] = [:]
    /// Text sizes of the pages between the reader and the caller, for the byte bound.
    private var sizes: [Int: Int] = [:]
    private var bytesInFlight = 0
    /// Numbers given out by the reader (one per page or skipped page); the caller takes them in order.
    private var nextSeq = 0
    private var nextToTake = 0
    private var readerFinished = false
    private var cancelled = false

    init(maxPages: Int, maxBytes: Int, path: String, timeLimit: Duration?,
         transform: @escaping @Sendable (DumpPage, PageBudget) throws -> Output) {
        self.maxPages = max(1, maxPages)
        self.maxBytes = maxBytes
        self.path = path
        self.timeLimit = timeLimit
        self.transform = transform
    }

    // MARK: reader thread

    func read(_ box: ReaderBox) {
        defer {
            box.reader = nil  // stops a multistream reader's own threads
            cond.lock()
            readerFinished = true
            cond.broadcast()
            cond.unlock()
        }
        guard let reader = box.reader else { return }
        while true {
            do {
                guard let page = try reader.next() else { return }
                guard admit(page: page, progress: reader.progress) else { return }
            } catch let e as DumpError where e.isRecoverable {
                guard admit(ready: .skipped(e, reader.progress)) else { return }
            } catch {
                _ = admit(ready: .failed(error))
                return
            }
        }
    }

    /// Waits for room, then queues a page for the workers. False when cancelled.
    private func admit(page: DumpPage, progress: DumpProgress) -> Bool {
        cond.lock()
        defer { cond.unlock() }
        guard let seq = waitForRoom() else { return false }
        sizes[seq] = page.text.count
        bytesInFlight += page.text.count
        queue.append(Work(seq: seq, page: page, progress: progress))
        cond.broadcast()
        return true
    }

    /// Waits for room, then files a result that needs no worker (a skipped page, the fatal error).
    private func admit(ready slot: Slot) -> Bool {
        cond.lock()
        defer { cond.unlock() }
        guard let seq = waitForRoom() else { return false }
        done[seq] = slot
        cond.broadcast()
        return true
    }

    /// Called with the lock held: blocks while the pipeline is full, then numbers the next item.
    private func waitForRoom() -> Int? {
        while !cancelled {
            let inFlight = nextSeq - nextToTake
            if inFlight < maxPages && (bytesInFlight < maxBytes || inFlight == 0) {
                nextSeq += 1
                return nextSeq - 1
            }
            cond.wait()
        }
        return nil
    }

    // MARK: workers

    func work() {
        cond.lock()
        while true {
            if cancelled { break }
            if head < queue.count, let item = queue[head] {
                queue[head] = nil
                head += 1
                if head >= 1024 && head * 2 >= queue.count {  // drop the taken prefix now and then
                    queue.removeFirst(head)
                    head = 0
                }
                cond.unlock()
                let slot = process(item)
                cond.lock()
                done[item.seq] = slot
                cond.broadcast()
                continue
            }
            if readerFinished { break }
            cond.wait()
        }
        cond.unlock()
    }

    private func process(_ item: Work) -> Slot {
        let page = item.page
        let budget = PageBudget(title: page.title, pageID: page.id, offset: page.offset, path: path, limit: timeLimit)
        do {
            return .output(try transform(page, budget), item.progress)
        } catch let e as DumpError {
            return .skipped(e.about(title: page.title, pageID: page.id, offset: page.offset), item.progress)
        } catch {
            return .skipped(DumpError(.pageFailed, path: path, "skipped: extraction failed: \(error)",
                                      offset: page.offset, title: page.title, pageID: page.id), item.progress)
        }
    }

    // MARK: caller

    func take() throws -> DumpPipeline<Output>.Event? {
        cond.lock()
        while true {
            if let slot = done.removeValue(forKey: nextToTake) {
                bytesInFlight -= sizes.removeValue(forKey: nextToTake) ?? 0
                nextToTake += 1
                cond.broadcast()
                cond.unlock()
                switch slot {
                case .output(let o, let p): return .page(o, p)
                case .skipped(let e, let p): return .skipped(e, p)
                case .failed(let e): throw e
                }
            }
            if cancelled || (readerFinished && nextToTake == nextSeq) {
                cond.unlock()
                return nil
            }
            cond.wait()
        }
    }

    func cancel() {
        cond.lock()
        cancelled = true
        cond.broadcast()
        cond.unlock()
    }
}
