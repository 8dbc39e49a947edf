import WikiModel

/// Wikitext rendered to plain text, with what rendering took out of it or found in it.
public struct RenderedText: Sendable, Equatable {
    /// The plain text: links as their labels, markup dropped, entities decoded, `<br>` as a
    /// line break, runs of spaces folded, trimmed.
    public var text: String
    /// Footnotes (`<ref>`, `{{efn}}`, `{{refn}}`, `{{sfn}}`) taken out of the text, in order.
    public var notes: [Note]
    /// Wikilinks met, in order (target and shown text).
    public var links: [Link]
    /// Normalized names of the templates met (each occurrence, nested ones included).
    public var templates: [String]
    /// Parties named by colour templates (`{{party color|X}}`, `{{party shading/X}}` …).
    public var parties: [String]

    public init(text: String = "", notes: [Note] = [], links: [Link] = [], templates: [String] = [], parties: [String] = []) {
        self.text = text
        self.notes = notes
        self.links = links
        self.templates = templates
        self.parties = parties
    }
}
