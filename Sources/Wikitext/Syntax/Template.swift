/// A typed view of a `template` node.
public struct Template: Sendable {
    /// The underlying node.
    public let node: Node

    /// Views `node` as a template; nil when it is not one.
    public init?(_ node: Node) {
        guard node.kind == .template else { return nil }
        self.node = node
    }

    /// Template, parser function or magic word.
    public var flavor: TemplateFlavor { TemplateFlavor(rawValue: UInt16(node.aux)) ?? .template }

    /// The name as written, without comments and surrounding whitespace: `Infobox election`.
    public var name: String { node.child(.templateName)?.textWithoutComments ?? "" }

    /// The name as MediaWiki resolves it: `_` as space, runs of spaces folded, first letter
    /// upper-cased, a `Template:` prefix dropped. `infobox_election` → `Infobox election`.
    public var normalizedName: String { Template.normalize(name) }

    /// The parameters in source order.
    public var parameters: [Parameter] { node.children(.parameter).enumerated().map { Parameter($1, ordinal: $0) } }

    /// The parameter with a given key (named, or positional as "1", "2" …); the last one
    /// wins, as in MediaWiki.
    public func parameter(_ key: String) -> Parameter? {
        var found: Parameter?
        for p in positionallyNumbered() where p.key == key { found = p }
        return found
    }

    /// Parameters with positional ones keyed "1", "2" … as MediaWiki counts them.
    public func positionallyNumbered() -> [Parameter] {
        var position = 0
        return parameters.map { p in
            var p = p
            if !p.isNamed { position += 1; p.position = position }
            return p
        }
    }

    /// Normalizes a template name the way MediaWiki resolves titles.
    public static func normalize(_ name: String) -> String {
        // Byte by byte: every election and infobox lookup calls this.
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for b in name.utf8 {
            if b == 0x20 || b == 0x5F || b == 0x09 || b == 0x0A {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append(b)
        }
        if out.count >= 9, zip(out, "template:".utf8).allSatisfy({ ByteClass.lower($0) == $1 }) {
            var s = 9
            while s < out.count && ByteClass.isSpace(out[s]) { s += 1 }
            out.removeFirst(s)
        }
        guard let first = out.first else { return "" }
        if first >= 0x61 && first <= 0x7A { out[0] = first - 0x20 }
        let words = String(decoding: out, as: UTF8.self)
        guard first >= 0x80, let letter = words.first else { return words }
        return letter.uppercased() + words.dropFirst()  // a non-ASCII first letter: Unicode's upper case
    }
}

/// One parameter of a template.
public struct Parameter: Sendable {
    /// The `parameter` node.
    public let node: Node
    /// Index among the template's parameters (0-based).
    public let ordinal: Int
    /// For positional parameters, their number (1-based); 0 for named ones.
    public var position: Int = 0

    init(_ node: Node, ordinal: Int) {
        self.node = node
        self.ordinal = ordinal
    }

    /// True for `key=value` parameters.
    public var isNamed: Bool { node.child(.parameterName) != nil }

    /// The key without comments and whitespace; positional parameters give their number.
    public var key: String {
        if let name = node.child(.parameterName) { return name.textWithoutComments }
        return position > 0 ? String(position) : ""
    }

    /// The value node.
    public var value: Node? { node.child(.parameterValue) }

    /// The value's raw wikitext. Named values are trimmed (as MediaWiki does); positional
    /// values keep their whitespace.
    public var rawValue: String {
        guard let value else { return "" }
        return isNamed ? value.trimmedText : value.text
    }
}

extension String {
    func replacingUnderscores() -> String {
        String(decoding: utf8.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
    }
}
