import TestSupport
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

