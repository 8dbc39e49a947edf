import Foundation
import WikiCheck
import Wikitext
import WikiExport
import WikiExtract
import WikiModel

/// `wikiconv bench --stages`: what each extraction and export stage costs on top of parsing.
///
/// Every stage is timed as a whole pipeline from bytes (parse included), on one core, as the
/// median of several runs of thread CPU time; the added cost of a stage is its time minus the
/// parse time. That is the number the speed goals are stated in ("table extraction adds < 30%
/// to parse time", "whole extraction ≥ 80 MB/s", "all formats ≥ 50 MB/s").
enum StageBench {
    /// One timed stage: a name and what it does with each source text.
    struct Stage {
        let name: String
        let body: ([UInt8], String) throws -> Void
    }

    /// The result of one stage.
    struct Result {
        let name: String
        let seconds: Double
        let mbps: Double
        let percentOverParse: Double
    }

    /// Times every stage over `texts` (with their file names) and returns one result per stage.
    static func run(texts: [([UInt8], String)], runs: Int, output: String, only: String? = nil) throws -> [Result] {
        let bytes = texts.reduce(0) { $0 + $1.0.count }
        var results: [Result] = []
        var parseSeconds = 0.0
        for stage in try stages(output: output) where only == nil || stage.name == "parse" || stage.name == only {
            var times: [Double] = []
            for _ in 0..<max(1, runs) {
                let start = BenchCommand.threadCPUSeconds()
                for (text, name) in texts { try stage.body(text, name) }
                times.append(BenchCommand.threadCPUSeconds() - start)
            }
            times.sort()
            let seconds = times[times.count / 2]
            if results.isEmpty { parseSeconds = seconds }
            results.append(Result(name: stage.name, seconds: seconds, mbps: Double(bytes) / 1e6 / seconds,
                                  percentOverParse: (seconds - parseSeconds) / parseSeconds * 100))
        }
        return results
    }

    private static func article(_ text: [UInt8], _ name: String,
                                parts: Set<ArticleBuilder.Part> = Set(ArticleBuilder.Part.allCases)) -> Article {
        ArticleBuilder.build(title: ArticleBuilder.title(forFileName: name), source: Source(path: name),
                             document: WikitextDocument(parsing: text), parts: parts)
    }

    private static func stages(output: String) throws -> [Stage] {
        var list: [Stage] = [
            Stage(name: "parse") { text, _ in _ = WikitextDocument(parsing: text).nodeCount },
            Stage(name: "parse+census") { text, _ in _ = TemplateCensus.count(WikitextDocument(parsing: text)) },
            Stage(name: "parse+infoboxes") { text, _ in _ = InfoboxExtractor.extract(WikitextDocument(parsing: text)) },
            Stage(name: "parse+tables") { text, _ in _ = TableExtractor.extract(WikitextDocument(parsing: text)) },
            // Results tables are contests too, so contests need the tables.
            Stage(name: "parse+tables+contests") { text, _ in
                let document = WikitextDocument(parsing: text)
                _ = ContestExtractor.extract(document, tables: TableExtractor.extract(document))
            },
            Stage(name: "extract (all parts)") { text, name in _ = article(text, name) },
            Stage(name: "extract+checks") { text, name in _ = Checker.check(article(text, name)) },
        ]
        for format in ExportFormat.allCases {
            list.append(exportStage(name: "extract+\(format.rawValue)", formats: [format], output: output))
        }
        list.append(exportStage(name: "extract+all formats", formats: ExportFormat.allCases, output: output))
        return list
    }

    /// A stage that converts every text and writes it in `formats`, one export run per pass: the
    /// article with its findings, as `convert` does.
    private static func exportStage(name: String, formats: [ExportFormat], output: String) -> Stage {
        // One ExportSet per pass over the corpus, finished when the last text is written.
        final class Pass { var set: ExportSet?; var count = 0 }
        let pass = Pass()
        return Stage(name: name) { text, file in
            if pass.set == nil {
                let folder = (output as NSString).appendingPathComponent(name.replacingOccurrences(of: " ", with: "-"))
                pass.set = try ExportSet(formats: formats, output: folder)
            }
            // Findings too, as `convert` writes them.
            var converted = article(text, file)
            converted.findings = Checker.check(converted)
            try pass.set!.write(converted)
            pass.count += 1
            if pass.count == StageBench.textsPerPass {
                try pass.set!.finish()
                pass.set = nil
                pass.count = 0
            }
        }
    }

    /// How many texts one pass writes; set by `print` before the stages run.
    nonisolated(unsafe) static var textsPerPass = 0

    /// Runs the stages over the corpus and prints one line per stage.
    static func print(corpus texts: [([UInt8], String)], runs: Int, only: String? = nil) throws {
        textsPerPass = texts.count
        let output = NSTemporaryDirectory() + "wikiconv-bench-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: output) }
        let bytes = texts.reduce(0) { $0 + $1.0.count }
        Swift.print(String(format: "stages: %d files, %.2f MB, median of %d runs of thread CPU time, one core",
                           texts.count, Double(bytes) / 1e6, runs))
        let results = try run(texts: texts, runs: runs, output: output, only: only)
        for result in results {
            let added = result.name == "parse" ? "" : String(format: "  (+%.0f%% over parse)", result.percentOverParse)
            let name = result.name.padding(toLength: 22, withPad: " ", startingAt: 0)
            Swift.print(String(format: "  %@ %8.4f s  %7.1f MB/s%@", name as NSString, result.seconds,
                               result.mbps, added as NSString))
        }
        // The all-formats figure beside what writing its files alone costs (no conversion).
        if let all = results.first(where: { $0.name == "extract+all formats" }) {
            let sizes = FileWriteFloor.fileSizes(under: output + "/extract+all-formats")
            let floor = try FileWriteFloor.seconds(sizes: sizes, folder: output + "/file-floor", runs: runs)
            Swift.print(String(format: "  %@ %8.4f s  (%d files, %.1f MB, written with no conversion: %.0f%% of all formats)",
                               "file writes alone     " as NSString, floor, sizes.count,
                               Double(sizes.reduce(0, +)) / 1e6, floor / all.seconds * 100))
        }
    }
}
