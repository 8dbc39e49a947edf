import WikiModel
import Wikitext

/// The fast path of plain-text rendering, for content that yields text only: no link, note,
/// template or party to record, and no capture. Most table cells are such (numbers, names,
/// dates, `'''bold'''`, `5&nbsp;000`, `A<br />B`, `<small>(est.)</small>`): they render from
/// their bytes with no renderer, work list or captures. Anything else returns nil and takes
/// the full renderer, which gives the same text for what this path accepts:
///
/// - text and bare URLs show as written; bold/italic runs, comments, list markers and other
///   invisible markup show nothing;
/// - entities are decoded (`HTMLEntities`);
/// - `<br>` is a line break, hidden tags (`TagPolicy.hidden`) show nothing, and inline tags
///   (`TagRole.inline`: `<span>`, `<small>`, `<center>` …) show their body, when the body is
///   itself simple and nested at most `maxDepth` deep.
enum SimpleText {
    /// Inline tags nested deeper than this take the full renderer (the fast path recurses).
    static let maxDepth = 8

    /// Parts render as their children: cell content, parameter values, link labels, titles.
    static func isPart(_ kind: NodeKind) -> Bool {
        switch kind {
        case .cellContent, .parameterValue, .linkLabel, .headingTitle, .tagBody, .argumentDefault: true
        default: false
        }
    }

    /// The plain text of `content`'s children, or nil when one of them needs the renderer.
    static func render(_ content: Node) -> String? {
        render(content.id, in: content.document)
    }

    /// The plain text of the children of node `id`, or nil when one of them needs the renderer.
    static func render(_ id: Int32, in document: WikitextDocument) -> String? {
        withUnfoldedBytes(id, in: document) { TextFolding.text($0) }
    }

    /// Appends the unfolded bytes of node `id`'s children to `out` (what ``render(_:in:)``
    /// folds), or returns false with `out` untouched when one of them needs the renderer.
    static func write(_ id: Int32, in document: WikitextDocument, to out: GrowingBytes) -> Bool {
        withUnfoldedBytes(id, in: document) { out.append($0) } != nil
    }

    /// Calls `body` with the unfolded text of node `id`'s children, or returns nil when one of
    /// them needs the renderer. A scan of the children finds a lone text run (formatting and
    /// comments around it are fine), read straight from the source, or content to gather into
    /// a buffer; its tags are judged while gathering, which gives up (nil) at one that is not
    /// simple.
    private static func withUnfoldedBytes<R>(_ id: Int32, in document: WikitextDocument,
                                             _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        document.source.withUnsafeBufferPointer { source in
            switch children(of: id, in: document, loneOnly: false) {
            case .renderer: return nil
            case .lone(let only):
                return body(UnsafeBufferPointer(rebasing: source[only ?? 0..<0]))
            case .gathered: break
            }
            // What this path writes is never longer than its source: an entity decodes to at most
            // its own length, a `<br>` tag to one byte. `append` checks anyway.
            let capacity = document.range(of: id).count
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(capacity, 1)) { buffer in
                // The tags are judged as they are gathered: a tag that is not simple stops it.
                var gathered = Gathered(buffer: buffer, source: source)
                guard gathered.children(of: id, document, depth: 1) else { return nil }
                return body(UnsafeBufferPointer(rebasing: buffer[..<gathered.count]))
            }
        }
    }

    /// The source range that is the plain text of node `id`'s children, when they are one text
    /// run (invisible markup such as `'''` or comments around it) that renders as written,
    /// trimmed: `1,234`, `'''Total'''`, `Labour`. Nil for anything else (``render(_:in:)`` then).
    static func sourceRange(_ id: Int32, in document: WikitextDocument) -> Range<Int>? {
        sourceRange(id, in: document, source: document.source)
    }

    /// ``sourceRange(_:in:)`` for a caller that holds the document's `source` (fetching it
    /// from the document per cell retains and releases it).
    static func sourceRange(_ id: Int32, in document: WikitextDocument, source: [UInt8]) -> Range<Int>? {
        guard case .lone(let only) = children(of: id, in: document, loneOnly: true) else { return nil }
        guard let only else {
            let start = document.range(of: id).lowerBound
            return start..<start  // nothing visible: the empty text
        }
        return TextFolding.unchangedRange(source, only)
    }

    /// What the children of a part need, from one scan of them.
    private enum Children {
        /// At most one text run among invisible markup: its range (nil for none).
        case lone(Range<Int>?)
        /// Content to gather (entities, URLs, tags, several runs): gathering may still fail on
        /// a tag that is not simple, judged only then.
        case gathered
        /// Something only the renderer handles.
        case renderer
    }

    /// Scans the children of node `id` (tags are not examined here: `Gathered` judges them).
    /// With `loneOnly` the scan stops as soon as the content is more than a lone run: the
    /// caller wants the lone case only.
    private static func children(of id: Int32, in document: WikitextDocument, loneOnly: Bool) -> Children {
        var only: Range<Int>?
        var gathers = false
        var child = document.firstChild(of: id)
        while child >= 0 {
            switch document.kind(of: child) {
            case .text:
                if only == nil && !gathers { only = document.range(of: child) } else { gathers = true }
            case .formatting, .comment, .behaviorSwitch, .listMarker, .horizontalRule:
                break
            case .entity, .bareURL:
                gathers = true
            case .tag:
                // Whether it is simple is judged as the content is gathered (`Gathered`).
                if loneOnly { return .gathered }
                gathers = true
            default:
                return .renderer
            }
            if gathers && loneOnly { return .gathered }
            child = document.nextSibling(of: child)
        }
        return gathers ? .gathered : .lone(only)
    }

    /// The bytes of simple content, written into a fixed buffer.
    private struct Gathered {
        let buffer: UnsafeMutableBufferPointer<UInt8>
        let source: UnsafeBufferPointer<UInt8>
        var count = 0

        init(buffer: UnsafeMutableBufferPointer<UInt8>, source: UnsafeBufferPointer<UInt8>) {
            self.buffer = buffer
            self.source = source
        }

        /// Writes the children of node `id`, whose tags sit `depth` deep; false when one of them
        /// needs the renderer (a tag that is not simple, or nested deeper than `maxDepth`) or
        /// the buffer is too small.
        mutating func children(of id: Int32, _ document: WikitextDocument, depth: Int) -> Bool {
            var child = document.firstChild(of: id)
            while child >= 0 {
                switch document.kind(of: child) {
                case .text, .bareURL:
                    guard append(document.range(of: child)) else { return false }
                case .entity:
                    let range = document.range(of: child)
                    switch HTMLEntities.decode(UnsafeBufferPointer(rebasing: source[range])) {
                    case .scalar(let scalar): guard append(UTF8.encode(scalar)!) else { return false }
                    case .named(let text): guard append(text) else { return false }
                    case .asWritten: guard append(range) else { return false }
                    }
                case .tag:
                    switch TagRole(of: child, in: document, source: source) {
                    case .lineBreak:
                        guard append(CollectionOfOne(0x0A)) else { return false }
                    case .hidden:
                        break
                    case .inline:
                        let body = document.firstChild(of: child, kind: .tagBody)
                        guard body >= 0 else { break }
                        guard depth < maxDepth, children(of: body, document, depth: depth + 1) else { return false }
                    default:
                        return false
                    }
                case .formatting, .comment, .behaviorSwitch, .listMarker, .horizontalRule:
                    break  // shows nothing
                default:
                    return false
                }
                child = document.nextSibling(of: child)
            }
            return true
        }

        private mutating func append(_ bytes: some Collection<UInt8>) -> Bool {
            guard count + bytes.count <= buffer.count else { return false }
            for b in bytes {
                buffer[count] = b
                count += 1
            }
            return true
        }

        /// `append` for source bytes, copied in one go.
        private mutating func append(_ range: Range<Int>) -> Bool {
            guard count + range.count <= buffer.count else { return false }
            if !range.isEmpty { (buffer.baseAddress! + count).update(from: source.baseAddress! + range.lowerBound, count: range.count) }
            count += range.count
            return true
        }
    }
}
