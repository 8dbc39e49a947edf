/// One node of the arena. Plain old data: 32 bytes (28 of fields and 4 of padding), no
/// references. The padding makes the stride a power of two, so indexing the arena is one
/// shift instead of a multiply by 28 (three instructions), on every node access.
///
/// Children form a singly linked list (`firstChild`, `nextSibling`); `-1` means none.
/// `aux` carries a small per-kind number: heading level, formatting run length, template
/// flavor, list prefix length.
@usableFromInline
struct RawNode: Sendable {
    @usableFromInline var kind: NodeKind
    @usableFromInline var flags: UInt8
    @usableFromInline var aux: UInt16
    @usableFromInline var start: UInt32
    @usableFromInline var end: UInt32
    @usableFromInline var parent: Int32
    @usableFromInline var firstChild: Int32
    @usableFromInline var lastChild: Int32
    @usableFromInline var nextSibling: Int32
    /// Unused: pads the node to 32 bytes (see above).
    @usableFromInline var padding: UInt32 = 0

    @inlinable
    init(kind: NodeKind, start: Int, end: Int, parent: Int32, flags: UInt8 = 0, aux: UInt16 = 0) {
        self.kind = kind
        self.flags = flags
        self.aux = aux
        self.start = UInt32(truncatingIfNeeded: start)
        self.end = UInt32(truncatingIfNeeded: end)
        self.parent = parent
        self.firstChild = -1
        self.lastChild = -1
        self.nextSibling = -1
    }
}

/// Bits of `RawNode.flags`.
public struct NodeFlags: OptionSet, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// A tag written `<x/>`, or a void element like `<br>`.
    public static let selfClosing = NodeFlags(rawValue: 1)
    /// An HTML tag whose closing tag never came.
    public static let unclosed = NodeFlags(rawValue: 2)
    /// A closing tag (`</span>`) with no opening tag.
    public static let closingOnly = NodeFlags(rawValue: 4)
    /// A header cell (`!`), or a row/table/caption produced without its own delimiter.
    public static let header = NodeFlags(rawValue: 8)
    /// A table row that no `|-` opened (cells before the first `|-`).
    public static let implicit = NodeFlags(rawValue: 16)
    /// An extension tag whose body is not wikitext (`nowiki`, `pre`, `math`, …).
    public static let opaque = NodeFlags(rawValue: 32)
    /// A comment with no `-->`, or a table with no `|}`, closed where its context ends (as MediaWiki does).
    public static let unterminated = NodeFlags(rawValue: 64)
}
