import Foundation
import WikiCheck
import WikiDump
import WikiExport
import WikiExtract
import WikiModel
import Wikitext
import WikiValues

/// Converting `.wikitext` files: each file is read, parsed, extracted and checked on one of
/// `jobs` threads, and the articles are written on the calling thread in the order of the
/// files, so the output is the same bytes whatever the number of threads. A progress bar
/// (articles, MB/s of input, ETA) shows on a terminal when there is more than one file.
enum FileInput {
    /// What a thread made of one file.
    enum FileResult {
        /// The article, and the report of what was repaired in its text (see ``SourceText``).
        case article(Article, bytes: Int, notice: String?)
        /// The file does not use the `--template` asked for.
        case filteredOut(bytes: Int)
        /// The file is not wikitext (binary data): reported on one line and skipped.
        case skipped(String, bytes: Int)
        /// The file could not be read; the run stops here, after the files before it were written.
        case failed(Error)
    }

    /// Converts `files` into `sinks`; returns the number of articles written. The first file
    /// that cannot be read ends the run with its error, once every file before it is written.
    static func convert(_ files: [String], parts: Set<ArticleBuilder.Part>, template: String?,
                        numbers: NumberConvention = .decimalPoint, jobs: Int, into sinks: ExportSet) throws -> Int {
        // A file that cannot be sized counts 0: its error comes when it is read.
        let total = files.reduce(0) { $0 + (SourceFiles.size($1) ?? 0) }
        var bar = ProgressBar()
        let showBar = files.count > 1
        var done = 0
        var articles = 0
        defer {
            if showBar {
                bar.update(done: done, total: total, pages: articles, force: true)
                bar.finish()
            }
        }
        try OrderedParallel.run(count: files.count, jobs: jobs, window: 4 * jobs, work: { i in
            extract(files[i], parts: parts, template: template, numbers: numbers)
        }, consume: { _, result in
            switch result {
            case .failed(let error):
                throw error
            case .filteredOut(let bytes):
                done += bytes
            case .skipped(let message, let bytes):
                report(message, overBar: showBar)
                done += bytes
            case .article(let article, let bytes, let notice):
                if let notice { report(notice, overBar: showBar) }
                try sinks.write(article)
                done += bytes
                articles += 1
            }
            if showBar { bar.update(done: done, total: total, pages: articles) }
        })
        return articles
    }

    /// Reads, parses, extracts and checks one file (on a worker thread).
    static func extract(_ file: String, parts: Set<ArticleBuilder.Part>, template: String?,
                        numbers: NumberConvention = .decimalPoint) -> FileResult {
        let read: [UInt8]
        do { read = try SourceFiles.read(file) } catch { return .failed(error) }
        let (bytes, problem) = SourceText.checked(read)
        if let problem, problem.skips { return .skipped(problem.report(file: file), bytes: bytes.count) }
        let document = WikitextDocument(parsing: bytes)
        if let template, !document.usesTemplate(named: template) { return .filteredOut(bytes: bytes.count) }
        let name = (file as NSString).lastPathComponent
        var article = ArticleBuilder.build(title: ArticleBuilder.title(forFileName: name),
                                           source: Source(path: file), document: document, parts: parts, numbers: numbers)
        article.findings = Checker.check(article)
        return .article(article, bytes: bytes.count, notice: problem?.message(file: file))
    }

    /// Prints a one-line report to stderr, clearing the progress bar's line first if one is drawn.
    static func report(_ message: String, overBar: Bool) {
        let clear = overBar && isatty(STDERR_FILENO) == 1 ? "\r\u{1B}[K" : ""
        FileHandle.standardError.write(Data("\(clear)wikiconv: \(message)\n".utf8))
    }
}
