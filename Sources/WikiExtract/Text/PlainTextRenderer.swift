import Wikitext
import WikiModel

/// The state of one plain-text rendering: output bytes and what was collected on the way.
///
/// The walk uses an explicit work list (`RenderWork`), never recursion, and reads the tree by
/// node id (`document.kind(of:)`, `firstChild`, `nextSibling`), never through `Node` values.
/// Captures (a link's label, a footnote's body, a template argument) are marked by an output
/// offset: their bytes are the tail of `out` when the capture ends. Links, tags and templates
/// are visited by the extensions in `PlainTextRenderer+Links/Tags/Templates.swift`.
struct PlainTextRenderer {
    /// The output bytes (a buffer of the renderer's own: a copy of the renderer would share it).
    let out = GrowingBytes()
    var result = RenderedText()
    /// Whether `result.templates` lists the templates met (the census needs them; cells do not).
    var collectTemplates = true
    /// Whether simple nodes are rendered at once (`PlainTextRenderer+AtOnce.swift`); off, every
    /// node takes the work list, which tests use as the reference for the shortcut.
    var rendersAtOnce = true

    // Walk state, shared with the extensions that visit links, tags and templates.
    var work: [RenderWork] = []
    var marks: [Int] = []
    var arguments: [String] = []
    /// Slots in `result.notes` of the footnotes being captured, innermost last. Links and
    /// parties found inside a footnote are not the text's.
    var openNotes: [Int] = []
    /// The links met (not those inside footnotes), in order, as ranges of `linkBytes`: their
    /// target and shown text. `finish` makes them strings; a cell's store copies the bytes.
    var linkSpans: [LinkSpan] = []
    let linkBytes = GrowingBytes(capacity: 64)
    var noteDepth: Int { openNotes.count }
    /// Side lists of the work steps that carry more than plain data (see `RenderWork`).
    var literals: [String] = []
    var noteNames: [String?] = []
    var combiners: [TemplateCombiner] = []
    /// Scratch kept across templates: a name's bytes, and an empty action list with capacity.
    var nameBytes: [UInt8] = []
    /// Names of templates met lately (when names are not collected): see `TemplateNameCache`.
    var nameCache = TemplateNameCache()
    var spareActions: [TemplateOutput.Action] = []

    init() {}

    /// Forgets the last rendering but keeps the buffers' capacity, so one renderer can serve
    /// every cell of a page without allocating its work list and output again each time.
    /// Lists that are empty already (most of them, for most cells) are left alone.
    mutating func reset() {
        out.removeAll()
        if !result.text.isEmpty || !result.notes.isEmpty || !result.links.isEmpty || !result.templates.isEmpty
            || !result.parties.isEmpty {
            result = RenderedText()
        }
        if !work.isEmpty { work.removeAll(keepingCapacity: true) }
        if !marks.isEmpty { marks.removeAll(keepingCapacity: true) }
        if !arguments.isEmpty { arguments.removeAll(keepingCapacity: true) }
        if !openNotes.isEmpty { openNotes.removeAll(keepingCapacity: true) }
        if !linkSpans.isEmpty { linkSpans.removeAll(keepingCapacity: true) }
        linkBytes.removeAll()
        if !literals.isEmpty { literals.removeAll(keepingCapacity: true) }
        if !noteNames.isEmpty { noteNames.removeAll(keepingCapacity: true) }
        if !combiners.isEmpty { combiners.removeAll(keepingCapacity: true) }
    }

    /// Renders `root` and everything below it.
    mutating func render(_ root: Node) {
        render(root.id, in: root.document)
    }

    /// Renders the node `root` of `document` and everything below it.
    mutating func render(_ root: Int32, in document: WikitextDocument) {
        let source = document.source  // held once, not fetched from the document per node
        work.append(.node(root))
        while let step = work.popLast() {
            switch step {
            case .node(let id): visit(id, document, source)
            case .byte(let byte): out.append(byte)
            case .literal(let index): out.append(utf8: literals[Int(index)])
            case .linkedLiteral(let index):
                out.append(utf8: literals[Int(index)])
                recordLink(to: literals[Int(index) + 1], showing: literals[Int(index)])
            case .begin: marks.append(out.count)
            case .endLink(let slot): endLink(Int(slot))
            case .openNote(let kind, let name, let raw):
                openNote(kind, name: name < 0 ? nil : noteNames[Int(name)], raw: document.string(document.range(of: raw)))
            case .closeNote: closeNote()
            case .endScript(let superscript):
                ScriptDigits.convert(out, from: marks.removeLast(), superscript: superscript)
            case .endArgument:
                let start = marks.removeLast()
                arguments.append(TextFolding.line(out.bytes(from: start)))
                out.removeSubrange(from: start)
            case .combine(let index, let count):
                let args = Array(arguments.suffix(Int(count)))
                arguments.removeLast(Int(count))
                out.append(utf8: combiners[Int(index)](args))
            }
        }
    }

    private mutating func visit(_ id: Int32, _ document: WikitextDocument, _ source: [UInt8]) {
        switch document.kind(of: id) {
        case .text, .linkTrail, .bareURL:
            append(document.range(of: id), of: source)
        case .entity:
            HTMLEntities.append(source[document.range(of: id)], to: out)
        case .tableAttributes, .cellAttributes, .tagAttribute:
            // Not shown, but `style="background:{{party color|X}}"` names a party.
            recordParties(in: id, document)
        case .comment, .formatting, .behaviorSwitch, .redirect, .listMarker, .horizontalRule,
             .attributeName, .attributeValue, .parameterName, .argumentName, .linkURL:
            break
        case .wikilink:
            if !renderAtOnce(id, document, source) { visitWikilink(id, document, source) }
        case .externalLink:
            push(document.firstChild(of: id, kind: .linkLabel))
        case .template:
            visitTemplate(id, document)
        case .argument:
            push(document.firstChild(of: id, kind: .argumentDefault))
        case .tag:
            if !renderAtOnce(id, document, source) { visitTag(id, document) }
        case .heading:
            work.append(.byte(0x0A))
            push(document.firstChild(of: id, kind: .headingTitle))
            out.append(0x0A)
        case .tableRow:
            work.append(.byte(0x0A))
            pushChildren(of: id, document, separator: 0x09)
        case .tableCaption:
            work.append(.byte(0x0A))
            pushChildren(of: id, document, source)
        default:
            // Parts and containers: their children in order.
            pushChildren(of: id, document, source)
        }
    }

    /// Renders the children in order: the leading ones that render at once now, the rest
    /// pushed so that they pop in source order.
    private mutating func pushChildren(of id: Int32, _ document: WikitextDocument, _ source: [UInt8]) {
        var child = document.firstChild(of: id)
        while child >= 0 && renderAtOnce(child, document, source) { child = document.nextSibling(of: child) }
        guard child >= 0 else { return }
        let start = work.count
        while child >= 0 {
            work.append(.node(child))
            child = document.nextSibling(of: child)
        }
        reverseWork(from: start)
    }

    /// Appends the source bytes `range` to the output, copied from the buffer in one go (the
    /// generic append of an array slice costs twice as much per text run).
    @inline(__always) mutating func append(_ range: Range<Int>, of source: [UInt8]) {
        source.withUnsafeBufferPointer { out.append(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// Pushes node `id` when there is one (`id` ≥ 0).
    @inline(__always) mutating func push(_ id: Int32) {
        if id >= 0 { work.append(.node(id)) }
    }

    /// Pushes the children so that they pop in source order, with `separator` between them.
    private mutating func pushChildren(of id: Int32, _ document: WikitextDocument, separator: UInt8) {
        let start = work.count
        var child = document.firstChild(of: id)
        while child >= 0 {
            if work.count > start { work.append(.byte(separator)) }
            work.append(.node(child))
            child = document.nextSibling(of: child)
        }
        reverseWork(from: start)
    }

    /// Reverses `work[start...]` in place (reversing a slice of `work` would copy it).
    mutating func reverseWork(from start: Int) {
        var lo = start, hi = work.count - 1
        while lo < hi {
            work.swapAt(lo, hi)
            lo += 1
            hi -= 1
        }
    }

    /// Footnotes nested deeper than this inside other footnotes are not notes of their own:
    /// their text stays in the enclosing note's, their wikitext in its raw. Each note keeps its
    /// whole raw wikitext, so 5,000 nested `{{efn}}` would repeat the page 2,500 times over
    /// (600 MB of output from 60 kB); real notes nest two deep (a `<ref>` in an `{{efn}}`).
    static let maxNoteNesting = 8

    /// Starts a footnote: reserves its place in `notes` (source order) and captures its body.
    mutating func openNote(_ kind: Note.Kind, name: String?, raw: @autoclosure () -> String) {
        guard openNotes.count < Self.maxNoteNesting else {
            openNotes.append(-1)  // too deep: the body is rendered in place
            return
        }
        openNotes.append(result.notes.count)
        result.notes.append(Note(kind: kind, name: name, text: "", raw: raw()))
        marks.append(out.count)
    }

    private mutating func closeNote() {
        let slot = openNotes.removeLast()
        guard slot >= 0 else { return }
        let start = marks.removeLast()
        result.notes[slot].text = TextFolding.text(out.bytes(from: start))
        out.removeSubrange(from: start)
    }

    /// Folds blanks and trims (see `TextFolding.text`), and hands the result over: call it once
    /// per rendering, then `reset` before the next. When the text is exactly the shown text of
    /// its only link (a cell holding `[[Labour Party (UK)|Labour]]`), that string is shared.
    mutating func finish() -> RenderedText {
        if !linkSpans.isEmpty { result.links = recordedLinks() }
        result.text = sharedText() ?? TextFolding.text(out.bytes)
        // Handed over, not copied: the renderer keeps an empty result (nothing for `reset` to do).
        var finished = RenderedText()
        swap(&finished, &result)
        return finished
    }

    /// The text of the only link when `out` folds to it, or nil.
    private func sharedText() -> String? {
        guard result.links.count == 1, TextFolding.equal(result.links[0].text, out.bytes), TextFolding.isFolded(out.bytes)
        else { return nil }
        return result.links[0].text
    }
}
