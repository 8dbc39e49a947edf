import Wikitext
import WikiModel

/// What a template renderer asks for, in output order. The plain-text renderer carries the
/// actions out on its work list, so renderers never recurse into the tree themselves.
struct TemplateOutput {
    enum Action {
        /// Fixed text (`+` for `{{increase}}`).
        case text(String)
        /// Render a node in place (`{{nowrap|[[A]]}}` renders its argument).
        case render(Node)
        /// Render a node as superscript (or subscript) digits: `{{smallsup|1}}` → `¹`.
        case script(superscript: Bool, Node)
        /// Render each argument to plain text, then emit what `combine` makes of them
        /// (missing arguments give "").
        case compute([Node?], TemplateCombiner)
        /// Starts a footnote: what the actions up to `closeNote` produce leaves the text and
        /// becomes the note's text.
        case openNote(Note.Kind, name: String?)
        /// Ends the footnote opened last.
        case closeNote
        /// A party the template names (`{{party color|X}}`): recorded, not shown.
        case party(String)
        /// A link the template draws: shows `text` (empty for a flag icon, an image) and records
        /// a link to `target` (`{{flag|USA}}` → `United States`, linked).
        case link(target: String, text: String)
    }

    private(set) var actions: [Action] = []

    /// Swaps the action list with `spare` (an empty list with capacity): one renderer reuses
    /// a single list for every template it meets instead of allocating one per template.
    mutating func exchange(_ spare: inout [Action]) {
        while !actions.isEmpty { actions.removeLast() }  // keeps the capacity; cheaper than removeAll for a few
        swap(&actions, &spare)
    }

    mutating func text(_ s: String) { actions.append(.text(s)) }
    mutating func script(superscript: Bool, _ node: Node?) {
        if let node { actions.append(.script(superscript: superscript, node)) }
    }
    mutating func render(_ node: Node?) { if let node { actions.append(.render(node)) } }
    mutating func compute(_ arguments: [Node?], _ combine: @escaping TemplateCombiner) {
        actions.append(.compute(arguments, combine))
    }
    mutating func note(_ kind: Note.Kind, name: String?, body: Node?) {
        actions.append(.openNote(kind, name: name))
        render(body)
        actions.append(.closeNote)
    }
    mutating func openNote(_ kind: Note.Kind, name: String?) { actions.append(.openNote(kind, name: name)) }
    mutating func closeNote() { actions.append(.closeNote) }
    mutating func party(_ name: String) {
        if !name.isEmpty { actions.append(.party(name)) }
    }
    mutating func link(to target: String, showing text: String) {
        if !target.isEmpty { actions.append(.link(target: target, text: text)) }
    }

    /// Renders several nodes with `separator` text between the non-missing ones.
    mutating func join(_ nodes: [Node?], separator: String) {
        var first = true
        for case let node? in nodes {
            if !first { text(separator) }
            render(node)
            first = false
        }
    }
}

/// Renders one template family: reads the call, appends output actions.
typealias TemplateRenderer = @Sendable (TemplateCall, inout TemplateOutput) -> Void
