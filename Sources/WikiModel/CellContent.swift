/// What a table cell says, shared by every copy of the cell (see ``Cell``). Immutable: a
/// change makes a new content (``with(_:)``), so sharing is always safe.
public final class CellContent: Sendable {
    /// The cell rendered to plain text, footnotes removed.
    public let text: String
    /// The cell's content wikitext as written (attributes excluded).
    public let raw: String
    /// True for a header cell (written with `!`).
    public let header: Bool
    /// The 1-based line where the cell starts.
    public let line: Int
    /// The cell's attributes in source order (junk kept as a key with an empty value).
    public let attributes: OrderedPairs<String>
    /// The party a `{{party color|…}}`-style background names, or nil.
    public let styleParty: String?
    /// Wikilinks in the cell, in order.
    public let links: [Link]
    /// The typed value parsed from `text`.
    public let value: Value
    /// Footnotes taken out of the cell.
    public let notes: [Note]

    /// Creates a content.
    public init(text: String, raw: String, header: Bool = false, line: Int,
                attributes: OrderedPairs<String> = OrderedPairs(), styleParty: String? = nil,
                links: [Link] = [], value: Value = Value(kind: .text), notes: [Note] = []) {
        self.text = text
        self.raw = raw
        self.header = header
        self.line = line
        self.attributes = attributes
        self.styleParty = styleParty
        self.links = links
        self.value = value
        self.notes = notes
    }

    /// The members as one mutable value, for ``with(_:)`` and ``Cell/update(_:)``.
    public struct Fields {
        public var text: String, raw: String, header: Bool, line: Int, attributes: OrderedPairs<String>
        public var styleParty: String?, links: [Link], value: Value, notes: [Note]
    }

    /// A new content equal to this one but for what `change` sets.
    func with(_ change: (inout Fields) -> Void) -> CellContent {
        var f = Fields(text: text, raw: raw, header: header, line: line, attributes: attributes,
                       styleParty: styleParty, links: links, value: value, notes: notes)
        change(&f)
        return CellContent(text: f.text, raw: f.raw, header: f.header, line: f.line, attributes: f.attributes,
                           styleParty: f.styleParty, links: f.links, value: f.value, notes: f.notes)
    }

    /// Member-wise equality; the same object is equal without looking. NaN numbers count as
    /// equal to NaN, so a cell always equals itself read back.
    func equals(_ other: CellContent) -> Bool {
        if self === other { return true }
        func same(_ x: Double?, _ y: Double?) -> Bool { x == y || (x?.isNaN == true && y?.isNaN == true) }
        return header == other.header && line == other.line && text == other.text && raw == other.raw
            && value.kind == other.value.kind && value.status == other.value.status
            && same(value.number, other.value.number) && same(value.low, other.value.low)
            && same(value.high, other.value.high) && value.unit == other.value.unit && value.iso == other.value.iso
            && styleParty == other.styleParty && attributes == other.attributes && links == other.links
            && notes == other.notes
    }
}
