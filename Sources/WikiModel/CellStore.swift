/// The contents of a table's cells side by side: one record per cell in one array, texts of
/// their own in one byte buffer, and the rarer members (attributes, links, notes, party) in one
/// array of extras. A ``CellContent`` is a view of one record.
///
/// A table of thousands of cells is then a handful of allocations, made and freed at once,
/// where a class instance per cell cost an allocation, a dozen member releases and a free
/// each. Immutable once built (``Builder``), so sharing it between threads is safe.
public final class CellStore: Sendable {
    /// One cell: where its text and raw wikitext are, its line, header flag, typed value (its
    /// strings in `strings`) and the index of its extras (-1 for none). Plain data, so the
    /// records of a table are freed at once, with no per-cell work.
    @usableFromInline
    struct Record: Sendable {
        @usableFromInline var text: Span
        @usableFromInline var raw: Span
        @usableFromInline var number: Double, low: Double, high: Double
        @usableFromInline var line: Int32
        @usableFromInline var extras: Int32
        /// The source bytes of the cell's attributes, read into strings only when asked for
        /// (empty when the cell has none, or when they are strings in its extras).
        @usableFromInline var attributeStart: Int32, attributeEnd: Int32
        /// Indexes into `strings`, -1 for nil.
        @usableFromInline var unit: Int32, iso: Int32
        @usableFromInline var kind: Value.Kind
        @usableFromInline var status: Value.Status?
        /// Bits 1, 2, 4: `number`, `low`, `high` are set.
        @usableFromInline var numbers: UInt8
        @usableFromInline var header: Bool
    }

    /// Bytes `start..<end` of the page source, or of the store's own buffer when `own`.
    @usableFromInline
    struct Span: Sendable {
        @usableFromInline var start: Int32
        @usableFromInline var end: Int32
        @usableFromInline var own: Bool
    }

    /// The members most cells leave at their default (`attributes` only when they are not a
    /// range of the source: cells made in code or from HTML tags).
    @usableFromInline
    struct Extras: Sendable {
        @usableFromInline var attributes: OrderedPairs<String>
        @usableFromInline var styleParty: String?
        @usableFromInline var links: [Link]
        @usableFromInline var notes: [Note]
    }

    /// The page source that spans point into (shared with the document, not copied).
    @usableFromInline let source: [UInt8]
    /// Texts and raw wikitext that are not ranges of the source, back to back.
    @usableFromInline let own: [UInt8]
    @usableFromInline let records: [Record]
    @usableFromInline let extras: [Extras]
    /// The units and ISO forms of the values.
    @usableFromInline let strings: [String]

    /// Freezes the cells of `builder`.
    public init(_ builder: Builder) {
        assert(_isPOD(Record.self), "records must be plain data")
        source = builder.source
        own = builder.own
        records = builder.records
        extras = builder.extras
        strings = builder.strings
    }

    /// The number of cells.
    public var count: Int { records.count }

    /// Calls `body` with the bytes of `span` (no string is made).
    @inlinable
    func withBytes<R>(_ span: Span, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        // One branch per buffer: `let bytes = span.own ? own : source` would retain and release it.
        if span.own {
            return try own.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[Int(span.start)..<Int(span.end)])) }
        }
        return try source.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[Int(span.start)..<Int(span.end)])) }
    }

    func string(_ span: Span) -> String {
        withBytes(span) { String(decoding: $0, as: UTF8.self) }
    }

    /// The attributes record `r` keeps as a range of the source, made into strings.
    @usableFromInline
    func sourceAttributes(_ r: Record) -> OrderedPairs<String> {
        source.withUnsafeBufferPointer {
            AttributeSyntax.pairs(UnsafeBufferPointer(rebasing: $0[Int(r.attributeStart)..<Int(r.attributeEnd)]))
        }
    }

    /// Collects cells, then ``CellStore/init(_:)`` freezes them.
    public struct Builder {
        let source: [UInt8]
        var own: [UInt8] = []
        var records: [Record] = []
        var extras: [Extras] = []
        var strings: [String] = []

        /// A builder whose `.source` strings are ranges of `source` (the page).
        public init(source: [UInt8]) {
            self.source = source
        }

        /// The number of cells so far.
        public var count: Int { records.count }

        /// Makes room for `cells` cells (a table's records grown by doubling cost more than
        /// counting its cells first).
        public mutating func reserveCapacity(_ cells: Int) {
            records.reserveCapacity(cells)
        }

        /// Adds a cell and returns its index. Its attributes are either `attributes` or
        /// `attributeSource`: a range of the source holding at least one attribute by the rules
        /// of ``AttributeSyntax``, kept as bytes until read (no strings made now).
        @discardableResult
        public mutating func append(text: CellString, raw: CellString, header: Bool = false, line: Int,
                                    attributes: OrderedPairs<String> = OrderedPairs(), attributeSource: Range<Int>? = nil,
                                    styleParty: String? = nil, links: [Link] = [], value: Value = Value(kind: .text),
                                    notes: [Note] = []) -> Int32 {
            return append(text: span(text), raw: span(raw), header: header, line: line, attributes: attributes,
                   attributeSource: attributeSource, styleParty: styleParty, links: links, value: value, notes: notes)
        }

        /// ``append(text:raw:header:line:attributes:attributeSource:styleParty:links:value:notes:)``
        /// for a text given as UTF-8 bytes of its own (copied into the store's buffer), so a
        /// caller holding the bytes makes no string for it.
        @discardableResult
        public mutating func append(ownText: UnsafeBufferPointer<UInt8>, raw: CellString, header: Bool = false, line: Int,
                                    attributes: OrderedPairs<String> = OrderedPairs(), attributeSource: Range<Int>? = nil,
                                    styleParty: String? = nil, links: [Link] = [], value: Value = Value(kind: .text),
                                    notes: [Note] = []) -> Int32 {
            let start = Int32(truncatingIfNeeded: own.count)
            own.append(contentsOf: ownText)
            let text = Span(start: start, end: Int32(truncatingIfNeeded: own.count), own: true)
            return append(text: text, raw: span(raw), header: header, line: line, attributes: attributes,
                          attributeSource: attributeSource, styleParty: styleParty, links: links, value: value, notes: notes)
        }

        private mutating func append(text: Span, raw: Span, header: Bool, line: Int, attributes: OrderedPairs<String>,
                                     attributeSource: Range<Int>?, styleParty: String?, links: [Link], value: Value,
                                     notes: [Note]) -> Int32 {
            assert(attributeSource == nil || attributes.isEmpty, "attributes are strings or a range, not both")
            var extra: Int32 = -1
            if !attributes.isEmpty || styleParty != nil || !links.isEmpty || !notes.isEmpty {
                extra = Int32(extras.count)
                extras.append(Extras(attributes: attributes, styleParty: styleParty, links: links, notes: notes))
            }
            var numbers: UInt8 = 0
            if value.number != nil { numbers |= 1 }
            if value.low != nil { numbers |= 2 }
            if value.high != nil { numbers |= 4 }
            records.append(Record(text: text, raw: raw, number: value.number ?? 0, low: value.low ?? 0,
                                  high: value.high ?? 0, line: Int32(truncatingIfNeeded: line), extras: extra,
                                  attributeStart: Int32(truncatingIfNeeded: attributeSource?.lowerBound ?? 0),
                                  attributeEnd: Int32(truncatingIfNeeded: attributeSource?.upperBound ?? 0),
                                  unit: index(of: value.unit), iso: index(of: value.iso), kind: value.kind,
                                  status: value.status, numbers: numbers, header: header))
            return Int32(records.count - 1)
        }

        private mutating func index(of string: String?) -> Int32 {
            guard let string else { return -1 }
            strings.append(string)
            return Int32(strings.count - 1)
        }

        private mutating func span(_ string: CellString) -> Span {
            switch string {
            case .source(let start, let end):
                return Span(start: start, end: end, own: false)
            case .own(let string):
                let start = Int32(truncatingIfNeeded: own.count)
                var string = string  // native strings are contiguous: no copy is made
                string.withUTF8 { own.append(contentsOf: $0) }
                return Span(start: start, end: Int32(truncatingIfNeeded: own.count), own: true)
            }
        }
    }
}
