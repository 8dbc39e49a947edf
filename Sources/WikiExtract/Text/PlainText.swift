import Wikitext
import WikiModel

/// Renders wikitext nodes to plain text.
///
/// Links show their label, bold and italic markup goes, `<br>` is a line break, comments go,
/// entities are decoded (`&nbsp;` is a plain space except between digits, see `TextFolding`),
/// `<sup>`/`<sub>` digits become `¹`/`₁`, and footnotes (`<ref>`, `{{efn}}`, `{{refn}}`,
/// `{{sfn}}` …) leave the text for `notes`. Templates render through `TemplateRegistry`;
/// unknown ones render to nothing and are listed in `templates`. The walk is iterative, so any
/// nesting depth renders.
public enum PlainText {
    /// Renders a node: a part (cell content, parameter value …) renders its children; a
    /// construct renders itself.
    public static func render(_ node: Node) -> RenderedText {
        if SimpleText.isPart(node.kind), let text = SimpleText.render(node) { return RenderedText(text: text) }
        var renderer = PlainTextRenderer()
        renderer.render(node)
        return renderer.finish()
    }
}
