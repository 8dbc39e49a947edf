/// What a table cell says, shared by every copy of the cell (see ``Cell``): a view of one
/// record of a ``CellStore`` (usually the store of the cell's table). Immutable: a change makes
/// a new content (``with(_:)``) in a store of its own, so sharing is always safe.
///
/// Text and raw wikitext are usually byte ranges of the page source the store keeps, read as
/// strings on demand; ``withText(_:)`` and ``withRaw(_:)`` give the bytes without making a string.
public struct CellContent: Sendable {
    /// The store holding the cell.
    @usableFromInline let store: CellStore
    /// The cell's record in `store`.
    @usableFromInline let index: Int

    /// The content of cell `index` of `store`.
    public init(_ store: CellStore, _ index: Int) {
        precondition(index >= 0 && index < store.count, "cell index out of the store")
        self.store = store
        self.index = index
    }

    /// The content of cell `index` of `store`, the index known to be in range (a table's
    /// stored cells, checked when the table was made).
    @inlinable
    init(unchecked store: CellStore, _ index: Int) {
        self.store = store
        self.index = index
    }

    /// Creates a content in a store of its own.
    public init(text: String, raw: String, header: Bool = false, line: Int,
                attributes: OrderedPairs<String> = OrderedPairs(), styleParty: String? = nil,
                links: [Link] = [], value: Value = Value(kind: .text), notes: [Note] = []) {
        var builder = CellStore.Builder(source: [])
        builder.append(text: .own(text), raw: .own(raw), header: header, line: line, attributes: attributes,
                       styleParty: styleParty, links: links, value: value, notes: notes)
        self.init(CellStore(builder), 0)
    }

    @inlinable var record: CellStore.Record { store.records[index] }
    /// The cell's index in the store's extras, or -1 when it has none.
    @inlinable var extras: Int { Int(store.records[index].extras) }

    /// The cell rendered to plain text, footnotes removed.
    public var text: String { store.string(record.text) }
    /// The cell's content wikitext as written (attributes excluded).
    public var raw: String { store.string(record.raw) }
    /// True for a header cell (written with `!`).
    @inlinable public var header: Bool { record.header }
    /// The 1-based line where the cell starts.
    @inlinable public var line: Int { Int(record.line) }
    /// The cell's attributes in source order (junk kept as a key with an empty value).
    @inlinable public var attributes: OrderedPairs<String> {
        let r = record
        if r.attributeEnd > r.attributeStart { return store.sourceAttributes(r) }  // strings made now
        return r.extras < 0 ? OrderedPairs() : store.extras[Int(r.extras)].attributes
    }
    /// The party a `{{party color|…}}`-style background names, or nil.
    @inlinable public var styleParty: String? { let e = extras; return e < 0 ? nil : store.extras[e].styleParty }
    /// Wikilinks in the cell, in order (their strings made on each read; ``forEachLink(_:)``
    /// gives the bytes).
    @inlinable public var links: [Link] { hasLinks ? store.links(index) : [] }
    /// True when the cell has at least one link (no strings made).
    @inlinable public var hasLinks: Bool { record.numbers & CellStore.Record.hasLinks != 0 }
    /// True when the cell has attributes, a `styleParty`, links or notes (most cells have none,
    /// and writers then skip asking for each).
    @inlinable public var hasExtras: Bool {
        let r = record
        return r.extras >= 0 || r.attributeEnd > r.attributeStart || r.numbers & CellStore.Record.hasLinks != 0
    }
    /// The typed value parsed from `text`.
    public var value: Value {
        let v = valueScalars
        return Value(kind: v.kind, status: v.status, number: v.number, low: v.low, high: v.high,
                     unit: v.hasStrings ? valueUnit : nil, iso: v.hasStrings ? valueISO : nil)
    }
    /// Footnotes taken out of the cell.
    @inlinable public var notes: [Note] { let e = extras; return e < 0 ? [] : store.extras[e].notes }

    /// The members of ``value`` other than its strings, read from the record without making a
    /// ``Value`` (writers read these for every cell); `hasStrings` tells whether ``valueUnit``
    /// or ``valueISO`` may be set. Always inlined: as a call it returned its optionals through
    /// memory, and its one hot caller reads each member once.
    @inlinable
    public var valueScalars: (kind: Value.Kind, status: Value.Status?, number: Double?, low: Double?, high: Double?,
                              hasStrings: Bool) {
        @inline(__always) get {
            let r = record
            return (r.kind, r.status, r.numbers & CellStore.Record.hasNumber != 0 ? r.number : nil,
                    r.numbers & CellStore.Record.hasLow != 0 ? r.low : nil,
                    r.numbers & CellStore.Record.hasHigh != 0 ? r.high : nil, r.unit >= 0 || r.iso >= 0)
        }
    }
    /// ``value``'s unit, without making the rest of it.
    @inlinable public var valueUnit: String? { let u = record.unit; return u < 0 ? nil : store.strings[Int(u)] }
    /// ``value``'s ISO form, without making the rest of it.
    @inlinable public var valueISO: String? { let i = record.iso; return i < 0 ? nil : store.strings[Int(i)] }

    /// When the attributes are kept as a range of the page source, calls `body` with the name
    /// (as written, not lower-cased) and value bytes of each, in order, by the rules of
    /// ``AttributeSyntax``, and returns true; returns false, calling nothing, when they are not
    /// (no attributes, or strings in the extras). Lets a writer copy them without the strings
    /// ``attributes`` makes.
    public func forEachSourceAttribute(_ body: (_ name: UnsafeBufferPointer<UInt8>,
                                                _ value: UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        let r = record
        guard r.attributeEnd > r.attributeStart else { return false }
        store.source.withUnsafeBufferPointer {
            let b = UnsafeBufferPointer(rebasing: $0[Int(r.attributeStart)..<Int(r.attributeEnd)])
            AttributeSyntax.scan(b) { body(UnsafeBufferPointer(rebasing: b[$0]), UnsafeBufferPointer(rebasing: b[$1])) }
        }
        return true
    }

    /// Calls `body` with the UTF-8 bytes of each link's target and shown text, in order (no
    /// string is made).
    @inlinable
    public func forEachLink(_ body: (_ target: UnsafeBufferPointer<UInt8>, _ text: UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        if hasLinks { try store.forEachLink(index, body) }
    }

    /// Calls `body` with the text's UTF-8 bytes (no string is made).
    @inlinable
    public func withText<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try store.withBytes(record.text, body)
    }

    /// Calls `body` with the raw wikitext's UTF-8 bytes (no string is made).
    @inlinable
    public func withRaw<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try store.withBytes(record.raw, body)
    }

    /// True when the text is empty (no string made).
    @inlinable public var isTextEmpty: Bool { record.text.start == record.text.end }

    /// True when both are the very same record (copies of one cell), without comparing members.
    @inlinable
    public func isShared(with other: CellContent) -> Bool {
        store === other.store && index == other.index
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

    /// Member-wise equality; the same record is equal without looking. NaN numbers count as
    /// equal to NaN, so a cell always equals itself read back.
    func equals(_ other: CellContent) -> Bool {
        if isShared(with: other) { return true }
        func same(_ x: Double?, _ y: Double?) -> Bool { x == y || (x?.isNaN == true && y?.isNaN == true) }
        let v = value, w = other.value
        return header == other.header && line == other.line
            && withText { a in other.withText { b in CellString.sameBytes(a, b) } }
            && withRaw { a in other.withRaw { b in CellString.sameBytes(a, b) } }
            && v.kind == w.kind && v.status == w.status && same(v.number, w.number) && same(v.low, w.low)
            && same(v.high, w.high) && v.unit == w.unit && v.iso == w.iso
            && styleParty == other.styleParty && attributes == other.attributes && links == other.links
            && notes == other.notes
    }
}
