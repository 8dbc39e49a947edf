import Wikitext
import WikiModel

/// Election results of a page as contests: `{{Election results}}`, the `{{Election box …}}`
/// and `{{Election summary …}}` families. Templates inside comments are comment text, so a
/// box commented out with `<!-- -->` is not read.
public enum ContestExtractor {
    /// Every contest of the page, in document order.
    public static func extract(_ doc: WikitextDocument) -> [Contest] {
        var boxes = ElectionBoxBuilder()
        var ordered: [(Int, Contest)] = []
        for node in doc.root.descendants where node.kind == .template {
            guard let template = Template(node), let kind = ElectionTemplateKind(template) else { continue }
            let fields = TemplateFields(template)
            let section = doc.sectionPath(at: node.range.lowerBound).last
            if kind == .results {
                ordered.append((node.range.lowerBound, ElectionResultsContest.contest(fields, section: section)))
            } else {
                boxes.add(kind, fields, section: section)
            }
        }
        boxes.close()
        var all = ordered.map(\.1) + boxes.contests
        all.sort { $0.line < $1.line }
        return all
    }

    /// How many election templates of the families were read into contests (for coverage).
    public static func countElectionTemplates(_ doc: WikitextDocument) -> Int {
        doc.root.descendants.filter { $0.kind == .template && Template($0).flatMap(ElectionTemplateKind.init) != nil }.count
    }
}
