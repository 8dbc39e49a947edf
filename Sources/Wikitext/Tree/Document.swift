/// A parsed page: the source bytes and a lossless tree over them.
///
/// The tree is an arena of value-type nodes holding byte ranges into `source`; nothing of
/// the source is copied or lost. `serialized()` prints it back byte for byte.
///
/// ```swift
/// let doc = WikitextDocument(parsing: Array("{{Infobox|a=1}}".utf8))
/// for t in doc.root.descendants where t.kind == .template { print(t.templateName) }
/// ```
public final class WikitextDocument: Sendable {
    /// The bytes that were parsed, unchanged (invalid UTF-8 included).
    public let source: [UInt8]
    /// The arena the parser filled, handed over without a copy: the document owns it and
    /// frees it. Never written after the parse, so sharing it across threads is safe.
    @usableFromInline nonisolated(unsafe) let nodes: UnsafeBufferPointer<RawNode>
    /// Byte offset → line and column.
    public let lines: LineIndex
    /// The page's templates and tables, in source order (noted by the parser).
    let kinds: ParsedKinds

    init(source: [UInt8], nodes: UnsafeBufferPointer<RawNode>, kinds: ParsedKinds, lines: LineIndex) {
        self.source = source
        self.nodes = nodes
        self.kinds = kinds
        self.lines = lines
    }

    deinit { nodes.deallocate() }

    /// Parses `source`. Never fails: malformed markup becomes text, as in MediaWiki.
    /// Pages of 4 GiB or more are cut at that size (byte offsets are 32-bit).
    public convenience init(parsing source: [UInt8]) {
        let source = source.count < Int(UInt32.max) ? source : Array(source.prefix(Int(UInt32.max) - 1))
        let (parsed, lines) = source.withUnsafeBufferPointer { buffer in
            let parser = Parser(buffer)
            return (parser.parse(), LineIndex(buffer))
        }
        self.init(source: source, nodes: parsed.nodes, kinds: parsed.kinds, lines: lines)
    }

    /// Parses a string's UTF-8 bytes.
    public convenience init(parsing text: String) {
        self.init(parsing: Array(text.utf8))
    }

    /// The root node, of kind `.document`.
    public var root: Node { Node(document: self, id: 0) }

    /// Number of nodes in the tree.
    public var nodeCount: Int { nodes.count }

    /// The node with a given id.
    public func node(_ id: Int32) -> Node { Node(document: self, id: id) }

    /// The source bytes of a byte range, decoded as UTF-8 (invalid bytes become U+FFFD).
    public func string(_ range: Range<Int>) -> String {
        source.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// The line and column of a byte offset.
    public func location(of offset: Int) -> SourceLocation { lines.location(of: offset) }
}
