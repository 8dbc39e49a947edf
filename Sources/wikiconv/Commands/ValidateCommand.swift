import ArgumentParser
import Foundation
import PCRE2
import WikiCheck
import WikiDump
import WikiExport
import WikiExtract
import WikiModel
import Wikitext

/// `wikiconv validate INPUT…`: what does not add up in the articles, one finding a line.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check tables, infoboxes and election results for numbers that do not add up.",
        discussion: """
            Prints one finding a line: FILE:LINE: SEVERITY RULE: MESSAGE (expected X, got Y).
            For a page of a dump, FILE is DUMP[Page title]. A summary goes to stderr.
            Exit status: 0 when no finding reaches --fail-on (error by default), 1 when one does,
            2 when an input cannot be read.
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
        /// GitHub Actions workflow commands (`::error file=F,line=L,title=RULE::MESSAGE`): the
        /// findings show as annotations on the files of a pull request.
        case github
    }

    enum Threshold: String, ExpressibleByArgument, CaseIterable {
        case error, warning, info

        var severity: Finding.Severity {
            switch self {
            case .error: .error
            case .warning: .warning
            case .info: .info
            }
        }
    }

    @Argument(help: "A .wikitext file, a folder of them, or a MediaWiki XML dump (.xml, .xml.bz2, -).")
    var inputs: [String] = []

    @Option(help: "text (one finding a line), json (an array of findings) or github (GitHub Actions annotations).")
    var format: OutputFormat = .text

    @Option(name: .customLong("fail-on"), help: "Exit with status 1 when a finding is at least this severe: error, warning or info.")
    var failOn: Threshold = .error

    @Option(help: "Comma-separated rule ids to run (default: all; see --list-rules).")
    var rules: String?

    @Flag(help: "List the rules and exit.")
    var listRules = false

    @OptionGroup var numbers: LanguageOption

    @Option(help: "Dumps: only pages whose title matches this PCRE2 pattern.")
    var title: String?

    @Option(help: "Dumps: stop after this many pages.")
    var limit: Int?

    @Flag(help: ArgumentHelp("Print to stderr the time spent parsing and extracting against checking.", visibility: .hidden))
    var timing = false

    func run() throws {
        if listRules {
            for rule in Checker.rules { print("\(rule.id): \(rule.summary)") }
            return
        }
        guard !inputs.isEmpty else { throw ValidationError("Give at least one .wikitext file, folder or dump.") }
        var report = ValidationReport(format: format)
        do {
            let selected = try selectedRules()
            let files = try SourceFiles.expand(inputs.filter { !DumpDetection.isDump($0) })
            let clock = ContinuousClock()
            var extracting = Duration.zero, checking = Duration.zero
            for file in files where !DumpDetection.isDump(file) {
                let (bytes, problem) = SourceText.checked(try SourceFiles.read(file))
                if let problem {
                    FileInput.report(problem.report(file: file), overBar: false)
                    if problem.skips { continue }
                }
                let start = clock.now
                let document = WikitextDocument(parsing: bytes)
                let name = (file as NSString).lastPathComponent
                let article = ArticleBuilder.build(title: ArticleBuilder.title(forFileName: name),
                                                   source: Source(path: file), document: document, numbers: numbers.forFiles)
                let built = clock.now
                let findings = Checker.check(article, rules: selected)
                extracting += built - start
                checking += clock.now - built
                report.add(findings, title: article.title, place: .file(file))
            }
            if timing {
                let share = extracting > .zero ? checking / extracting * 100 : 0
                FileHandle.standardError.write(Data(("wikiconv: parse + extract \(extracting), checks \(checking) "
                    + "(\(String(format: "%.2f", share))% of extraction) over \(files.count) files\n").utf8))
            }
            for input in inputs where DumpDetection.isDump(input) {
                try validateDump(input, rules: selected, into: &report)
            }
        } catch {
            report.finish()
            exitWithError(error)
        }
        report.finish()
        FileHandle.standardError.write(Data("wikiconv: \(report.summary)\n".utf8))
        if report.worst.map({ $0 <= failOn.severity }) ?? false { throw ExitCode(1) }
    }

    private func validateDump(_ path: String, rules: [any Rule], into report: inout ValidationReport) throws {
        var options = DumpOptions()
        options.limit = limit
        if let title {
            let regex = try Regex(title)
            options.titleFilter = { regex.isMatch($0) }
        }
        let reader = try DumpReader(path: path, options: options)
        let convention = numbers.forDump(path)
        while true {
            let page: DumpPage
            do {
                guard let next = try reader.next() else { break }
                page = next
            } catch let error as DumpError where error.isRecoverable {
                FileHandle.standardError.write(Data("wikiconv: \(error) (skipped)\n".utf8))
                continue
            }
            let (text, problem) = SourceText.checked(page.text)
            if let problem {
                FileInput.report(problem.message(dump: path, title: page.title, id: page.id) + (problem.skips ? "; skipped" : ""),
                                 overBar: false)
                if problem.skips { continue }
            }
            let article = ArticleBuilder.build(title: page.title, source: Source(path: path, pageId: page.id, revisionId: page.revisionID),
                                               document: WikitextDocument(parsing: text), numbers: convention)
            // Lists of links with no figures: skipped, as `convert` skips them by default.
            if Disambiguation.isDisambiguation(templatesSeen: article.templatesSeen, text: text) { continue }
            report.add(Checker.check(article, rules: rules), title: page.title, place: .dumpPage(path, title: page.title))
        }
    }

    private func selectedRules() throws -> [any Rule] {
        guard let rules else { return Checker.rules }
        return try rules.split(separator: ",").map { word in
            let id = word.trimmingCharacters(in: .whitespaces)
            guard let rule = Checker.rule(id) else {
                throw CLIError("unknown rule '\(id)': use \(Checker.rules.map(\.id).joined(separator: ", "))")
            }
            return rule
        }
    }
}
