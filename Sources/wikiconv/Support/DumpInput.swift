import Foundation
import PCRE2
import WikiDump
import WikiExport
import WikiExtract
import WikiModel
import Wikitext

/// Converting a MediaWiki XML dump (`.xml`, `.xml.bz2`, multistream, or `-` for stdin).
enum DumpInput {
    struct Settings {
        var namespaces: Set<Int>? = [0]
        var skipRedirects = true
        var limit: Int?
        var titlePattern: String?
        var template: String?
        var jobs = DumpOptions.cores
        var parts: Set<ArticleBuilder.Part> = Set(ArticleBuilder.Part.allCases)
    }

    /// Streams the dump's pages into `sinks`. Pages read before an error are kept; a damaged
    /// page is reported and skipped; a damaged stream ends the run with the error.
    static func convert(_ path: String, settings: Settings, into sinks: ExportSet) throws -> (pages: Int, skipped: Int) {
        var options = DumpOptions()
        options.namespaces = settings.namespaces
        options.skipRedirects = settings.skipRedirects
        options.limit = settings.limit
        options.jobs = settings.jobs
        if let pattern = settings.titlePattern {
            let regex = try Regex(pattern)
            options.titleFilter = { regex.isMatch($0) }
        }
        if let template = settings.template { options.textFilter = DumpFilter.usesTemplate(template) }
        let reader = try DumpReader(path: path, options: options)
        var bar = ProgressBar()
        var pages = 0, skipped = 0
        while true {
            let page: DumpPage
            do {
                guard let next = try reader.next() else { break }
                page = next
            } catch let error as DumpError where error.isRecoverable {
                skipped += 1
                FileHandle.standardError.write(Data("wikiconv: \(error) (skipped)\n".utf8))
                continue
            }
            let document = WikitextDocument(parsing: page.text)
            // The byte prefilter is cheap but loose; the tree decides.
            if let template = settings.template, !document.usesTemplate(named: template) { continue }
            let source = Source(path: path, pageId: page.id, revisionId: page.revisionID)
            try sinks.write(ArticleBuilder.build(title: page.title, source: source, document: document, parts: settings.parts))
            pages += 1
            let progress = reader.progress
            bar.update(done: progress.compressedBytes, total: progress.totalCompressedBytes, pages: progress.pages)
        }
        let progress = reader.progress
        bar.update(done: progress.compressedBytes, total: progress.totalCompressedBytes, pages: progress.pages, force: true)
        bar.finish()
        return (pages, skipped)
    }
}
