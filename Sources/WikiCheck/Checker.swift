import WikiModel

/// Runs the consistency rules over an article and returns what does not add up.
public enum Checker {
    /// The findings for `article`, errors first.
    public static func check(_ article: Article) -> [Finding] { [] }
}
