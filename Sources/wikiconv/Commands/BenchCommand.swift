import ArgumentParser
import Foundation
import Wikitext

/// `wikiconv bench`: parse throughput over a corpus, median of N runs.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure parse speed (MB/s) over Corpus/ (use a release build)."
    )

    @Option(help: "Folder of .wikitext files.")
    var corpus = "Corpus"

    @Option(help: "Number of timed runs; the median is reported.")
    var runs = 5

    func run() throws {
        do {
            let files = try SourceFiles.expand([corpus])
            let texts = try files.map { try SourceFiles.read($0) }
            let bytes = texts.reduce(0) { $0 + $1.count }
            var times: [Double] = []
            var nodes = 0
            for _ in 0..<max(1, runs) {
                let clock = ContinuousClock()
                let elapsed = clock.measure {
                    nodes = 0
                    for text in texts { nodes += WikitextDocument(parsing: text).nodeCount }
                }
                times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            }
            times.sort()
            let median = times[times.count / 2]
            let mb = Double(bytes) / 1_000_000
            print(String(format: "parse: %d files, %.2f MB, %d nodes, median %.4f s of %d runs, %.1f MB/s",
                         files.count, mb, nodes, median, times.count, mb / median))
        } catch {
            exitWithError(error)
        }
    }
}
