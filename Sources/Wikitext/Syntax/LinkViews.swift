/// A typed view of a `wikilink` node.
public struct Wikilink: Sendable {
    public let node: Node
    public init?(_ node: Node) {
        guard node.kind == .wikilink else { return nil }
        self.node = node
    }
    /// The target as written, trimmed: `Pakistan Tehreek-e-Insaf`, `File:Map.svg`.
    public var target: String { node.child(.linkTarget)?.textWithoutComments ?? "" }
    /// The label parts after the target (for File links: options, then the caption).
    public var labels: [Node] { node.children(.linkLabel) }
    /// The trail glued after `]]` (`s` in `[[cat]]s`).
    public var trail: String { node.child(.linkTrail)?.text ?? "" }
    /// The namespace prefix of the target, lower-cased (`file`, `category`), or nil.
    public var namespace: String? {
        let t = target.hasPrefix(":") ? String(target.dropFirst()) : target
        guard let colon = t.firstIndex(of: ":") else { return nil }
        return String(t[t.startIndex..<colon]).trimmingWikiWhitespace().lowercased()
    }
    /// True for `[[File:…]]` and `[[Image:…]]` (not `[[:File:…]]`).
    public var isFile: Bool {
        !target.hasPrefix(":") && ["file", "image"].contains(namespace ?? "")
    }
    /// True for `[[Category:…]]` (not `[[:Category:…]]`).
    public var isCategory: Bool { !target.hasPrefix(":") && namespace == "category" }
}

/// A typed view of a `tag` node.
public struct Tag: Sendable {
    public let node: Node
    public init?(_ node: Node) {
        guard node.kind == .tag else { return nil }
        self.node = node
    }
    /// The tag name, lower-cased: `ref`, `span`, `br`.
    public var name: String {
        let bytes = node.document.source
        var i = node.range.lowerBound + 1
        if i < node.range.upperBound && bytes[i] == UInt8(ascii: "/") { i += 1 }
        let start = i
        while i < node.range.upperBound && ByteClass.isAlnum(bytes[i]) { i += 1 }
        return String(decoding: bytes[start..<i], as: UTF8.self).lowercased()
    }
    /// Attributes in source order: name (lower-cased) and value (nil when bare).
    public var attributes: [(name: String, value: String?)] {
        node.children(.tagAttribute).map { a in
            (a.child(.attributeName)?.text.lowercased() ?? "", a.child(.attributeValue)?.text)
        }
    }
    /// The value of one attribute.
    public func attribute(_ name: String) -> String? {
        attributes.last { $0.name == name }?.value ?? nil
    }
    /// The body between the tags, if any.
    public var body: Node? { node.child(.tagBody) }
}
