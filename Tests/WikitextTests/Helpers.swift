import Wikitext

/// Parses a string.
func parse(_ text: String) -> WikitextDocument { WikitextDocument(parsing: text) }

/// A compact outline of a tree for assertions: `kind(children…)`, text leaves as their
/// quoted text. Parts that only wrap one text child are shown as `kind"text"`.
func outline(_ node: Node) -> String {
    let children = Array(node.children)
    if node.kind == .text { return "\"\(node.text)\"" }
    if children.isEmpty { return "\(node.kind)" }
    if children.count == 1, children[0].kind == .text { return "\(node.kind)\"\(children[0].text)\"" }
    return "\(node.kind)(" + children.map(outline).joined(separator: " ") + ")"
}

/// The outline of a document's top-level nodes.
func outline(_ doc: WikitextDocument) -> String { doc.root.children.map(outline).joined(separator: " ") }

/// All nodes of a kind, in source order.
func all(_ kind: NodeKind, in doc: WikitextDocument) -> [Node] { doc.root.descendants.filter { $0.kind == kind } }

/// Checks the laws every parse must satisfy: byte-exact round-trip and a well-formed tree.
func lawful(_ doc: WikitextDocument) -> String? {
    if doc.serialized() != doc.source { return "round-trip differs" }
    return doc.structuralProblem()
}

/// A small deterministic generator (SplitMix64), so property tests are reproducible.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
