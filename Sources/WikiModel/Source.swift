/// Where an article came from.
public struct Source: Codable, Sendable, Equatable {
    /// The file the article was read from (a `.wikitext` file or a dump), or nil for standard input.
    public var path: String?
    /// The MediaWiki page id, when the input is a dump.
    public var pageId: Int?
    /// The MediaWiki revision id, when the input is a dump.
    public var revisionId: Int?

    /// Creates a source.
    public init(path: String? = nil, pageId: Int? = nil, revisionId: Int? = nil) {
        self.path = path
        self.pageId = pageId
        self.revisionId = revisionId
    }
}
