import Wikitext
import WikiModel

/// The state of one plain-text rendering: output bytes and collected notes, links, templates.
struct PlainTextRenderer {
    var out: [UInt8] = []
    var result = RenderedText()

    /// Renders `node` without recursion: an explicit work list of nodes to visit.
    mutating func render(_ root: Node) {
        var work: [Node] = [root]
        while let node = work.popLast() {
            switch node.kind {
            case .text, .linkTrail:
                out += node.document.source[node.range]
            case .entity:
                out += Array(HTMLEntities.decode(node.text).utf8)
            case .comment, .formatting, .behaviorSwitch, .redirect, .listMarker, .horizontalRule,
                 .tableAttributes, .cellAttributes, .attributeName, .attributeValue, .tagAttribute:
                break
            case .bareURL, .linkURL:
                out += node.document.source[node.range]
            case .wikilink:
                renderWikilink(node, &work)
            case .externalLink:
                if let label = node.child(.linkLabel), label.range.count > 0 {
                    work.append(label)
                }
            case .template:
                result.templates.append(Template(node).map(\.normalizedName) ?? "")
            case .argument:
                if let fallback = node.child(.argumentDefault) { work.append(fallback) }
            case .tag:
                renderTag(node, &work)
            case .heading:
                if let title = node.child(.headingTitle) { work.append(title) }
            default:
                // Parts and containers: render the children in order.
                for child in node.children.reversed() { work.append(child) }
            }
        }
    }

    private mutating func renderWikilink(_ node: Node, _ work: inout [Node]) {
        guard let link = Wikilink(node) else { return }
        if link.isCategory || link.isFile { return }
        let target = link.target.hasPrefix(":") ? String(link.target.dropFirst()) : link.target
        let labels = link.labels
        let shown: String
        if let label = labels.last {
            shown = PlainText.render(label).text + link.trail
            if let trail = node.child(.linkTrail) { work.append(trail) }
            work.append(label)
        } else {
            shown = target + link.trail
            out += Array(target.utf8)
            if let trail = node.child(.linkTrail) { work.append(trail) }
        }
        result.links.append(Link(target: target, text: shown))
    }

    private mutating func renderTag(_ node: Node, _ work: inout [Node]) {
        guard let tag = Tag(node) else { return }
        switch tag.name {
        case "br":
            out.append(0x0A)
        case "ref":
            if node.flags.contains(.closingOnly) { return }
            let body = tag.body.map { PlainText.render($0) }
            result.notes.append(Note(kind: .ref, name: tag.attribute("name"), text: body?.text ?? "", raw: node.text))
        case "nowiki", "pre", "math", "chem", "ce", "syntaxhighlight", "source", "code", "poem":
            if let body = tag.body { for child in body.children.reversed() { work.append(child) } }
        case "references", "gallery", "templatestyles", "timeline", "graph", "templatedata", "mapframe", "maplink",
             "noinclude", "includeonly", "indicator":
            break
        default:
            if let body = tag.body { work.append(body) }
        }
    }

    /// Folds runs of blanks, trims each line, and trims the whole.
    mutating func finish() -> RenderedText {
        var lines: [String] = []
        for line in out.split(separator: 0x0A, omittingEmptySubsequences: false) {
            var folded: [UInt8] = []
            var blank = false
            for b in line {
                if b == 0x20 || b == 0x09 || b == 0x0D {
                    blank = true
                } else {
                    if blank && !folded.isEmpty { folded.append(0x20) }
                    blank = false
                    folded.append(b)
                }
            }
            lines.append(String(decoding: folded, as: UTF8.self))
        }
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        while let first = lines.first, first.isEmpty { lines.removeFirst() }
        result.text = lines.joined(separator: "\n")
        return result
    }
}
