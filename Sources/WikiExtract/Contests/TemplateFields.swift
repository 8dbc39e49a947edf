import Wikitext
import WikiModel
import WikiValues

/// Reads the parameters of one election template: keys matched loosely (case, spaces, `_`),
/// values rendered to plain text and parsed to numbers.
struct TemplateFields {
    let template: Template
    private let byKey: [String: Parameter]

    init(_ template: Template) {
        self.template = template
        var map: [String: Parameter] = [:]
        for p in template.positionallyNumbered() { map[TemplateFields.normalize(p.key)] = p }
        byKey = map
    }

    /// `Seats %`, `seats%` and `seats_%` are one key.
    static func normalize(_ key: String) -> String {
        let bytes = key.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            return String(key.lowercased().unicodeScalars.filter { $0 != " " && $0 != "_" && $0 != "\t" && $0 != "\n" })
        }
        // ASCII keys (nearly all): lower and drop blanks byte by byte.
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            var n = 0
            for b in bytes where b != 0x20 && b != 0x5F && b != 0x09 && b != 0x0A {
                out[n] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                n += 1
            }
            return n
        }
    }

    /// The parameter for a key, if given.
    func parameter(_ key: String) -> Parameter? { byKey[TemplateFields.normalize(key)] }

    /// The first of several keys that is given.
    func parameter(anyOf keys: [String]) -> Parameter? {
        for key in keys { if let p = parameter(key) { return p } }
        return nil
    }

    /// The rendered plain text of a parameter (nil when absent or blank).
    func text(_ keys: String...) -> String? {
        guard let value = parameter(anyOf: keys)?.value else { return nil }
        let text = PlainText.render(value).text
        return text.isEmpty ? nil : text
    }

    /// Rendered text and the footnotes taken out of it.
    func rendered(_ keys: String...) -> RenderedText? {
        guard let value = parameter(anyOf: keys)?.value else { return nil }
        return PlainText.render(value)
    }

    /// A parameter's number: votes, seats, percentages, signed changes. Nil when absent,
    /// empty (`–`), or not a number (`''New''`).
    func number(_ keys: String...) -> Double? { number(anyOf: keys) }

    /// A whole number, as for votes and seats.
    func integer(_ keys: String...) -> Int? {
        guard let n = number(anyOf: keys), n.rounded() == n, abs(n) < 1e15 else { return nil }
        return Int(n)
    }

    private func number(anyOf keys: [String]) -> Double? {
        guard let value = parameter(anyOf: keys)?.value else { return nil }
        return TemplateFields.number(in: PlainText.render(value).text)
    }

    /// The number in a plain text, when the text is one.
    static func number(in text: String) -> Double? {
        let value = ValueParser.parse(text)
        switch value.kind {
        case .integer, .decimal, .percent, .change, .percentagePoints, .year:
            return value.number
        default:
            return nil
        }
    }

    /// The line of the template.
    var line: Int { template.node.line }
}
