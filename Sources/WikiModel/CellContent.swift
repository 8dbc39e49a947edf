/// What a table cell says, shared by every copy of the cell (see ``Cell``). Immutable: a
/// change makes a new content (``with(_:)``), so sharing is always safe.
///
/// Text and raw wikitext are ``CellString``s: usually byte ranges of the page `source` the
/// content keeps (one shared array for the whole page), read as strings on demand;
/// ``withText(_:)`` and ``withRaw(_:)`` give the bytes without making a string.
public final class CellContent: Sendable {
    /// The page source that `.source` strings point into (empty when both are strings of their own).
    @usableFromInline let source: [UInt8]
    /// Where the text and the raw wikitext live.
    @usableFromInline let textStorage: CellString, rawStorage: CellString

    /// The cell rendered to plain text, footnotes removed.
    public var text: String { textStorage.string(source) }
    /// The cell's content wikitext as written (attributes excluded).
    public var raw: String { rawStorage.string(source) }
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
    public convenience init(text: String, raw: String, header: Bool = false, line: Int,
                            attributes: OrderedPairs<String> = OrderedPairs(), styleParty: String? = nil,
                            links: [Link] = [], value: Value = Value(kind: .text), notes: [Note] = []) {
        self.init(source: [], text: .own(text), raw: .own(raw), header: header, line: line, attributes: attributes,
                  styleParty: styleParty, links: links, value: value, notes: notes)
    }

    /// Creates a content whose text and raw wikitext may be ranges of `source` (the page).
    public init(source: [UInt8], text: CellString, raw: CellString, header: Bool = false, line: Int,
                attributes: OrderedPairs<String> = OrderedPairs(), styleParty: String? = nil,
                links: [Link] = [], value: Value = Value(kind: .text), notes: [Note] = []) {
        self.source = source
        textStorage = text
        rawStorage = raw
        self.header = header
        self.line = line
        self.attributes = attributes
        self.styleParty = styleParty
        self.links = links
        self.value = value
        self.notes = notes
    }

    /// Calls `body` with the text's UTF-8 bytes (no string is made for a source range).
    @inlinable
    public func withText<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try textStorage.withBytes(source, body)
    }

    /// Calls `body` with the raw wikitext's UTF-8 bytes (no string is made for a source range).
    @inlinable
    public func withRaw<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try rawStorage.withBytes(source, body)
    }

    /// True when the text is empty (no string made).
    public var isTextEmpty: Bool { textStorage.byteCount(source) == 0 }

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
        return header == other.header && line == other.line && sameBytes(textStorage, other, other.textStorage)
            && sameBytes(rawStorage, other, other.rawStorage)
            && value.kind == other.value.kind && value.status == other.value.status
            && same(value.number, other.value.number) && same(value.low, other.value.low)
            && same(value.high, other.value.high) && value.unit == other.value.unit && value.iso == other.value.iso
            && styleParty == other.styleParty && attributes == other.attributes && links == other.links
            && notes == other.notes
    }

    /// True when this content's `mine` and `other`'s `theirs` hold the same bytes.
    private func sameBytes(_ mine: CellString, _ other: CellContent, _ theirs: CellString) -> Bool {
        mine.withBytes(source) { a in theirs.withBytes(other.source) { b in CellString.sameBytes(a, b) } }
    }
}
