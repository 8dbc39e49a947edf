import Foundation
import WikiExport
import WikiModel

/// Writes `validate`'s findings as they come (text lines, the elements of one JSON array, or
/// GitHub Actions annotations) and counts them.
struct ValidationReport {
    let format: ValidateCommand.OutputFormat
    private(set) var counts: [Finding.Severity: Int] = [:]
    private(set) var articles = 0
    private var written = 0
    private var out = FileHandle.standardOutput

    init(format: ValidateCommand.OutputFormat) {
        self.format = format
        if format == .json { out.write(Data("[".utf8)) }
    }

    /// The most severe finding so far, or nil.
    var worst: Finding.Severity? { Finding.Severity.allCases.first { counts[$0, default: 0] > 0 } }

    /// `3 errors, 5 warnings, 1 info in 39 articles`.
    var summary: String {
        let parts = [(Finding.Severity.error, "error"), (.warning, "warning"), (.info, "info")].map { severity, word in
            let n = counts[severity, default: 0]
            return "\(n) \(word)\(n == 1 || word == "info" ? "" : "s")"
        }
        return parts.joined(separator: ", ") + " in \(articles) article\(articles == 1 ? "" : "s")"
    }

    /// Where an article comes from: a file, or a page of a dump.
    enum Place {
        case file(String)
        case dumpPage(String, title: String)

        /// `FILE`, or `DUMP[Page title]`.
        var name: String {
            switch self {
            case .file(let path): path
            case .dumpPage(let dump, let title): "\(dump)[\(title)]"
            }
        }
    }

    /// Writes the findings of one article.
    mutating func add(_ findings: [Finding], title: String, place: Place) {
        articles += 1
        for finding in findings {
            counts[finding.severity, default: 0] += 1
            switch format {
            case .text: out.write(Data((Self.line(finding, place: place.name) + "\n").utf8))
            case .json: out.write(Data(((written == 0 ? "\n" : ",\n") + ArticleJSON.encode(finding, title: title)).utf8))
            case .github: out.write(Data((GitHubAnnotation.line(finding, place: place) + "\n").utf8))
            }
            written += 1
        }
    }

    /// Closes the JSON array.
    mutating func finish() {
        if format == .json { out.write(Data((written == 0 ? "]\n" : "\n]\n").utf8)) }
    }

    /// `FILE:LINE: SEVERITY RULE: MESSAGE (expected X, got Y)`.
    static func line(_ finding: Finding, place: String) -> String {
        "\(place):\(finding.location.line.map(String.init) ?? "?"): \(finding.severity.rawValue) \(finding.rule): " + message(finding)
    }

    /// `MESSAGE (expected X, got Y)`.
    static func message(_ finding: Finding) -> String {
        var text = finding.message
        switch (finding.expected, finding.actual) {
        case let (expected?, actual?): text += " (expected \(expected), got \(actual))"
        case let (expected?, nil): text += " (expected \(expected))"
        case let (nil, actual?): text += " (got \(actual))"
        case (nil, nil): break
        }
        return text
    }
}
