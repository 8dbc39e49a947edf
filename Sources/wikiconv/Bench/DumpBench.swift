import Foundation
import WikiDump
import WikiExport

/// `wikiconv bench --dump FILE`: the stages of a dump conversion, each timed once in one run,
/// in MB/s of XML and pages/s, with wall and CPU time (all threads), and the ratios the dumps
/// issue asks for:
///
/// - decompression alone (libbz2 to nowhere, one thread: the `bzcat > /dev/null` floor);
/// - scan alone (decompression, XML scanning and entity decoding; no wikitext parsing);
/// - the full convert to JSON Lines on every core (`DumpPipeline`: the reader thread
///   decompresses while the workers extract);
/// - when FILE has a multistream twin (`X.xml.bz2` and `X-multistream.xml.bz2` with its
///   `-index.txt(.bz2)`, as `scripts/make-scale-dump.py` writes them), the multistream convert
///   with `--jobs 2` against the single stream.
///
/// With `pairs` > 1 the two converts are timed again, back to back, until there are `pairs`
/// of them, and the multistream ratio is the median of the pairs' ratios: this machine's speed
/// drifts by a fifth within minutes, so two stages timed a minute apart can see different
/// machines, while the two halves of a pair see nearly the same one.
///
/// The last lines are the ratios (`convert/decompress`, `multistream/single`) and the peak RSS.
/// `scripts/bench-dump.py` runs this and the Python peers over the same dump.
enum DumpBench {
    struct Stage {
        var name: String
        var wall: Double
        var cpu: Double
        var bytes: Int
        var pages: Int?
    }

    static func run(_ path: String, pairs: Int = 1) throws {
        let (single, multi) = twins(path)
        let dump = single ?? path
        func report(_ s: Stage) {
            let mb = Double(s.bytes) / 1e6
            let rate = s.pages.map { String(format: ", %.0f pages/s", Double($0) / s.wall) } ?? ""
            print(String(format: "%@: %.1f MB of XML in %.2f s = %.1f MB/s wall; CPU %.2f s = %.1f MB/s per core",
                         s.name, mb, s.wall, mb / s.wall, s.cpu, mb / max(s.cpu, 1e-9)) + rate)
            flushOutput()
        }
        print("dump: \(dump)" + (multi.map { "\nmultistream twin: \($0)" } ?? ""))
        print(String(format: "cores: %d; free now: %.2f (two threads spinning: CPU / wall); load average before: %@",
                     DumpOptions.cores, freeCores(), loadAverage()))
        flushOutput()

        let decompressed = try measure("decompress (libbz2 only, 1 thread)") {
            let c = try DumpReader.decompressOnly(path: dump)
            return (c.bytes, nil)
        }
        report(decompressed)
        report(try measure("scan (decompress + XML + entities)") {
            let c = try DumpReader.scanOnly(path: dump)
            return (c.bytes, c.pages)
        })
        let xmlBytes = decompressed.bytes
        let cores = max(2, DumpOptions.cores)
        let singleStream = try measure("convert to jsonl (reader + \(DumpInput.workers(for: .bzip2, jobs: cores)) extraction thread)") {
            (xmlBytes, try convert(dump, jobs: cores))
        }
        report(singleStream)
        var multistream: Stage?
        if let multi {
            let s = try measure("multistream convert to jsonl, --jobs 2 (2 decompression + 2 extraction threads)") {
                (xmlBytes, try convert(multi, jobs: 2))
            }
            report(s)
            multistream = s
        }

        var pairRatios: [Double] = []
        if let multi, let multistream {
            pairRatios.append(singleStream.wall / multistream.wall)
            for pair in 1..<pairs {
                let s = try measure("pair \(pair + 1): convert to jsonl") { (xmlBytes, try convert(dump, jobs: cores)) }
                let m = try measure("pair \(pair + 1): multistream convert to jsonl, --jobs 2") { (xmlBytes, try convert(multi, jobs: 2)) }
                report(s)
                report(m)
                pairRatios.append(s.wall / m.wall)
                print(String(format: "pair %d: multistream / single %.2f; free cores now %.2f", pair + 1, s.wall / m.wall, freeCores()))
                flushOutput()
            }
        }

        print(String(format: "ratio convert/decompress (single stream, goal <= 1.25): %.2f", singleStream.wall / decompressed.wall))
        if pairRatios.count == 1 {
            print(String(format: "ratio multistream --jobs 2 / single-stream throughput (goal >= 1.6): %.2f", pairRatios[0]))
        } else if !pairRatios.isEmpty {
            let sorted = pairRatios.sorted(), n = sorted.count
            let median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
            print(String(format: "ratio multistream --jobs 2 / single-stream throughput (goal >= 1.6): median %.2f of %d back-to-back pairs (%@)",
                         median, n, pairRatios.map { String(format: "%.2f", $0) }.joined(separator: ", ")))
        }
        print(String(format: "peak RSS of this process: %.0f MB; free cores after: %.2f; load average after: %@",
                     peakRSSMegabytes(), freeCores(), loadAverage()))
    }

    /// Runs `body` and times it (wall clock and the CPU time of every thread of the process).
    static func measure(_ name: String, _ body: () throws -> (Int, Int?)) throws -> Stage {
        let cpu0 = cpuSeconds()
        let start = ContinuousClock.now
        let (bytes, pages) = try body()
        return Stage(name: name, wall: (ContinuousClock.now - start).seconds, cpu: cpuSeconds() - cpu0,
                     bytes: bytes, pages: pages)
    }

    /// Converts the whole dump to JSON Lines in a scratch folder (removed after); returns the articles written.
    static func convert(_ path: String, jobs: Int) throws -> Int {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("wikiconv-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let sinks = try ExportSet(formats: [.jsonl], output: scratch.path)
        var settings = DumpInput.Settings()
        settings.jobs = jobs
        settings.numbers = LanguageOption.convention(ofDump: path, language: nil)  // as `convert` reads it
        let pages = try DumpInput.convert(path, settings: settings, into: sinks).pages
        try sinks.finish()
        return pages
    }

    /// The single-stream file and its multistream twin with an index, from either name.
    static func twins(_ path: String) -> (single: String?, multi: String?) {
        let suffix = ".xml.bz2", marker = "-multistream"
        guard path.hasSuffix(suffix) else { return (path, nil) }
        let stem = String(path.dropLast(suffix.count))
        if stem.hasSuffix(marker) {
            let single = String(stem.dropLast(marker.count)) + suffix
            return (FileManager.default.fileExists(atPath: single) ? single : nil, path)
        }
        let multi = stem + marker + suffix
        let hasIndex = MultistreamIndex.defaultPath(for: multi) != nil
        return (path, FileManager.default.fileExists(atPath: multi) && hasIndex ? multi : nil)
    }

    /// How many cores this process gets right now: two threads spin for 0.5 s of wall time
    /// each; their CPU time over the wall time is 2.0 on an idle two-core machine and about 1.0
    /// when other work takes one core. Parallel speed-ups can only be judged against it.
    static func freeCores() -> Double {
        let cpu0 = cpuSeconds()
        let start = ContinuousClock.now
        let group = DispatchGroup()
        for _ in 0..<2 {
            group.enter()
            Thread {
                let end = ContinuousClock.now + .milliseconds(500)
                var x = 0
                while ContinuousClock.now < end { x &+= 1 }
                if x == -1 { print(x) }
                group.leave()
            }.start()
        }
        group.wait()
        return (cpuSeconds() - cpu0) / (ContinuousClock.now - start).seconds
    }

    /// Lines appear as each stage ends, even through a pipe.
    static func flushOutput() { fflush(nil) }

    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return s(usage.ru_utime) + s(usage.ru_stime)
    }

    static func peakRSSMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024  // kB on Linux
    }

    static func loadAverage() -> String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))
            .map { $0.split(separator: " ").prefix(3).joined(separator: " ") } ?? "?"
    }
}
