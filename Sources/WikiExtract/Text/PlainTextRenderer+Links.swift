import Wikitext
import WikiModel

/// Wikilinks: `[[Target|label]]trail` shows its label (or target) and trail, and is recorded
/// in `result.links` unless it sits inside a footnote. File and category links show nothing.
extension PlainTextRenderer {
    /// A wikilink's labels (how many, the first) and trail, read by id; `pipeTrick` for `[[A (b)|]]`.
    static func linkParts(_ id: Int32, _ document: WikitextDocument)
        -> (labelCount: Int, firstLabel: Int32, trail: Int32, pipeTrick: Bool) {
        var labelCount = 0
        var firstLabel: Int32 = -1, trail: Int32 = -1
        var child = document.firstChild(of: id)
        while child >= 0 {
            switch document.kind(of: child) {
            case .linkLabel:
                if labelCount == 0 { firstLabel = child }
                labelCount += 1
            case .linkTrail:
                trail = child
            default:
                break
            }
            child = document.nextSibling(of: child)
        }
        let pipeTrick = labelCount == 1 && document.range(of: firstLabel).isEmpty
        return (labelCount, firstLabel, trail, pipeTrick)
    }

    /// Records the link (unless inside a footnote, where it is not the text's) and gives the
    /// target string (empty when neither recorded nor shown) and its slot in `result.links`.
    mutating func beginLink(_ target: LinkTarget, _ document: WikitextDocument, _ source: [UInt8],
                            labelCount: Int, pipeTrick: Bool) -> (text: String, slot: Int) {
        let recorded = noteDepth == 0
        let targetText = recorded || labelCount == 0 || pipeTrick ? target.text(document, source) : ""
        let slot = recorded ? result.links.count : -1
        if recorded { recordLink(target: targetText) }
        return (targetText, slot)
    }

    mutating func visitWikilink(_ id: Int32, _ document: WikitextDocument, _ source: [UInt8]) {
        let target = LinkTarget(link: id, in: document, source: source)
        guard target.namespace == .none else { return }
        let (labelCount, firstLabel, trail, pipeTrick) = Self.linkParts(id, document)
        let (targetText, slot) = beginLink(target, document, source, labelCount: labelCount, pipeTrick: pipeTrick)
        work.append(.endLink(slot: Int32(slot)))
        push(trail)
        if labelCount == 0 || pipeTrick {
            // The shown text is the target's: written now, as the first step of the capture.
            marks.append(out.count)
            appendShown(targetText, pipeTrick: pipeTrick)
            return
        }
        // Everything after the first `|` is the label, pipes included.
        let start = work.count
        var child = firstLabel
        while child >= 0 {
            if document.kind(of: child) == .linkLabel {
                if work.count > start { work.append(.byte(0x7C)) }
                work.append(.node(child))
            }
            child = document.nextSibling(of: child)
        }
        reverseWork(from: start)
        marks.append(out.count)  // the capture starts with the first label
    }

    /// Writes the text a link without a label shows: its target (or the pipe trick's part of
    /// it) with entities decoded.
    mutating func appendShown(_ target: String, pipeTrick: Bool) {
        HTMLEntities.appendDecodingAll(pipeTrick ? Self.pipeTrick(target) : target, to: &out)
    }

    /// The pipe trick: `[[Pakistan (country)|]]` shows `Pakistan`, `[[Punjab, Pakistan|]]` shows
    /// `Punjab`: the namespace, a trailing `(…)` and anything from a comma go.
    static func pipeTrick(_ target: String) -> String {
        var t = Substring(target)
        if let colon = t.firstIndex(of: ":") { t = t[t.index(after: colon)...] }
        if t.hasSuffix(")"), let open = t.lastIndex(of: "(") {
            t = t[..<open]
        } else if let comma = t.firstIndex(of: ",") {
            t = t[..<comma]
        }
        return String(t).trimmingWikiWhitespace()
    }

    /// Appends a link whose shown text comes when its label has been rendered.
    mutating func recordLink(target: String) {
        // Most cells with links have one: a one-element array is allocated directly, without
        // the generic growth path that `reserveCapacity` and `append` take.
        if result.links.isEmpty {
            result.links = [Link(target: target, text: "")]
        } else {
            result.links.append(Link(target: target, text: ""))
        }
    }

    mutating func endLink(_ slot: Int) {
        let start = marks.removeLast()
        if slot >= 0 { result.links[slot].text = linkText(from: start, target: result.links[slot].target) }
    }

    /// The shown text of a link whose label and trail are `out[start...]`: the line they
    /// fold to, which is the target string itself when they are its bytes unchanged
    /// (`[[Imran Khan]]`), shared rather than built again.
    func linkText(from start: Int, target: String) -> String {
        // Read in place: a slice of `out` would retain and release the array.
        out.withUnsafeBufferPointer { all in
            let shown = UnsafeBufferPointer(rebasing: all[start...])
            if TextFolding.equal(target, shown), TextFolding.isFolded(shown) {
                return target
            }
            return TextFolding.line(shown)
        }
    }
}
