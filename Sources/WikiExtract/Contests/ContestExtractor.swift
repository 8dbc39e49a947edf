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
        var sections = ContestSections(doc)
        let renderer = ValueRenderer()
        // By node id: of the page's many templates only a few are election templates, which
        // a byte check of each name finds (the parser lists the templates: no source scan).
        for id in doc.ids(of: .template) where mayBeElectionTemplate(id, doc) {
            guard let kind = ElectionTemplateKind(id, in: doc) else { continue }
            let fields = TemplateFields(id, in: doc, renderer: renderer)
            let section = sections.innermostTitle(at: doc.range(of: id).lowerBound)
            if kind == .results {
                results.append(contentsOf: ElectionResultsContest.contests(fields, section: section))
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
        doc.ids(of: .template).filter { mayBeElectionTemplate($0, doc) && ElectionTemplateKind($0, in: doc) != nil }.count
    }

    /// A byte check before any string is built: the name starts with "election" or "STV
    /// election" (any case, `_` or spaces after `STV`), or "canelec" or "canadian" (the
    /// Canadian boxes).
    static func mayBeElectionTemplate(_ id: Int32, _ doc: WikitextDocument) -> Bool {
        let name = doc.firstChild(of: id)
        guard name >= 0, doc.kind(of: name) == .templateName else { return false }
        let range = doc.range(of: name)
        return doc.source.withUnsafeBufferPointer { source in
            func startsWith(_ word: StaticString, at i: Int) -> Bool {
                guard range.upperBound - i >= word.utf8CodeUnitCount else { return false }
                for k in 0..<word.utf8CodeUnitCount where source[i + k] | 0x20 != word.utf8Start[k] { return false }
                return true
            }
            var i = range.lowerBound
            while i < range.upperBound && (source[i] == 0x20 || source[i] == 0x0A || source[i] == 0x09) { i += 1 }
            if startsWith("canelec", at: i) || startsWith("canadian", at: i) { return true }
            if startsWith("stv", at: i) {
                i += 3
                guard i < range.upperBound, source[i] == 0x20 || source[i] == 0x5F else { return false }
                while i < range.upperBound && (source[i] == 0x20 || source[i] == 0x5F) { i += 1 }
            }
            return startsWith("election", at: i)
        }
    }
}
