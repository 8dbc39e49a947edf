import Foundation
import TestSupport
import WikiCheck
import WikiExtract
import WikiModel
import Wikitext

/// Corpus articles built the way `wikiconv convert` builds them, as they are or minimally
/// edited, for the rule tests.
enum CheckFixtures {
    /// An edit that did not apply: the text to replace is missing or not unique.
    struct EditFailed: Error, CustomStringConvertible {
        let old: String
        let count: Int
        var description: String { "expected exactly one '\(old)' in the article, found \(count)" }
    }

    /// The wikitext of `Corpus/<name>.wikitext`.
    static func text(_ name: String) throws -> String {
        String(decoding: try Fixtures.corpusBytes(name + ".wikitext"), as: UTF8.self)
    }

    /// The article built from `Corpus/<name>.wikitext`, after replacing each `old` (which must
    /// occur exactly once) with its `new`.
    static func article(_ name: String, editing edits: [(old: String, new: String)] = []) throws -> Article {
        var text = try text(name)
        for (old, new) in edits { text = try replace(old, with: new, in: text) }
        let document = WikitextDocument(parsing: Array(text.utf8))
        return ArticleBuilder.build(title: ArticleBuilder.title(forFileName: name + ".wikitext"),
                                    source: Source(path: "Corpus/\(name).wikitext"), document: document)
    }

    /// `text` with its one occurrence of `old` replaced by `new`.
    static func replace(_ old: String, with new: String, in text: String) throws -> String {
        let parts = text.components(separatedBy: old)
        guard parts.count == 2 else { throw EditFailed(old: old, count: parts.count - 1) }
        return parts.joined(separator: new)
    }

    /// The findings of one rule on an article.
    static func findings(_ rule: any Rule, _ article: Article) -> [Finding] {
        Checker.check(article, rules: [rule])
    }

    /// The table of an article with `index`.
    static func table(_ article: Article, _ index: Int) -> Table? {
        article.tables.first { $0.index == index }
    }

    /// An article holding only the wikitext given (for the few synthetic cases).
    static func article(wikitext: String, title: String = "Synthetic") -> Article {
        ArticleBuilder.build(title: title, source: Source(path: nil), document: WikitextDocument(parsing: Array(wikitext.utf8)))
    }

    static let pakistan = "2024_Pakistani_general_election"
    static let doncaster = "2021_Doncaster_Metropolitan_Borough_Council_election"
    static let adur = "2024_Adur_District_Council_election"
    static let burnley = "2026_Burnley_Borough_Council_election"
}
