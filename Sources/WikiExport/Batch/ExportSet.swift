import Foundation
import WikiModel

/// The writers of one conversion run, one per format: `json/<title>.json`, `articles.jsonl`,
/// `csv/…`, `wikiconv.sqlite` under an output folder, or JSON / JSON Lines on stdout. Every
/// file goes through a temporary name and is renamed when complete, so a failure never leaves
/// a half-written file.
public final class ExportSet {
    private let formats: Set<ExportFormat>
    private let output: String
    private let toStdout: Bool
    private var jsonLines: JSONLinesWriter?
    private var jsonLinesFile: AtomicFile?
    private var csv: CSVExporter?
    private var sqlite: SQLiteExporter?
    private var pendingSQLite: [Article] = []
    // Reused for every article's pretty JSON.
    private var prettyJSON = JSONWriter(style: .pretty, capacity: 1 << 18)

    /// Opens the writers for `formats` under `output` (a folder), or stdout for `-`.
    public init(formats: [ExportFormat], output: String) throws {
        self.formats = Set(formats)
        self.output = output
        toStdout = output == "-"
        if toStdout {
            guard self.formats.isSubset(of: [.json, .jsonl, .md]) else {
                throw ExportError.needsFolder(self.formats.subtracting([.json, .jsonl, .md]).sorted { $0.rawValue < $1.rawValue })
            }
            if self.formats.contains(.jsonl) { jsonLines = JSONLinesWriter(sink: StandardOutput()) }
            return
        }
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        if self.formats.contains(.json) {
            try FileManager.default.createDirectory(atPath: path("json"), withIntermediateDirectories: true)
        }
        if self.formats.contains(.md) {
            try FileManager.default.createDirectory(atPath: path("md"), withIntermediateDirectories: true)
        }
        if self.formats.contains(.jsonl) {
            let file = try AtomicFile(path: path("articles.jsonl"))
            jsonLinesFile = file
            jsonLines = JSONLinesWriter(sink: file)
        }
        if self.formats.contains(.csv) { csv = try CSVExporter(directory: path("csv")) }
        if self.formats.contains(.sqlite) {
            let db = path("wikiconv.sqlite")
            try? FileManager.default.removeItem(atPath: db)  // rebuilt from scratch: byte-identical runs
            sqlite = try SQLiteExporter(path: db)
        }
    }

    private func path(_ name: String) -> String { (output as NSString).appendingPathComponent(name) }

    /// Writes one article in every format.
    public func write(_ article: Article) throws {
        let name = CSVExporter.directoryName(for: article.title)
        if formats.contains(.json) {
            prettyJSON.reset()
            ArticleJSON.write(article, to: &prettyJSON)
            prettyJSON.appendRaw(UInt8(ascii: "\n"))
            if toStdout {
                prettyJSON.withBytes { FileHandle.standardOutput.write(Data($0)) }
            } else {
                let file = path("json/\(name).json")
                try prettyJSON.withBytes { bytes in try AtomicFile.write(to: file) { try $0.write(bytes) } }
            }
        }
        if formats.contains(.md) {
            let text = ArticleMarkdown.renderUTF8(article)
            if toStdout { FileHandle.standardOutput.write(Data(text)) } else { try AtomicFile.write(text, to: path("md/\(name).md")) }
        }
        // Encoded again, compact: stripping the pretty text's layout instead (a byte-wise
        // string-aware scan) cost more than this second encoding (108 M instructions a pass
        // over Corpus/ against 40 M).
        try jsonLines?.write(article)
        try csv?.write(article)
        if sqlite != nil {
            pendingSQLite.append(article)
            if pendingSQLite.count >= 64 { try flushSQLite() }  // one transaction per batch
        }
    }

    private func flushSQLite() throws {
        guard let sqlite, !pendingSQLite.isEmpty else { return }
        try sqlite.write(pendingSQLite)
        pendingSQLite.removeAll(keepingCapacity: true)
    }

    /// Completes every file: flushes, then renames into place.
    public func finish() throws {
        try jsonLines?.flush()
        try jsonLinesFile?.commit()
        try csv?.finish()
        try flushSQLite()
        try sqlite?.finish()
    }
}
