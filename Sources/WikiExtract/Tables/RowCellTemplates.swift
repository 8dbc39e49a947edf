import Wikitext

/// Templates that stand on a table row's own line and write its cells, as MediaWiki expands
/// them before it splits the row: `{{Canadian party colour|CA|Liberal|row-name}}` writes a
/// colour cell and the party's name cell (`row` the colour cell alone), on Canada's election
/// summary tables under `! colspan=2 | Party`. Read as nothing, every cell after them moved two
/// columns left, under the wrong headers.
enum RowCellTemplates {
    /// The cells template `id` writes: the party its colour cell names, and the node of the
    /// name a second cell shows (nil for `row`); nil for any other template. The name is
    /// looked up and the arguments read as the renderer reads them (`PartyTemplates.canadian`).
    static func cells(_ id: Int32, in document: WikitextDocument) -> (party: String, name: Node?)? {
        var name: [UInt8] = []
        TemplateName.normalizedBytes(of: id, in: document, into: &name)
        guard let match = TemplateRegistry.match(name[...]), PartyTemplates.canadianNames.contains(match.key) else { return nil }
        let call = TemplateCall(document: document, id: id, key: match.key, subpage: match.subpage)
        let (party, option) = PartyTemplates.canadian(call)
        guard option == "row" || option == "row-name" else { return nil }
        return (party, option == "row-name" ? call.argument(2) : nil)
    }
}
