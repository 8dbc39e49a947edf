import Wikitext
import WikiValues

/// Change signs: `{{increase}}16` reads `+16`, `{{decrease}}0.71` reads `−0.71` (U+2212, which
/// the value parser takes as a change sign, unlike a hyphen-minus), `{{steady}}` reads nothing.
///
/// Before an amount of money the arrow is a trend beside a level, not a sign: `| exports =
/// {{decrease}} €11.6 billion` is exports of €11.6 billion that fell, not −€11.6 billion, and
/// `| revenue = {{increase}} {{USD|9.98 billion}}` is revenue of US$9.98 billion. So an arrow
/// followed by a currency sign (`$`, `US$`, `€`, `£`, `Rs` …) or a currency template reads
/// nothing.
enum SignTemplates {
    static let plus: TemplateRenderer = { call, out in if !beforeMoney(call) { out.text("+") } }
    static let minus: TemplateRenderer = { call, out in if !beforeMoney(call) { out.text("−") } }

    static let entries: [([String], TemplateRenderer)] = [
        (["increase", "increase2", "increasepositive", "increasenegative", "up", "gain", "up arrow",
          "uparrow", "green up arrow", "red up arrow", "rise"], plus),
        (["decrease", "decrease2", "decreasepositive", "decreasenegative", "down", "loss", "down arrow",
          "downarrow", "red down arrow", "green down arrow", "fall"], minus),
        (["steady", "steady2", "no change", "nochange", "same", "hold", "increase and decrease"], { _, _ in }),
    ]

    /// True when what follows the template (its next sibling) is an amount of money: text that
    /// opens, after spaces, with a currency sign as the value parser reads one, or a currency
    /// template.
    static func beforeMoney(_ call: TemplateCall) -> Bool {
        let document = call.document
        var next = document.nextSibling(of: call.id)
        // A space between the arrow and a currency template is a text of its own.
        while next >= 0, document.kind(of: next) == .text,
              document.source[document.range(of: next)].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
            next = document.nextSibling(of: next)
        }
        guard next >= 0 else { return false }
        switch document.kind(of: next) {
        case .text:
            return document.source.withUnsafeBufferPointer { opensWithCurrency($0[document.range(of: next)]) }
        case .template:
            return CurrencyTemplates.names.contains(TemplateName(of: document.node(next)).lookup)
        default:
            return false
        }
    }

    /// True when `text` opens, after spaces, with a currency sign (``CurrencySigns``).
    static func opensWithCurrency(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var i = text.startIndex
        while i < text.endIndex, text[i] == 0x20 || text[i] == 0x09 { i += 1 }
        return CurrencySigns.opens(UnsafeBufferPointer(rebasing: text[i...]))
    }
}
