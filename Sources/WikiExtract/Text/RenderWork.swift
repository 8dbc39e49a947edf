import WikiModel

/// One step of the plain-text walk. The renderer keeps a stack of these instead of recursing,
/// so a page nested 10,000 deep renders in constant native stack.
///
/// Plain data only (ids, indices, flags): pushing and popping a step copies a few bytes, with
/// no reference counting. What a step needs beyond that (a template's text, a note's name, a
/// combiner) waits in the renderer's side lists, named here by index.
enum RenderWork {
    /// Render a node, by id in the renderer's document (a construct renders itself; a part
    /// renders its children).
    case node(Int32)
    /// Emit one ASCII byte: a line break, a tab between table cells, a `|` between link labels.
    case byte(UInt8)
    /// Emit text a template renderer produced: `literals[index]`.
    case literal(Int32)
    /// Emit `literals[index]` as the shown text of a link to `literals[index + 1]` that a
    /// template draws.
    case linkedLiteral(Int32)
    /// Start capturing: remember where the output is now.
    case begin
    /// End of a link's label: what was captured is the shown text of `result.links[slot]`
    /// (it stays in the output); slot -1 for a link inside a footnote, which is not recorded.
    case endLink(slot: Int32)
    /// Open a footnote written by node `raw`, named `noteNames[name]` (-1: no name): reserve
    /// its note (source order) and start capturing.
    case openNote(Note.Kind, name: Int32, raw: Int32)
    /// Close the innermost open footnote: what was captured leaves the output and becomes its text.
    case closeNote
    /// End of a `<sup>`/`<sub>` body: captured digits become superscript (subscript) digits, so
    /// a marker like `33<sup>1</sup>` reads `33¹` and never glues into `331`.
    case endScript(superscript: Bool)
    /// End of a template argument: what was captured leaves the output for a combiner.
    case endArgument
    /// Pop `count` captured arguments and emit what `combiners[index]` makes of them.
    case combine(Int32, count: Int32)
}

/// Turns the plain text of a template's arguments into its output (`{{formatnum|1234}}` → `1,234`).
typealias TemplateCombiner = @Sendable ([String]) -> String
