/// One Wikipedia article turned into data: the root of the model and of every export.
///
/// The JSON shape is documented in `docs/article.schema.json`; the key order is fixed by
/// `ArticleJSON` in `WikiExport`.
public struct Article: Codable, Sendable, Equatable {
    /// The page title, e.g. `2024 Pakistani general election`.
    public var title: String
    /// Where the article was read from.
    public var source: Source
    /// Every `{{Infobox …}}` in source order.
    public var infoboxes: [Infobox]
    /// Every table (`{| … |}`) in source order, nested tables included.
    public var tables: [Table]
    /// Every election result found (templates, results tables, infobox party groups).
    public var contests: [Contest]
    /// Consistency findings about this article.
    public var findings: [Finding]
    /// Template names seen in the article with how often each was used, in first-seen order.
    public var templatesSeen: OrderedPairs<Int>

    /// Creates an article.
    public init(title: String, source: Source = Source(), infoboxes: [Infobox] = [], tables: [Table] = [],
                contests: [Contest] = [], findings: [Finding] = [], templatesSeen: OrderedPairs<Int> = OrderedPairs()) {
        self.title = title
        self.source = source
        self.infoboxes = infoboxes
        self.tables = tables
        self.contests = contests
        self.findings = findings
        self.templatesSeen = templatesSeen
    }
}
