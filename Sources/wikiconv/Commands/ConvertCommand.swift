import ArgumentParser
import Foundation
import WikiDump
import WikiExtract
import WikiExport

/// `wikiconv convert INPUT… --format … --output PATH`: pages to the data model, written out.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert .wikitext files, folders or XML dumps to JSON, JSON Lines, CSV, SQLite and Markdown.",
        discussion: """
            With no --format, writes every format into Output/. Files are written under a temporary
            name and renamed when complete, so an interrupted run leaves no partial file.
            .wikitext files are converted on --jobs threads and written in file order (the same
            bytes whatever --jobs). Dumps (.xml, .xml.bz2, multistream .bz2 with its index, or - for
            stdin) are streamed page by page, in page order. A progress bar shows on a terminal.
            """
    )

    @Argument(help: "A .wikitext file, a folder of them, or a MediaWiki XML dump (.xml, .xml.bz2, -).")
    var inputs: [String]

    @Option(help: "Comma-separated formats: json, jsonl, csv, sqlite, md (default: all).")
    var format: String = "json,jsonl,csv,sqlite,md"

    @Option(help: "Output folder, or - for stdout (json, jsonl).")
    var output: String = "Output"

    @Option(help: "Comma-separated parts to extract: infoboxes, tables, contests (default: all).")
    var only: String?

    @Option(help: "Keep only articles that use this template (for example 'Infobox election').")
    var template: String?

    @Option(help: "Dumps: namespaces to keep, comma-separated, or 'all' (default 0).")
    var namespace: String = "0"

    @Flag(help: "Dumps: keep redirect pages too.")
    var keepRedirects = false

    @Flag(help: "Dumps: keep disambiguation pages too ({{disambiguation}} and its variants).")
    var keepDisambiguation = false

    @Option(help: "Dumps: only pages whose title matches this PCRE2 pattern.")
    var title: String?

    @Option(help: "Dumps: stop after this many pages.")
    var limit: Int?

    @Option(help: "Cores to use (default: all). .wikitext files are converted on this many threads (written in file order); a multistream dump with its index is decompressed on this many threads; any dump is extracted on this many (one less for a single-stream .bz2, whose reader needs a core).")
    var jobs: Int?

    @Option(help: "Dumps: skip (and report) pages whose text is larger than this many MB.")
    var maxPageMb: Double = 50

    @Option(help: "Dumps: skip (and report) a page whose parse or extraction takes more than this many seconds of CPU (0: no limit).")
    var pageTimeout: Double = 30

    @OptionGroup var numbers: LanguageOption

    func run() throws {
        AtomicFile.removePendingOnSignals()  // Ctrl-C or kill: no temporary file stays behind
        do {
            let formats = try ExportFormat.list(format)
            let parts = try selectedParts()
            let files = try SourceFiles.expand(inputs.filter { !DumpDetection.isDump($0) })
            if output != "-" { AtomicFile.removeStale(under: output) }  // left by a run killed with -9
            let sinks = try ExportSet(formats: formats, output: output)
            var damaged: Error?
            for input in inputs where DumpDetection.isDump(input) {
                do {
                    var settings = try dumpSettings(parts)
                    settings.numbers = numbers.forDump(input)
                    _ = try DumpInput.convert(input, settings: settings, into: sinks)
                } catch {
                    damaged = error  // keep what was read before the damage, then fail
                    break
                }
            }
            _ = try FileInput.convert(files.filter { !DumpDetection.isDump($0) }, parts: parts, template: template,
                                      numbers: numbers.forFiles, jobs: max(1, jobs ?? DumpOptions.cores), into: sinks)
            try sinks.finish()
            if let damaged { throw damaged }
        } catch {
            AtomicFile.removeAllPending()
            exitWithError(error)
        }
    }

    private func dumpSettings(_ parts: Set<ArticleBuilder.Part>) throws -> DumpInput.Settings {
        var settings = DumpInput.Settings()
        if namespace.lowercased() != "all" {
            settings.namespaces = Set(try namespace.split(separator: ",").map { word in
                guard let n = Int(word.trimmingCharacters(in: .whitespaces)) else { throw CLIError("--namespace takes numbers or 'all'") }
                return n
            })
        } else {
            settings.namespaces = nil
        }
        settings.skipRedirects = !keepRedirects
        settings.skipDisambiguation = !keepDisambiguation
        settings.limit = limit
        settings.titlePattern = title
        settings.template = template
        if let jobs { settings.jobs = max(1, jobs) }
        settings.parts = parts
        guard maxPageMb > 0 else { throw CLIError("--max-page-mb must be positive") }
        settings.maxTextBytes = Int(min(maxPageMb * 1e6, Double(Int.max / 4)))
        settings.pageTimeLimit = pageTimeout > 0 ? .nanoseconds(Int64(min(pageTimeout, 1e9) * 1e9)) : nil
        return settings
    }

    private func selectedParts() throws -> Set<ArticleBuilder.Part> {
        guard let only else { return Set(ArticleBuilder.Part.allCases) }
        return Set(try only.split(separator: ",").map { word in
            guard let part = ArticleBuilder.Part(rawValue: word.trimmingCharacters(in: .whitespaces)) else {
                throw CLIError("unknown part '\(word)': use infoboxes, tables or contests")
            }
            return part
        })
    }
}
