import Wikitext
import WikiModel
import WikiValues

/// Builds the data model of one page: infoboxes, tables, contests and the template census.
public enum ArticleBuilder {
    /// The parts of an article that can be extracted (`--only`).
    public enum Part: String, CaseIterable, Sendable {
        case infoboxes, tables, contests
    }

    /// Extracts the selected parts of a parsed page.
    ///
    /// Text that reads as written keeps pointing at the page's bytes, and the exporters copy
    /// those bytes as they are: parse well-formed UTF-8 (the command line reads ill-formed
    /// sequences as U+FFFD before parsing, and says where). Numbers are read the way `numbers`
    /// says the wiki writes them (`1.234,5` on a decimal-comma wiki); by default, as the caller's
    /// `NumberConvention.current`.
    public static func build(title: String, source: Source, document: WikitextDocument,
                             parts: Set<Part> = Set(Part.allCases),
                             numbers: NumberConvention = NumberConvention.current) -> Article {
        guard numbers == NumberConvention.current else {
            return NumberConvention.$current.withValue(numbers) {
                build(title: title, source: source, document: document, parts: parts, numbers: numbers)
            }
        }
        let infoboxes = parts.contains(.infoboxes) ? InfoboxExtractor.extract(document) : []
        let tables = parts.contains(.tables) ? TableExtractor.extract(document) : []
        var contests = parts.contains(.contests) ? ContestExtractor.extract(document, tables: parts.contains(.tables) ? tables : nil) : []
        if parts.contains(.contests) {
            let election = parts.contains(.infoboxes) ? infoboxes : InfoboxExtractor.extract(document)
            contests = (ContestExtractor.infoboxContests(election) + contests).sorted { $0.line < $1.line }
        }
        return Article(title: title, source: source, infoboxes: infoboxes, tables: tables, contests: contests,
                       findings: [], templatesSeen: TemplateCensus.count(document))
    }

    /// The title of a page stored as `Some_title.wikitext` (also `.fragment.wikitext`).
    public static func title(forFileName name: String) -> String {
        var base = name
        for suffix in [".wikitext", ".fragment", ".expanded"] where base.hasSuffix(suffix) {
            base = String(base.dropLast(suffix.count))
        }
        return String(base.map { $0 == "_" ? " " : $0 })
    }
}
