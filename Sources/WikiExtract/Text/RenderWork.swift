import Wikitext
import WikiModel

/// One step of the plain-text walk. The renderer keeps a stack of these instead of recursing,
/// so a page nested 10,000 deep renders in constant native stack.
enum RenderWork {
    /// Render a node, by id in the renderer's document (a construct renders itself; a part
    /// renders its children). An id, not a `Node`: no reference count traffic per step.
    case node(Int32)
    /// Emit text a template renderer produced.
    case literal(String)
    /// Start capturing: remember where the output is now.
    case begin
    /// End of a link's label: what was captured is the link's shown text (it stays in the output).
    case endLink(slot: Int)
    /// Open a footnote written by `raw`: reserve its note (source order) and start capturing.
    case openNote(Note.Kind, name: String?, raw: Int32)
    /// Close the innermost open footnote: what was captured leaves the output and becomes its text.
    case closeNote
    /// End of a `<sup>`/`<sub>` body: captured digits become superscript (subscript) digits, so
    /// a marker like `33<sup>1</sup>` reads `33¹` and never glues into `331`.
    case endScript(superscript: Bool)
    /// End of a template argument: what was captured leaves the output for `combine`.
    case endArgument
    /// Pop `count` captured arguments and emit what the template makes of them.
    case combine(TemplateCombiner, count: Int)
}

/// Turns the plain text of a template's arguments into its output (`{{formatnum|1234}}` → `1,234`).
typealias TemplateCombiner = @Sendable ([String]) -> String
