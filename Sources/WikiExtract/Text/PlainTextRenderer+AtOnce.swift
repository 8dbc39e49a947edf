import Wikitext
import WikiModel

/// Rendering at once: a node made only of text, entities, invisible markup, simple tags and
/// wikilinks (most of what table cells and infobox values hold besides templates) is rendered
/// straight into the output by a short recursion, with no work steps, captures or side lists.
///
/// The result is the one the work list gives: these nodes would be the next steps popped, so
/// writing them now changes nothing. Anything else (templates, footnotes, external links,
/// deeper nesting than `maxDepth`) makes the attempt fail; what it wrote is taken back (output
/// bytes and recorded links and their bytes are only ever appended here) and the work list renders the node.
extension PlainTextRenderer {
    /// Nesting (tags, link labels) followed at once; deeper content takes the work list.
    static let maxDepth = 8

    /// Renders node `id` at once; false, with nothing written, when it needs the work list.
    mutating func renderAtOnce(_ id: Int32, _ document: WikitextDocument, _ source: [UInt8]) -> Bool {
        guard rendersAtOnce else { return false }
        let outCount = out.count, linkCount = linkSpans.count, linkByteCount = linkBytes.count
        if atOnce(id, document, source, depth: 0) { return true }
        // Most attempts fail at once (a template) with nothing written: nothing to take back.
        if out.count > outCount { out.removeSubrange(from: outCount) }
        if linkSpans.count > linkCount { linkSpans.removeSubrange(linkCount...) }
        if linkBytes.count > linkByteCount { linkBytes.removeSubrange(from: linkByteCount) }
        return false
    }

    private mutating func atOnce(_ id: Int32, _ document: WikitextDocument, _ source: [UInt8], depth: Int) -> Bool {
        switch document.kind(of: id) {
        case .text, .linkTrail, .bareURL:
            append(document.range(of: id), of: source)
        case .entity:
            HTMLEntities.append(source[document.range(of: id)], to: out)
        case .comment, .formatting, .behaviorSwitch, .redirect, .listMarker, .horizontalRule,
             .attributeName, .attributeValue, .parameterName, .argumentName, .linkURL:
            break
        case .tag:
            return tagAtOnce(id, document, source, depth: depth)
        case .wikilink:
            return wikilinkAtOnce(id, document, source, depth: depth)
        default:
            return false
        }
        return true
    }

    /// The children of `id` in order (a tag's body, a link's label).
    private mutating func childrenAtOnce(of id: Int32, _ document: WikitextDocument, _ source: [UInt8], depth: Int) -> Bool {
        guard depth < Self.maxDepth else { return false }
        var child = document.firstChild(of: id)
        while child >= 0 {
            guard atOnce(child, document, source, depth: depth + 1) else { return false }
            child = document.nextSibling(of: child)
        }
        return true
    }

    /// A tag as `visitTag` renders it, footnotes excepted.
    private mutating func tagAtOnce(_ id: Int32, _ document: WikitextDocument, _ source: [UInt8], depth: Int) -> Bool {
        let role = TagRole(of: id, in: document)
        let body = document.firstChild(of: id, kind: .tagBody)
        switch role {
        case .lineBreak:
            out.append(0x0A)
        case .hidden:
            break
        case .inline:
            if body >= 0 { return childrenAtOnce(of: body, document, source, depth: depth) }
        case .block:
            out.append(0x0A)
            if body >= 0 { guard childrenAtOnce(of: body, document, source, depth: depth) else { return false } }
            out.append(0x0A)
        case .cell:
            out.append(0x09)
            if body >= 0 { return childrenAtOnce(of: body, document, source, depth: depth) }
        case .script(let superscript):
            let start = out.count
            if body >= 0 { guard childrenAtOnce(of: body, document, source, depth: depth) else { return false } }
            ScriptDigits.convert(out, from: start, superscript: superscript)
        case .ref, .literal:
            return false
        }
        return true
    }

    /// A wikilink as `visitWikilink` and `endLink` render it.
    private mutating func wikilinkAtOnce(_ id: Int32, _ document: WikitextDocument, _ source: [UInt8], depth: Int) -> Bool {
        let target = LinkTarget(link: id, in: document, source: source)
        guard target.namespace == .none else { return true }
        let (labelCount, firstLabel, trail, pipeTrick) = Self.linkParts(id, document)
        let (targetRange, slot) = beginLink(target, document, source, labelCount: labelCount, pipeTrick: pipeTrick)
        let start = out.count
        if labelCount == 0 || pipeTrick {
            appendShown(targetRange, pipeTrick: pipeTrick)
        } else {
            // Everything after the first `|` is the label, pipes included.
            var child = firstLabel
            while child >= 0 {
                if document.kind(of: child) == .linkLabel {
                    if child != firstLabel { out.append(0x7C) }
                    guard childrenAtOnce(of: child, document, source, depth: depth) else { return false }
                }
                child = document.nextSibling(of: child)
            }
        }
        if trail >= 0 { append(document.range(of: trail), of: source) }
        if slot >= 0 { setLinkText(slot, from: start) }
        return true
    }
}
