import ArgumentParser
import Foundation
import Wikitext
import WikiExtract
import WikiExport
import WikiModel

/// `wikiconv convert INPUT… --format … --output PATH`: pages to the data model, written out.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert .wikitext files or folders to JSON, JSON Lines, CSV and SQLite.",
        discussion: """
            With no --format, writes every format into Output/. Files are written under a temporary
            name and renamed when complete, so an interrupted run leaves no partial file.
            """
    )

    @Argument(help: "A .wikitext file or a folder of them.")
    var inputs: [String]

    @Option(help: "Comma-separated formats: json, jsonl, csv, sqlite, md (default: all).")
    var format: String = "json,jsonl,csv,sqlite,md"

    @Option(help: "Output folder, or - for stdout (json, jsonl).")
    var output: String = "Output"

    @Option(help: "Comma-separated parts to extract: infoboxes, tables, contests (default: all).")
    var only: String?

    @Option(help: "Keep only articles that use this template (for example 'Infobox election').")
    var template: String?

    func run() throws {
        do {
            let formats = try ExportFormat.list(format)
            let parts = try selectedParts()
            let files = try SourceFiles.expand(inputs)
            let sinks = try ExportSet(formats: formats, output: output)
            let wanted = template.map { Template.normalize($0) }
            for file in files {
                let bytes = try SourceFiles.read(file)
                let document = WikitextDocument(parsing: bytes)
                if let wanted, !document.root.descendants.contains(where: {
                    $0.kind == .template && Template($0)?.normalizedName == wanted
                }) { continue }
                let name = (file as NSString).lastPathComponent
                let article = ArticleBuilder.build(title: ArticleBuilder.title(forFileName: name),
                                                   source: Source(path: file), document: document, parts: parts)
                try sinks.write(article)
            }
            try sinks.finish()
        } catch {
            AtomicFile.removeAllPending()
            exitWithError(error)
        }
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
