import Wikitext
import WikiModel

/// The state of one plain-text rendering: output bytes and what was collected on the way.
///
/// The walk uses an explicit work list (`RenderWork`), never recursion. Captures (a link's
/// label, a footnote's body, a template argument) are marked by an output offset: their bytes
/// are the tail of `out` when the capture ends.
struct PlainTextRenderer {
    var out: [UInt8] = []
    var result = RenderedText()
    private var work: [RenderWork] = []
    private var marks: [Int] = []
    private var arguments: [String] = []
    /// Slots in `result.notes` of the footnotes being captured, innermost last. Links and
    /// parties found inside a footnote are not the text's.
    private var openNotes: [Int] = []
    private var noteDepth: Int { openNotes.count }
    /// Whether `result.templates` lists the templates met (the census needs them; cells do not).
    var collectTemplates = true

    init() { out.reserveCapacity(256) }

    /// Forgets the last rendering but keeps the buffers' capacity, so one renderer can serve
    /// every cell of a page without allocating its work list and output again each time.
    mutating func reset() {
        out.removeAll(keepingCapacity: true)
        result = RenderedText()
        work.removeAll(keepingCapacity: true)
        marks.removeAll(keepingCapacity: true)
        arguments.removeAll(keepingCapacity: true)
        openNotes.removeAll(keepingCapacity: true)
    }

    /// Renders `root` and everything below it.
    mutating func render(_ root: Node) {
        let document = root.document
        let source = document.source  // held once, not fetched from the document per node
        work.append(.node(root.id))
        while let step = work.popLast() {
            switch step {
            case .node(let id): visit(document.node(id), source)
            case .literal(let text): out += text.utf8
            case .begin: marks.append(out.count)
            case .endLink(let slot): endLink(slot)
            case .openNote(let kind, let name, let raw): openNote(kind, name: name, raw: root.document.node(raw).text)
            case .closeNote: closeNote()
            case .endScript(let superscript):
                ScriptDigits.convert(&out, from: marks.removeLast(), superscript: superscript)
            case .endArgument:
                let start = marks.removeLast()
                arguments.append(TextFolding.line(out[start...]))
                out.removeSubrange(start...)
            case .combine(let combine, let count):
                let args = Array(arguments.suffix(count))
                arguments.removeLast(count)
                out += combine(args).utf8
            }
        }
    }

    private mutating func visit(_ node: Node, _ source: [UInt8]) {
        switch node.kind {
        case .text, .linkTrail, .bareURL:
            out += source[node.range]
        case .entity:
            HTMLEntities.append(source[node.range], to: &out)
        case .tableAttributes, .cellAttributes, .tagAttribute:
            // Not shown, but `style="background:{{party color|X}}"` names a party.
            recordParties(in: node)
        case .comment, .formatting, .behaviorSwitch, .redirect, .listMarker, .horizontalRule,
             .attributeName, .attributeValue, .parameterName, .argumentName, .linkURL:
            break
        case .wikilink:
            visitWikilink(node)
        case .externalLink:
            if let label = node.child(.linkLabel) { work.append(.node(label.id)) }
        case .template:
            visitTemplate(node)
        case .argument:
            if let fallback = node.child(.argumentDefault) { work.append(.node(fallback.id)) }
        case .tag:
            visitTag(node)
        case .heading:
            work.append(.literal("\n"))
            if let title = node.child(.headingTitle) { work.append(.node(title.id)) }
            out.append(0x0A)
        case .tableRow:
            work.append(.literal("\n"))
            pushChildren(of: node, separator: "\t")
        case .tableCaption:
            work.append(.literal("\n"))
            pushChildren(of: node)
        default:
            // Parts and containers: their children in order.
            pushChildren(of: node)
        }
    }

    /// Pushes the children so that they pop in source order (optionally with text between).
    private mutating func pushChildren(of node: Node, separator: String? = nil) {
        let start = work.count
        for child in node.children {
            if let separator, work.count > start { work.append(.literal(separator)) }
            work.append(.node(child.id))
        }
        // In place: reversing a slice of `work` would copy it.
        var lo = start, hi = work.count - 1
        while lo < hi {
            work.swapAt(lo, hi)
            lo += 1
            hi -= 1
        }
    }

    private mutating func visitWikilink(_ node: Node) {
        let target = LinkTarget(of: node)
        guard target.namespace == .none else { return }
        var labels: [Node] = []
        var trail: Node?
        for child in node.children {
            if child.kind == .linkLabel { labels.append(child) } else if child.kind == .linkTrail { trail = child }
        }
        // Inside a footnote the link is not the text's: no record, and no target string unless shown.
        let recorded = noteDepth == 0
        let targetText = recorded || labels.isEmpty || (labels.count == 1 && labels[0].range.isEmpty) ? target.text : ""
        let slot = recorded ? result.links.count : -1
        if recorded { result.links.append(Link(target: targetText, text: "")) }
        work.append(.endLink(slot: slot))
        if let trail { work.append(.node(trail.id)) }
        if labels.isEmpty {
            work.append(.literal(HTMLEntities.decodeAll(targetText)))
        } else if labels.count == 1 && labels[0].range.isEmpty {
            work.append(.literal(HTMLEntities.decodeAll(Self.pipeTrick(targetText))))
        } else {
            // Everything after the first `|` is the label, pipes included.
            for (i, label) in labels.enumerated().reversed() {
                work.append(.node(label.id))
                if i > 0 { work.append(.literal("|")) }
            }
        }
        work.append(.begin)
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

    private mutating func endLink(_ slot: Int) {
        let start = marks.removeLast()
        if slot >= 0 { result.links[slot].text = TextFolding.line(out[start...]) }
    }

    /// Starts a footnote: reserves its place in `notes` (source order) and captures its body.
    private mutating func openNote(_ kind: Note.Kind, name: String?, raw: String) {
        openNotes.append(result.notes.count)
        result.notes.append(Note(kind: kind, name: name, text: "", raw: raw))
        marks.append(out.count)
    }

    private mutating func closeNote() {
        let slot = openNotes.removeLast()
        let start = marks.removeLast()
        result.notes[slot].text = TextFolding.text(out[start...])
        out.removeSubrange(start...)
    }

    private mutating func visitTag(_ node: Node) {
        guard let tag = Tag(node) else { return }
        let name = tag.name
        switch name {
        case "br":
            out.append(0x0A)
        case "ref":
            if node.flags.contains(.closingOnly) { return }
            openNote(.ref, name: tag.attribute("name"), raw: node.text)
            work.append(.closeNote)
            if let body = tag.body { work.append(.node(body.id)) }
        case "p", "div", "li", "tr", "dd", "dt":
            // Block elements start and end a line.
            out.append(0x0A)
            work.append(.literal("\n"))
            if let body = tag.body { work.append(.node(body.id)) }
        case "sup", "sub":
            work.append(.endScript(superscript: name == "sup"))
            if let body = tag.body { work.append(.node(body.id)) }
            work.append(.begin)
        case "td", "th":
            out.append(0x09)
            if let body = tag.body { work.append(.node(body.id)) }
        default:
            if TagPolicy.hidden.contains(name) { return }
            if let body = tag.body { work.append(.node(body.id)) }
        }
    }

    private mutating func visitTemplate(_ node: Node) {
        let name = TemplateName(of: node)
        if collectTemplates { result.templates.append(name.seen) }
        let lookup = name.lookup
        guard let (renderer, subpage) = TemplateRegistry.renderer(for: name, lookup: lookup) else { return }
        let call = TemplateCall(node: node, key: lookup, subpage: subpage)
        var output = TemplateOutput()
        renderer(call, &output)
        for action in output.actions.reversed() {
            switch action {
            case .text(let text):
                work.append(.literal(text))
            case .script(let superscript, let node):
                work.append(.endScript(superscript: superscript))
                work.append(.node(node.id))
                work.append(.begin)
            case .render(let child):
                work.append(.node(child.id))
            case .compute(let args, let combine):
                work.append(.combine(combine, count: args.count))
                for arg in args.reversed() {
                    work.append(.endArgument)
                    if let arg { work.append(.node(arg.id)) }
                    work.append(.begin)
                }
            case .openNote(let kind, let name):
                work.append(.openNote(kind, name: name, raw: node.id))
            case .closeNote:
                work.append(.closeNote)
            case .party(let party):
                if noteDepth == 0 { result.parties.append(party) }
            }
        }
    }

    /// Records the parties named by colour templates inside attributes, without output.
    private mutating func recordParties(in node: Node) {
        guard noteDepth == 0 else { return }
        for template in node.document.nodes(of: .template, below: node.id) {
            let name = TemplateName(of: template)
            if collectTemplates { result.templates.append(name.seen) }
            let lookup = name.lookup
            guard PartyTemplates.colourNames.contains(lookup) || lookup.hasPrefix("party shading/"),
                  let (renderer, subpage) = TemplateRegistry.renderer(for: name, lookup: lookup) else { continue }
            var output = TemplateOutput()
            renderer(TemplateCall(node: template, key: lookup, subpage: subpage), &output)
            for case .party(let party) in output.actions { result.parties.append(party) }
        }
    }

    /// Folds blanks and trims (see `TextFolding.text`).
    mutating func finish() -> RenderedText {
        result.text = TextFolding.text(out[...])
        return result
    }
}

/// Tags whose content is not shown as text.
enum TagPolicy {
    static let hidden: Set<String> = [
        "references", "gallery", "templatestyles", "timeline", "graph", "templatedata", "mapframe",
        "maplink", "includeonly", "indicator", "score", "imagemap", "categorytree", "section",
        "style", "script", "inputbox",
    ]
}
