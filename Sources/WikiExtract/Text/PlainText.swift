import Wikitext
import WikiModel

/// Renders wikitext nodes to plain text.
///
/// This first version handles text, links, entities, formatting, comments, tags and
/// footnotes; templates render to nothing but are recorded. The template renderer registry
/// (issue "Plain text, typed values and infoboxes") extends `renderTemplate`.
public enum PlainText {
    /// Renders a node: a part (cell content, parameter value …) renders its children; a
    /// construct renders itself.
    public static func render(_ node: Node) -> RenderedText {
        var renderer = PlainTextRenderer()
        renderer.render(node)
        return renderer.finish()
    }

    /// Renders a list of sibling nodes.
    public static func render(nodes: [Node]) -> RenderedText {
        var renderer = PlainTextRenderer()
        for node in nodes { renderer.render(node) }
        return renderer.finish()
    }
}
