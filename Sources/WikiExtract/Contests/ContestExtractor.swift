import Glibc
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
        // By node id: of the page's many templates only a few are election templates, and
        // most pages have none, which one scan of the source bytes tells.
        for id in electionTemplateCandidates(doc) where mayBeElectionTemplate(id, doc) {
            guard let kind = ElectionTemplateKind(id, in: doc) else { continue }
            let fields = TemplateFields(id, in: doc, renderer: renderer)
            let section = sections.innermostTitle(at: doc.range(of: id).lowerBound)
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
        electionTemplateCandidates(doc).filter { mayBeElectionTemplate($0, doc) && ElectionTemplateKind($0, in: doc) != nil }.count
    }

    /// The page's templates, or none when no template name can start with "election".
    static func electionTemplateCandidates(_ doc: WikitextDocument) -> [Int32] {
        mayHaveElectionTemplate(doc.source) ? doc.ids(of: .template) : []
    }

    /// True when some `{` is followed, after blanks, by "election" (any case). A template's
    /// name starts right after its opening braces, so every name `mayBeElectionTemplate`
    /// accepts has such a `{` before it; `memchr` finds the few `{` of a page fast.
    static func mayHaveElectionTemplate(_ source: [UInt8]) -> Bool {
        source.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return false }
            let word: StaticString = "election"
            var from = 0
            while from < bytes.count, let hit = memchr(base + from, 0x7B, bytes.count - from) {
                var i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
                while i < bytes.count && bytes[i] == 0x7B { i += 1 }  // `{{`: one search, not two
                from = i
                while i < bytes.count && (bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x09) { i += 1 }
                guard bytes.count - i >= word.utf8CodeUnitCount else { continue }
                var k = 0
                while k < word.utf8CodeUnitCount && bytes[i + k] | 0x20 == word.utf8Start[k] { k += 1 }
                if k == word.utf8CodeUnitCount { return true }
            }
            return false
        }
    }

    /// A byte check before any string is built: the name starts with "election" (any case).
    static func mayBeElectionTemplate(_ id: Int32, _ doc: WikitextDocument) -> Bool {
        let name = doc.firstChild(of: id)
        guard name >= 0, doc.kind(of: name) == .templateName else { return false }
        let range = doc.range(of: name)
        return doc.source.withUnsafeBufferPointer { source in
            var i = range.lowerBound
            while i < range.upperBound && (source[i] == 0x20 || source[i] == 0x0A || source[i] == 0x09) { i += 1 }
            let word: StaticString = "election"
            guard range.upperBound - i >= word.utf8CodeUnitCount else { return false }
            for k in 0..<word.utf8CodeUnitCount where source[i + k] | 0x20 != word.utf8Start[k] { return false }
            return true
        }
    }
}
