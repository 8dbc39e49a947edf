import Wikitext

/// The fast path of plain-text rendering: content made only of text and bold/italic runs
/// (most table cells: numbers, names, dates) renders by folding its text bytes, with no
/// renderer, work list or captures. Anything else returns nil and takes the full renderer.
enum SimpleText {
    /// Parts render as their children: cell content, parameter values, link labels, titles.
    static func isPart(_ kind: NodeKind) -> Bool {
        switch kind {
        case .cellContent, .parameterValue, .linkLabel, .headingTitle, .tagBody, .argumentDefault: true
        default: false
        }
    }

    /// The plain text of `content`'s children, or nil when one of them needs the renderer.
    static func render(_ content: Node) -> String? {
        let document = content.document
        let source = document.source
        var only: Range<Int>?
        var joined: [UInt8]?
        // By id: no `Node` per child.
        var child = document.firstChild(of: content.id)
        while child >= 0 {
            defer { child = document.nextSibling(of: child) }
            switch document.kind(of: child) {
            case .text:
                let range = document.range(of: child)
                if let first = only {
                    if joined == nil { joined = Array(source[first]) }
                    joined! += source[range]
                } else {
                    only = range
                }
            case .formatting:
                continue
            default:
                return nil
            }
        }
        if let joined { return TextFolding.text(joined[...]) }
        guard let only else { return "" }
        return TextFolding.text(source[only])
    }
}
