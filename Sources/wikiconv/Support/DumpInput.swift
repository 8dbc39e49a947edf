import Foundation
import PCRE2
import WikiCheck
import WikiDump
import WikiExport
import WikiExtract
import WikiModel
import Wikitext
import WikiValues

/// Converting a MediaWiki XML dump (`.xml`, `.xml.bz2`, multistream, or `-` for stdin).
///
/// Three kinds of threads overlap (see `DumpPipeline`): one reads the dump (for a multistream
/// dump, `jobs` more decompress its streams in parallel), workers parse and extract pages
/// (`workers(for:jobs:)`), and the calling thread writes the articles in page order.
enum DumpInput {
    struct Settings {
        var namespaces: Set<Int>? = [0]
        var skipRedirects = true
        /// Skip disambiguation pages (``Disambiguation``).
        var skipDisambiguation = true
        var limit: Int?
        var titlePattern: String?
        var template: String?
        /// Cores to use: see `workers(for:jobs:)`.
        var jobs = DumpOptions.cores
        var parts: Set<ArticleBuilder.Part> = Set(ArticleBuilder.Part.allCases)
        /// Pages whose text is larger are reported and skipped.
        var maxTextBytes = DumpOptions().maxTextBytes
        /// A page whose parse or extraction takes longer is reported and skipped (nil: no limit).
        var pageTimeLimit: Duration? = .seconds(30)
        /// How the wiki writes numbers (`LanguageOption.forDump`).
        var numbers = NumberConvention.decimalPoint
    }

    /// What a worker made of one page.
    enum PageResult: Sendable {
        /// The article, and the report of what was repaired in its text (see ``SourceText``).
        case article(Article, notice: String?)
        /// The page passed the cheap byte prefilter but does not use the template, or it is a
        /// disambiguation page.
        case filteredOut
    }

    struct Counts {
        var pages = 0
        var skipped = 0
    }

    /// The reader options for `settings`.
    static func options(_ settings: Settings) throws -> DumpOptions {
        var options = DumpOptions()
        options.namespaces = settings.namespaces
        options.skipRedirects = settings.skipRedirects
        options.limit = settings.limit
        options.jobs = settings.jobs
        options.maxTextBytes = settings.maxTextBytes
        // Escaped XML is larger than its text; keep room so the text limit is the one that speaks.
        options.maxPageBytes = max(options.maxPageBytes, settings.maxTextBytes * 2 + (1 << 20))
        if let pattern = settings.titlePattern {
            let regex = try Regex(pattern)
            options.titleFilter = { regex.isMatch($0) }
        }
        if let template = settings.template { options.textFilter = DumpFilter.usesTemplate(template) }
        return options
    }

    /// Extraction workers for `jobs` cores. A single-stream bzip2 dump is decompressed on one
    /// reader thread, which needs a core of its own to keep up with bzip2, so it gets `jobs - 1`
    /// workers (at least one); measured on the 1 GB scale dump with two cores: one worker 62 s,
    /// two workers 71 s (the reader lost time to them). A multistream dump is decompressed on
    /// `jobs` threads and extracted on `jobs` workers, which share the cores; plain XML costs
    /// the reader little, so it gets `jobs` workers too.
    static func workers(for kind: DumpInputKind, jobs: Int) -> Int {
        if case .bzip2 = kind { return max(1, jobs - 1) }
        return max(1, jobs)
    }

    /// Parses and extracts one page, checking its time budget between the stages.
    static func extract(_ page: DumpPage, _ budget: PageBudget, path: String, settings: Settings) throws -> PageResult {
        let (text, problem) = SourceText.checked(page.text)
        let notice = problem?.message(dump: path, title: page.title, id: page.id)
        if let problem, problem.skips {
            throw DumpError(.pageFailed, path: path, "skipped: line \(problem.line): \(problem.detail)", title: page.title, pageID: page.id)
        }
        let document = WikitextDocument(parsing: text)
        try budget.check("parsing")
        // The byte prefilter is cheap but loose; the tree decides.
        if let template = settings.template, !document.usesTemplate(named: template) { return .filteredOut }
        let source = Source(path: path, pageId: page.id, revisionId: page.revisionID)
        var article = ArticleBuilder.build(title: page.title, source: source, document: document, parts: settings.parts,
                                           numbers: settings.numbers)
        if settings.skipDisambiguation, Disambiguation.isDisambiguation(templatesSeen: article.templatesSeen, text: text) {
            return .filteredOut
        }
        article.findings = Checker.check(article)
        try budget.check("extraction")
        return .article(article, notice: notice)
    }

    /// Streams the dump's pages into `sinks`, in page order. Pages read before an error are
    /// kept; a damaged, oversized or over-budget page is reported (one line) and skipped; a
    /// damaged stream ends the run with the error.
    static func convert(_ path: String, settings: Settings, into sinks: ExportSet) throws -> (pages: Int, skipped: Int) {
        let reader = try DumpReader(path: path, options: try options(settings))
        let pipeline = DumpPipeline(reader: reader, jobs: workers(for: reader.inputKind, jobs: settings.jobs),
                                    timeLimit: settings.pageTimeLimit) { page, budget in
            try extract(page, budget, path: path, settings: settings)
        }
        var bar = ProgressBar()
        var counts = Counts()
        var last: DumpProgress?
        defer {
            if let last { bar.update(done: last.compressedBytes, total: last.totalCompressedBytes, pages: last.pages, force: true) }
            bar.finish()
        }
        while let event = try pipeline.next() {
            switch event {
            case .page(let result, let progress):
                if case .article(let article, let notice) = result {
                    if let notice { FileInput.report(notice, overBar: true) }
                    try sinks.write(article)
                    counts.pages += 1
                }
                last = progress
            case .skipped(let error, let progress):
                counts.skipped += 1
                let clear = isatty(STDERR_FILENO) == 1 ? "\r\u{1B}[K" : ""  // not on top of the bar
                let note = error.message.hasPrefix("skipped") ? "" : " (skipped)"
                FileHandle.standardError.write(Data("\(clear)wikiconv: \(error)\(note)\n".utf8))
                last = progress
            }
            if let last { bar.update(done: last.compressedBytes, total: last.totalCompressedBytes, pages: last.pages) }
        }
        return (counts.pages, counts.skipped)
    }
}
