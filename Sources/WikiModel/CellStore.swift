/// The contents of a table's cells side by side: one record per cell in one array, texts of
/// their own in one byte buffer, links as ranges of that buffer in one array, and the rarer
/// members (attributes, notes, party) in one array of extras. A ``CellContent`` is a view of one
/// record.
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
        /// The end of the cell's links in `links`; they start where the previous record's end.
        @usableFromInline var linksEnd: Int32
        /// The source bytes of the cell's attributes, read into strings only when asked for
        /// (empty when the cell has none, or when they are strings in its extras).
        @usableFromInline var attributeStart: Int32, attributeEnd: Int32
        /// Indexes into `strings`, -1 for nil.
        @usableFromInline var unit: Int32, iso: Int32
        @usableFromInline var kind: Value.Kind
        @usableFromInline var status: Value.Status?
        /// Which of `number`, `low`, `high` are set, and whether the cell has links (the bits below).
        @usableFromInline var numbers: UInt8
        // Computed, not stored: a `static let` would cost a lazy-initialisation check per read.
        @inlinable static var hasNumber: UInt8 { 1 }
        @inlinable static var hasLow: UInt8 { 2 }
        @inlinable static var hasHigh: UInt8 { 4 }
        @inlinable static var hasLinks: UInt8 { 8 }
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
        @usableFromInline var notes: [Note]
    }

    /// The page source that spans point into (shared with the document, not copied).
    @usableFromInline let source: [UInt8]
    /// Texts and raw wikitext that are not ranges of the source, back to back (nil when the
    /// cells have none).
    @usableFromInline let own: GrowingBytes?
    @usableFromInline let records: [Record]
    /// The links of all cells in order, as ranges of `own` (strings made only when read).
    @usableFromInline let links: [LinkSpan]
    @usableFromInline let extras: [Extras]
    /// The units and ISO forms of the values.
    @usableFromInline let strings: [String]

    /// Freezes the cells of `builder`.
    public init(_ builder: Builder) {
        assert(_isPOD(Record.self), "records must be plain data")
        source = builder.source
        own = builder.own
        own?.freeze()  // shared from here on: the builder must not append to it again
        records = builder.records
        links = builder.links
        extras = builder.extras
        strings = builder.strings
    }

    /// The number of cells.
    public var count: Int { records.count }

    /// Calls `body` with the bytes of `span` (no string is made).
    @inlinable
    func withBytes<R>(_ span: Span, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        // One branch per buffer: `let bytes = span.own ? own : source` would retain and release it.
        if span.own { return try body(own.unsafelyUnwrapped.bytes(span.start, span.end)) }
        return try source.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[Int(span.start)..<Int(span.end)])) }
    }

    func string(_ span: Span) -> String {
        withBytes(span) { String(decoding: $0, as: UTF8.self) }
    }

    /// The links of cell `index`, in `links`.
    @inlinable
    func linkRange(_ index: Int) -> Range<Int> {
        let end = Int(records[index].linksEnd)
        return (index > 0 ? Int(records[index - 1].linksEnd) : 0)..<end
    }

    /// The links of cell `index` as strings (made now).
    @usableFromInline
    func links(_ index: Int) -> [Link] {
        let range = linkRange(index)
        guard !range.isEmpty else { return [] }
        let bytes = own.unsafelyUnwrapped.bytes  // a cell with links has bytes of its own
        return links.withUnsafeBufferPointer { spans in range.map { spans[$0].link(in: bytes) } }
    }

    /// Calls `body` with the target and text bytes of each link of cell `index`, in order.
    @inlinable
    func forEachLink(_ index: Int, _ body: (_ target: UnsafeBufferPointer<UInt8>, _ text: UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        let range = linkRange(index)
        guard !range.isEmpty else { return }
        let bytes = own.unsafelyUnwrapped.bytes  // a cell with links has bytes of its own
        for i in range {
            let link = links[i]
            try body(UnsafeBufferPointer(rebasing: bytes[link.target]), UnsafeBufferPointer(rebasing: bytes[link.text]))
        }
    }

    /// The attributes record `r` keeps as a range of the source, made into strings.
    @usableFromInline
    func sourceAttributes(_ r: Record) -> OrderedPairs<String> {
        source.withUnsafeBufferPointer {
            AttributeSyntax.pairs(UnsafeBufferPointer(rebasing: $0[Int(r.attributeStart)..<Int(r.attributeEnd)]))
        }
    }

    /// A cell's typed value as a builder takes it. Most cells hold a kind, a status and at most
    /// a number (`plain`): plain data, so a cell reader makes, passes and drops one with no
    /// reference counting, where a ``Value`` carries two optional strings.
    public enum StoredValue: Sendable {
        /// A value with no range, unit or ISO form.
        case plain(kind: Value.Kind, status: Value.Status?, number: Double?)
        /// Any value.
        case full(Value)
    }

    /// Collects cells, then ``CellStore/init(_:)`` freezes them. Its own bytes are shared, not
    /// copied, by copies of it and by the store it makes: append to one builder only, and stop
    /// once its store is made.
    public struct Builder {
        let source: [UInt8]
        /// Made at the first text of the cells' own (many tables have none).
        var own: GrowingBytes?
        var records: [Record] = []
        var links: [LinkSpan] = []
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
            assert(attributeSource == nil || attributes.isEmpty, "attributes are strings or a range, not both")
            let text = span(text), raw = span(raw)
            addLinks(links)
            let extra = addExtras(attributes: attributes, styleParty: styleParty, notes: notes)
            return addRecord(text: text, raw: raw, header: header, line: line, extras: extra,
                             attributeSource: attributeSource, value: .full(value))
        }

        /// A cell that reads as written (most cells): its text and raw wikitext are ranges of
        /// the source, its attributes (if any) too; no links, no notes.
        @discardableResult
        public mutating func append(sourceText text: Range<Int>, raw: Range<Int>, header: Bool, line: Int,
                                    attributeSource: Range<Int>?, styleParty: String?, value: consuming StoredValue) -> Int32 {
            let extra = addExtras(attributes: OrderedPairs(), styleParty: styleParty, notes: [])
            return addRecord(text: Span(text, own: false), raw: Span(raw, own: false), header: header, line: line,
                             extras: extra, attributeSource: attributeSource, value: value)
        }

        /// ``append(sourceText:raw:header:line:attributeSource:styleParty:value:)`` for a value
        /// given as the parts of a `StoredValue.plain`: a caller that switches over the stored
        /// value and passes these has nothing to release after the call.
        @discardableResult
        public mutating func append(sourceText text: Range<Int>, raw: Range<Int>, header: Bool, line: Int,
                                    attributeSource: Range<Int>?, styleParty: String?,
                                    kind: Value.Kind, status: Value.Status?, number: Double?) -> Int32 {
            append(sourceText: text, raw: raw, header: header, line: line, attributeSource: attributeSource,
                   styleParty: styleParty, value: .plain(kind: kind, status: status, number: number))
        }

        /// A cell whose text is given as UTF-8 bytes of its own (a rendered cell: copied into
        /// the store's buffer, no string made), with its links as ranges of `linkBytes` (a
        /// renderer's scratch bytes, well-formed UTF-8): the bytes are copied at once, and no
        /// string is made for them either. Its attributes are either `attributes` (strings, as an
        /// HTML tag's are read) or `attributeSource` (see ``append(text:raw:header:line:attributes:attributeSource:styleParty:links:value:notes:)``).
        @discardableResult
        public mutating func append(ownText: UnsafeBufferPointer<UInt8>, raw: CellString, header: Bool = false, line: Int,
                                    attributes: OrderedPairs<String> = OrderedPairs(), attributeSource: Range<Int>? = nil,
                                    styleParty: String? = nil,
                                    linkSpans: UnsafeBufferPointer<LinkSpan> = UnsafeBufferPointer(start: nil, count: 0),
                                    linkBytes: UnsafeBufferPointer<UInt8> = UnsafeBufferPointer(start: nil, count: 0),
                                    value: consuming StoredValue, notes: [Note] = []) -> Int32 {
            assert(attributeSource == nil || attributes.isEmpty, "attributes are strings or a range, not both")
            if attributes.isEmpty, case .plain(let kind, let status, let number) = value {
                return append(ownText: ownText, raw: raw, header: header, line: line, attributeSource: attributeSource,
                              styleParty: styleParty, linkSpans: linkSpans, linkBytes: linkBytes, kind: kind, status: status,
                              number: number, notes: notes)
            }
            return appendOwn(ownText, raw: raw, header: header, line: line, attributes: attributes,
                             attributeSource: attributeSource, styleParty: styleParty, linkSpans: linkSpans,
                             linkBytes: linkBytes, value: value, notes: notes)
        }

        /// ``append(ownText:raw:header:line:attributeSource:styleParty:linkSpans:linkBytes:value:notes:)``
        /// for a value given as the parts of a `StoredValue.plain` (see
        /// ``append(sourceText:raw:header:line:attributeSource:styleParty:kind:status:number:)``).
        @discardableResult
        public mutating func append(ownText: UnsafeBufferPointer<UInt8>, raw: CellString, header: Bool, line: Int,
                                    attributeSource: Range<Int>?, styleParty: String?,
                                    linkSpans: UnsafeBufferPointer<LinkSpan>, linkBytes: UnsafeBufferPointer<UInt8>,
                                    kind: Value.Kind, status: Value.Status?, number: Double?, notes: [Note]) -> Int32 {
            appendOwn(ownText, raw: raw, header: header, line: line, attributes: OrderedPairs(),
                      attributeSource: attributeSource, styleParty: styleParty,
                      linkSpans: linkSpans, linkBytes: linkBytes, value: .plain(kind: kind, status: status, number: number),
                      notes: notes)
        }

        @inline(__always)
        private mutating func appendOwn(_ ownText: UnsafeBufferPointer<UInt8>, raw: CellString, header: Bool, line: Int,
                                        attributes: OrderedPairs<String>, attributeSource: Range<Int>?, styleParty: String?,
                                        linkSpans: UnsafeBufferPointer<LinkSpan>, linkBytes: UnsafeBufferPointer<UInt8>,
                                        value: consuming StoredValue, notes: [Note]) -> Int32 {
            let own = ownBytes()
            let start = own.count
            own.append(ownText)
            let text = Span(start..<own.count, own: true)
            let raw = span(raw)
            if !linkSpans.isEmpty {
                let base = own.count
                own.append(linkBytes)
                for s in linkSpans {
                    links.append(LinkSpan(target: base + Int(s.targetStart)..<base + Int(s.targetEnd),
                                          text: base + Int(s.textStart)..<base + Int(s.textEnd)))
                }
            }
            let extra = addExtras(attributes: attributes, styleParty: styleParty, notes: notes)
            return addRecord(text: text, raw: raw, header: header, line: line, extras: extra,
                             attributeSource: attributeSource, value: value)
        }

        /// Adds links given as strings: their bytes go into the store's buffer.
        private mutating func addLinks(_ list: [Link]) {
            guard !list.isEmpty else { return }
            let own = ownBytes()
            for link in list {
                var target = link.target, text = link.text
                let start = own.count
                target.withUTF8 { own.append($0) }
                let end = own.count
                // Bytes, not `==` (which equates canonically equivalent strings).
                if text.utf8.elementsEqual(target.utf8) {
                    links.append(LinkSpan(target: start..<end, text: start..<end))
                } else {
                    text.withUTF8 { own.append($0) }
                    links.append(LinkSpan(target: start..<end, text: end..<own.count))
                }
            }
        }

        /// The index of the cell's extras, added now; -1 (none added) when it has no
        /// attributes as strings, no party and no notes, as most cells.
        @inline(__always)
        private mutating func addExtras(attributes: OrderedPairs<String>, styleParty: String?, notes: [Note]) -> Int32 {
            guard !attributes.isEmpty || styleParty != nil || !notes.isEmpty else { return -1 }
            extras.append(Extras(attributes: attributes, styleParty: styleParty, notes: notes))
            return Int32(truncatingIfNeeded: extras.count - 1)
        }

        /// Adds the record; the cell's links are the ones added to `links` since the last record.
        @inline(__always)
        private mutating func addRecord(text: Span, raw: Span, header: Bool, line: Int, extras extra: Int32,
                                        attributeSource: Range<Int>?, value: consuming StoredValue) -> Int32 {
            let linksEnd = Int32(truncatingIfNeeded: links.count)
            let linkBit: UInt8 = linksEnd > (records.last?.linksEnd ?? 0) ? Record.hasLinks : 0
            var record = Record(text: text, raw: raw, number: 0, low: 0, high: 0, line: Int32(truncatingIfNeeded: line),
                                extras: extra, linksEnd: linksEnd,
                                attributeStart: Int32(truncatingIfNeeded: attributeSource?.lowerBound ?? 0),
                                attributeEnd: Int32(truncatingIfNeeded: attributeSource?.upperBound ?? 0),
                                unit: -1, iso: -1, kind: .text, status: nil, numbers: linkBit, header: header)
            switch value {
            case .plain(let kind, let status, let number):
                record.kind = kind
                record.status = status
                if let number { record.number = number; record.numbers |= Record.hasNumber }
            case .full(let value):
                record.kind = value.kind
                record.status = value.status
                if let number = value.number { record.number = number; record.numbers |= Record.hasNumber }
                if let low = value.low { record.low = low; record.numbers |= Record.hasLow }
                if let high = value.high { record.high = high; record.numbers |= Record.hasHigh }
                if let unit = value.unit { record.unit = addString(unit) }
                if let iso = value.iso { record.iso = addString(iso) }
            }
            records.append(record)
            return Int32(truncatingIfNeeded: records.count - 1)
        }

        private mutating func addString(_ string: String) -> Int32 {
            strings.append(string)
            return Int32(truncatingIfNeeded: strings.count - 1)
        }

        @inline(__always)
        private mutating func span(_ string: CellString) -> Span {
            if case .source(let start, let end) = string { return Span(start: start, end: end, own: false) }
            return ownSpan(string)
        }

        private mutating func ownSpan(_ string: CellString) -> Span {
            guard case .own(var string) = string else { return Span(start: 0, end: 0, own: false) }
            let own = ownBytes()
            let start = own.count
            string.withUTF8 { own.append($0) }  // native strings are contiguous: no copy
            return Span(start..<own.count, own: true)
        }

        /// The store's own bytes, made now if this is the first text of their own.
        @inline(__always)
        private mutating func ownBytes() -> GrowingBytes {
            if let own { return own }
            let made = GrowingBytes(capacity: 256)
            own = made
            return made
        }
    }
}

extension CellStore.Span {
    @inline(__always)
    init(_ range: Range<Int>, own: Bool) {
        self.init(start: Int32(truncatingIfNeeded: range.lowerBound), end: Int32(truncatingIfNeeded: range.upperBound), own: own)
    }
}
