import Wikitext
import WikiModel

/// Election results of a page as contests: `{{Election results}}`, the `{{Election box …}}`
/// and `{{Election summary …}}` families, and results wikitables. Templates inside comments
/// are comment text, so a box commented out with `<!-- -->` is not read.
public enum ContestExtractor {
    /// Every contest of the page, in document order. Pass the page's `tables` when they are
    /// already extracted; without them the tables are extracted here.
    public static func extract(_ doc: WikitextDocument, tables: [Table]? = nil) -> [Contest] {
        var boxes = ElectionBoxBuilder()
        var results: [Contest] = []
        let sections = SectionIndex(doc)
        for node in doc.nodes(of: .template) where mayBeElectionTemplate(node) {
            guard let template = Template(node), let kind = ElectionTemplateKind(template) else { continue }
            let fields = TemplateFields(template)
            let section = sections.innermostTitle(at: node.range.lowerBound)
            if kind == .results {
                results.append(ElectionResultsContest.contest(fields, section: section))
            } else {
                boxes.add(kind, fields, section: section)
            }
        }
        boxes.close()
        let fromTables = ResultsTableContest.contests(tables ?? TableExtractor.extract(doc), besides: results)
        var all = results + boxes.contests + fromTables
        all.sort { $0.line < $1.line }
        return all
    }

    /// How many election templates of the families the page has (for coverage checks).
    public static func countElectionTemplates(_ doc: WikitextDocument) -> Int {
        doc.nodes(of: .template).filter {
            mayBeElectionTemplate($0) && Template($0).flatMap(ElectionTemplateKind.init) != nil
        }.count
    }

    /// A byte check before any string is built: the name starts with "election" (any case).
    static func mayBeElectionTemplate(_ node: Node) -> Bool {
        guard let name = node.children.first(where: { _ in true }), name.kind == .templateName else { return false }
        let source = node.document.source
        var i = name.range.lowerBound
        while i < name.range.upperBound && (source[i] == 0x20 || source[i] == 0x0A || source[i] == 0x09) { i += 1 }
        let word = Array("election".utf8)
        guard name.range.upperBound - i >= word.count else { return false }
        for k in 0..<word.count where source[i + k] | 0x20 != word[k] { return false }
        return true
    }
}
