import WikiModel

/// A finding as a GitHub Actions workflow command, which the Actions runner shows as an
/// annotation on the file and line (`::error file=F,line=L,title=RULE::MESSAGE`).
///
/// Errors are `error`, warnings `warning` and infos `notice`. A page of a dump is annotated on
/// the dump file, without a line (its lines are the page's, not the file's), the page's title
/// leading the message.
enum GitHubAnnotation {
    static func line(_ finding: Finding, place: ValidationReport.Place) -> String {
        let command: String
        switch finding.severity {
        case .error: command = "error"
        case .warning: command = "warning"
        case .info: command = "notice"
        }
        var properties: [String] = []
        var message = ValidationReport.message(finding)
        switch place {
        case .file(let path):
            properties.append("file=" + escapeProperty(path))
            if let line = finding.location.line { properties.append("line=\(line)") }
        case .dumpPage(let dump, let title):
            properties.append("file=" + escapeProperty(dump))
            message = "[\(title)" + (finding.location.line.map { " line \($0)" } ?? "") + "] " + message
        }
        properties.append("title=" + escapeProperty(finding.rule))
        return "::\(command) \(properties.joined(separator: ","))::\(escapeData(message))"
    }

    /// The runner's escaping of a message: `%`, CR and LF.
    static func escapeData(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// The runner's escaping of a property value: the message's, plus `:` and `,`.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
