import Wikitext

/// Templates that stand on a table row's own line and write its cells, as MediaWiki expands
/// them before it splits the row: `{{Canadian party colour|CA|Liberal|row-name}}` writes a
/// colour cell and the party's name cell (`row` the colour cell alone), on Canada's election
/// summary tables under `! colspan=2 | Party`. Read as nothing, every cell after them moved two
/// columns left, under the wrong headers.
enum RowCellTemplates {
    /// The cells template `id` writes: the party its colour cell names, and the node of the
    /// name a second cell shows (nil for `row`); nil for any other template.
    static func cells(_ id: Int32, in document: WikitextDocument) -> (party: String, name: Node?)? {
        guard mayWriteCells(id, document), let template = Template(document.node(id)),
              PartyTemplates.canadianNames.contains(template.normalizedName.lowercased()),
              let option = template.parameter("3").map({ trimmed($0.rawValue).lowercased() }),
              option == "row" || option == "row-name" else { return nil }
        let party = template.parameter("2")
        return (party.map { trimmed($0.rawValue) } ?? "", option == "row-name" ? party?.value : nil)
    }

    /// A byte check before any string is made: the name starts with `canadian` (any case).
    /// Row-level templates are common (`{{sort}}` rows, styling), these are few.
    private static func mayWriteCells(_ id: Int32, _ document: WikitextDocument) -> Bool {
        let name = document.firstChild(of: id)
        guard name >= 0, document.kind(of: name) == .templateName else { return false }
        let range = document.range(of: name)
        return document.source.withUnsafeBufferPointer { source in
            var i = range.lowerBound
            while i < range.upperBound, source[i] == 0x20 || source[i] == 0x0A || source[i] == 0x09 { i += 1 }
            let word: StaticString = "canadian"
            guard range.upperBound - i >= word.utf8CodeUnitCount else { return false }
            for k in 0..<word.utf8CodeUnitCount where source[i + k] | 0x20 != word.utf8Start[k] { return false }
            return true
        }
    }

    private static func trimmed(_ text: String) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
