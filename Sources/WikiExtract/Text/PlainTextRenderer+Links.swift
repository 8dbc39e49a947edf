import PCRE2
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
    /// range of its target's bytes in `linkBytes` (empty when neither recorded nor shown) and its
    /// slot in `linkSpans`.
    mutating func beginLink(_ target: LinkTarget, _ document: WikitextDocument, _ source: [UInt8],
                            labelCount: Int, pipeTrick: Bool) -> (target: Range<Int>, slot: Int) {
        let recorded = noteDepth == 0
        let start = linkBytes.count
        if recorded || labelCount == 0 || pipeTrick { target.appendText(document, source, to: linkBytes) }
        let targetRange = start..<linkBytes.count
        guard recorded else { return (targetRange, -1) }
        // The text stays empty until the label has been rendered (`setLinkText`).
        linkSpans.append(LinkSpan(target: targetRange, text: targetRange.upperBound..<targetRange.upperBound))
        return (targetRange, linkSpans.count - 1)
    }

    /// Records a link a template draws (unless inside a footnote): `text` is what it shows,
    /// already written.
    mutating func recordLink(to target: String, showing text: String) {
        guard noteDepth == 0 else { return }
        let start = linkBytes.count
        linkBytes.append(utf8: target)
        let targetRange = start..<linkBytes.count
        var textRange = targetRange
        if text != target {
            linkBytes.append(utf8: text)
            textRange = targetRange.upperBound..<linkBytes.count
        }
        linkSpans.append(LinkSpan(target: targetRange, text: textRange))
    }

    mutating func visitWikilink(_ id: Int32, _ document: WikitextDocument, _ source: [UInt8]) {
        let target = LinkTarget(link: id, in: document, source: source)
        guard target.namespace == .none else { return }
        let (labelCount, firstLabel, trail, pipeTrick) = Self.linkParts(id, document)
        let (targetRange, slot) = beginLink(target, document, source, labelCount: labelCount, pipeTrick: pipeTrick)
        work.append(.endLink(slot: Int32(slot)))
        push(trail)
        if labelCount == 0 || pipeTrick {
            // The shown text is the target's: written now, as the first step of the capture.
            marks.append(out.count)
            appendShown(targetRange, pipeTrick: pipeTrick)
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

    /// Writes the text a link without a label shows: its target (`linkBytes[target]`, or the
    /// pipe trick's part of it) with entities decoded.
    mutating func appendShown(_ target: Range<Int>, pipeTrick: Bool) {
        if pipeTrick {
            let text = linkBytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[target]), as: UTF8.self) }
            HTMLEntities.appendDecodingAll(Self.pipeTrick(text), to: out)
        } else {
            Self.appendDecodingAll(linkBytes, target, to: out)
        }
    }

    /// `HTMLEntities.appendDecodingAll` of `bytes[range]` (two buffers of the renderer: passed
    /// as arguments, so reading one while appending to the other needs no copy).
    private static func appendDecodingAll(_ bytes: GrowingBytes, _ range: Range<Int>, to out: GrowingBytes) {
        bytes.withUnsafeBufferPointer { HTMLEntities.appendDecodingAll(UnsafeBufferPointer(rebasing: $0[range]), to: out) }
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

    mutating func endLink(_ slot: Int) {
        let start = marks.removeLast()
        if slot >= 0 { setLinkText(slot, from: start) }
    }

    /// Sets the shown text of `linkSpans[slot]` from its label and trail, `out[start...]`: the
    /// line they fold to, which is the target's range itself when they are its bytes unchanged
    /// (`[[Imran Khan]]`), else folded into `linkBytes`.
    mutating func setLinkText(_ slot: Int, from start: Int) {
        let target = linkSpans[slot].target
        let text = Self.foldLinkText(out, from: start, target: target, into: linkBytes)
        linkSpans[slot].textStart = Int32(truncatingIfNeeded: text.lowerBound)
        linkSpans[slot].textEnd = Int32(truncatingIfNeeded: text.upperBound)
    }

    /// The range of `bytes` holding the line `out[start...]` folds to: `target` when that is
    /// already its bytes, else the folded bytes appended to `bytes`. Like the target's, the
    /// bytes are well-formed UTF-8: ill-formed ones are repaired as a string of them would be,
    /// so the strings made of them later are exactly their bytes.
    private static func foldLinkText(_ out: GrowingBytes, from start: Int, target: Range<Int>,
                                     into bytes: GrowingBytes) -> Range<Int> {
        let textStart = bytes.count
        let folded = out.withUnsafeBufferPointer { all -> Bool in
            let shown = UnsafeBufferPointer(rebasing: all[start...])
            guard TextFolding.isFolded(shown) else {
                TextFolding.appendLine(shown, to: bytes)
                return false
            }
            if bytes.withUnsafeBufferPointer({ CellString.sameBytes(UnsafeBufferPointer(rebasing: $0[target]), shown) }) {
                return true
            }
            bytes.append(shown)  // folding would leave it as it is
            return false
        }
        if folded { return target }
        if !UTF8Validation.isValid(bytes.bytes(from: textStart)) {
            let repaired = String(decoding: bytes.bytes(from: textStart), as: UTF8.self)
            bytes.removeSubrange(from: textStart)
            bytes.append(utf8: repaired)
        }
        return textStart..<bytes.count
    }

    /// The recorded links as strings (for `finish`).
    func recordedLinks() -> [Link] {
        guard !linkSpans.isEmpty else { return [] }
        return linkBytes.withUnsafeBufferPointer { bytes in linkSpans.map { $0.link(in: bytes) } }
    }
}
