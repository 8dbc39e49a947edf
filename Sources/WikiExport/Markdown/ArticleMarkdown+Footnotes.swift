import WikiModel

/// Footnotes in the Markdown rendering: a cell's or an infobox value's notes become GFM
/// footnote markers (`[^t2-1]`) after its text, and their definitions follow the table or the
/// infobox, so a reviewer reads what the page's `[a]` and `[1]` say. A note repeated in one
/// table keeps one label; a reused `<ref name=x />` takes the text of the note of that name.
extension ArticleMarkdown {
    /// The notes of one table or infobox, numbered in order of first use.
    struct Footnotes {
        /// `t2` for table 2, `i1` for the first infobox: labels are unique in the article.
        let prefix: String
        /// Text of every named note of the article, for reuses that have none.
        let named: NamedNotes
        private(set) var texts: [String] = []
        private var numbers: [String: Int] = [:]

        init(prefix: String, named: NamedNotes) {
            self.prefix = prefix
            self.named = named
        }

        /// The markers for `notes` (` [^t2-1][^t2-2]`), numbering new texts; "" when none has text.
        mutating func markers(_ notes: [Note]) -> String {
            var out = ""
            for note in notes {
                let text = note.text.isEmpty ? note.name.flatMap { named.text(of: $0) } ?? "" : note.text
                guard !text.isEmpty else { continue }
                let number: Int
                if let known = numbers[text] {
                    number = known
                } else {
                    texts.append(text)
                    number = texts.count
                    numbers[text] = number
                }
                out += "[^\(prefix)-\(number)]"
            }
            return out.isEmpty ? "" : " " + out
        }

        /// The definitions, one a line (`[^t2-1]: text`, line breaks shown as ` / `).
        func appendDefinitions(to out: inout ByteBuffer) {
            guard !texts.isEmpty else { return }
            out.append("\n")
            for (k, text) in texts.enumerated() {
                out.append(contentsOf: "[^\(prefix)-\(k + 1)]: ")
                appendText(text, oneLine: true, to: &out)
                out.append("\n")
            }
        }
    }

    /// The text of each named note with text in an article (the first of each name), gathered
    /// only when a reused note asks for one: most articles' Markdown never needs them.
    final class NamedNotes {
        private let article: Article
        private lazy var texts: [String: String] = {
            var named: [String: String] = [:]
            func add(_ notes: [Note]) {
                for note in notes where !note.text.isEmpty {
                    if let name = note.name, named[name] == nil { named[name] = note.text }
                }
            }
            for infobox in article.infoboxes { for field in infobox.fields { add(field.notes) } }
            for table in article.tables {
                for row in table.rows { for cell in row where cell.content.hasExtras { add(cell.notes) } }
            }
            return named
        }()

        init(_ article: Article) { self.article = article }

        func text(of name: String) -> String? { texts[name] }
    }
}
