import ArgumentParser
import Foundation
import Wikitext

/// `wikiconv bench`: parse throughput over a corpus, median of N runs, on one core.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure parse speed (MB/s) over Corpus/ on one core. Build with -c release.",
        discussion: """
            Prints the median of --runs timed passes over every .wikitext file in --corpus.
            --scaling also times one document made of the corpus repeated to 1, 5, 10, 25 and 50 MB,
            to show that time grows linearly with size. --json prints one JSON object instead.
            """
    )

    @Option(help: "Folder of .wikitext files.")
    var corpus = "Corpus"

    @Option(help: "Number of timed runs; the median is reported.")
    var runs = 5

    @Flag(help: "Also time single documents of 1 to 50 MB built from the corpus.")
    var scaling = false

    @Flag(help: "Print the results as one JSON object.")
    var json = false

    @Flag(help: "Time each extraction and export stage (parse, census, infoboxes, tables, contests, every format) over --corpus.")
    var stages = false

    @Option(help: ArgumentHelp("With --stages: time only parse and this stage (for profiling).", visibility: .hidden))
    var stage: String?

    @Option(help: "A dump to time instead: decompression alone, scan alone, and the full convert to JSON Lines.")
    var dump: String?

    @Option(help: "With --dump and a multistream twin: time the single-stream and multistream converts this many times, back to back, and report the median ratio.")
    var pairs = 1

    func run() throws {
        if let dump {
            do { try DumpBench.run(dump, pairs: max(1, pairs)) } catch { exitWithError(error) }
            return
        }
        if stages {
            do {
                let files = try SourceFiles.expand([corpus])
                try StageBench.print(corpus: try files.map { (try SourceFiles.read($0), ($0 as NSString).lastPathComponent) },
                                     runs: runs, only: stage)
            } catch { exitWithError(error) }
            return
        }
        do {
            let files = try SourceFiles.expand([corpus])
            let texts = try files.map { try SourceFiles.read($0) }
            let bytes = texts.reduce(0) { $0 + $1.count }
            var nodes = 0
            var cpuTimes: [Double] = []
            let median = Self.median(runs: runs) {
                let cpu0 = Self.threadCPUSeconds()
                nodes = 0
                for text in texts { nodes += WikitextDocument(parsing: text).nodeCount }
                cpuTimes.append(Self.threadCPUSeconds() - cpu0)
            }
            cpuTimes.sort()
            let cpuMedian = cpuTimes[cpuTimes.count / 2]
            let mbps = Double(bytes) / 1e6 / median
            let cpuMBps = Double(bytes) / 1e6 / cpuMedian
            var results: [(String, Any)] = [("files", files.count), ("bytes", bytes), ("nodes", nodes), ("runs", runs),
                                            ("parse_seconds", median), ("parse_MBps", mbps),
                                            ("parse_cpu_seconds", cpuMedian), ("parse_cpu_MBps", cpuMBps)]
            if !json {
                print(String(format: "parse: %d files, %.2f MB, %d nodes; median of %d runs %.4f s wall = %.1f MB/s; %.4f s CPU = %.1f MB/s",
                             files.count, Double(bytes) / 1e6, nodes, runs, median, mbps, cpuMedian, cpuMBps))
            }
            if scaling {
                let joined = Array(texts.joined(separator: [UInt8(0x0A)]))
                var points: [[String: Double]] = []
                for size in [1, 5, 10, 25, 50] {
                    var document: [UInt8] = []
                    document.reserveCapacity(size * 1_000_000 + joined.count)
                    while document.count < size * 1_000_000 { document += joined }
                    document.removeLast(document.count - size * 1_000_000)
                    let seconds = Self.median(runs: 3) { _ = WikitextDocument(parsing: document).nodeCount }
                    let rate = Double(size) / seconds
                    points.append(["MB": Double(size), "seconds": seconds, "MBps": rate])
                    if !json { print(String(format: "scaling: %2d MB in %.3f s = %.1f MB/s", size, seconds, rate)) }
                }
                results.append(("scaling", points))
            }
            if json {
                let object = Dictionary(uniqueKeysWithValues: results)
                let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
                print(String(decoding: data, as: UTF8.self))
            }
        } catch {
            exitWithError(error)
        }
    }

    /// CPU time of the calling thread, in seconds: steadier than wall time on a busy machine.
    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// The median wall time of `runs` calls of `body`, in seconds.
    static func median(runs: Int, _ body: () -> Void) -> Double {
        var times: [Double] = []
        let clock = ContinuousClock()
        for _ in 0..<max(1, runs) {
            times.append(clock.measure(body).seconds)
        }
        times.sort()
        return times[times.count / 2]
    }
}
