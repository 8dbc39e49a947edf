import WikiModel

/// One consistency rule: an id, what it checks, and the findings it makes on an article.
///
/// A rule looks only at the model (never at wikitext) and leaves `FindingLocation.file`
/// empty; `Checker` fills it in from the article's source.
public protocol Rule: Sendable {
    /// The id printed with each finding, e.g. `table-totals`.
    var id: String { get }
    /// One line on what the rule checks (for `wikiconv validate --list-rules`).
    var summary: String { get }
    /// The findings of this rule on the context's article.
    func check(_ context: CheckContext) -> [Finding]
}

extension Rule {
    /// The findings of this rule on `article`.
    public func check(_ article: Article) -> [Finding] {
        check(CheckContext(article))
    }
}
