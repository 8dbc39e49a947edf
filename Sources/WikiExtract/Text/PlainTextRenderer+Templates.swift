import Wikitext
import WikiModel

/// Templates: found in `TemplateRegistry` by the bytes of their normalized name, rendered by
/// their family's renderer into `TemplateOutput` actions, which become work steps.
extension PlainTextRenderer {
    mutating func visitTemplate(_ id: Int32, _ document: WikitextDocument) {
        guard let match = match(id, document) else { return }
        let call = TemplateCall(document: document, id: id, key: match.key, subpage: match.subpage)
        var output = TemplateOutput()
        output.exchange(&spareActions)
        match.renderer.render(call, &output)
        perform(output.actions, template: id)
        output.exchange(&spareActions)
    }

    /// The registry's renderer for the template node `id` (and the name in `templates` when
    /// collected). A renderer that does not collect names remembers the last few names it met
    /// by their bytes as written, so a page's repeated templates (`{{n/a}}`, `{{flagicon|…}}`)
    /// skip normalizing the name and looking it up.
    private mutating func match(_ id: Int32, _ document: WikitextDocument) -> TemplateRegistry.Match? {
        guard !collectTemplates, let raw = TemplateName.plainNameRange(of: id, in: document) else {
            TemplateName.normalizedBytes(of: id, in: document, into: &nameBytes)
            if collectTemplates { result.templates.append(String(decoding: nameBytes, as: UTF8.self)) }
            return TemplateRegistry.match(nameBytes[...])
        }
        let function = TemplateName.isParserFunction(id, in: document)
        if let known = nameCache.match(raw, function: function, in: document.source) { return known }
        TemplateName.normalizedBytes(of: id, in: document, into: &nameBytes)
        let match = TemplateRegistry.match(nameBytes[...])
        nameCache.add(raw, function: function, in: document.source, match: match)
        return match
    }

    /// Turns a template's actions into work steps, so they pop in order.
    private mutating func perform(_ actions: [TemplateOutput.Action], template id: Int32) {
        // Parties are recorded now, as the actions are met from the last one back.
        for case .party(let party) in actions.reversed() where noteDepth == 0 { result.parties.append(party) }
        // Leading text would be the first thing to pop: write it now, with no side list entry.
        var lead = 0
        while lead < actions.count {
            if case .text(let text) = actions[lead] {
                out.append(utf8: text)
            } else if case .link(let target, let text) = actions[lead] {
                out.append(utf8: text)
                recordLink(to: target, showing: text)
            } else if case .party = actions[lead] {
            } else {
                break
            }
            lead += 1
        }
        var i = actions.count
        while i > lead {
            i -= 1
            switch actions[i] {
            case .text(let text):
                work.append(.literal(Int32(literals.count)))
                literals.append(text)
            case .link(let target, let text):
                work.append(.linkedLiteral(Int32(literals.count)))
                literals.append(text)
                literals.append(target)
            case .script(let superscript, let node):
                work.append(.endScript(superscript: superscript))
                work.append(.node(node.id))
                work.append(.begin)
            case .render(let child):
                work.append(.node(child.id))
            case .compute(let args, let combine):
                work.append(.combine(Int32(combiners.count), count: Int32(args.count)))
                combiners.append(combine)
                for arg in args.reversed() {
                    work.append(.endArgument)
                    if let arg { work.append(.node(arg.id)) }
                    work.append(.begin)
                }
            case .openNote(let kind, let name):
                var nameIndex: Int32 = -1
                if let name {
                    nameIndex = Int32(noteNames.count)
                    noteNames.append(name)
                }
                work.append(.openNote(kind, name: nameIndex, raw: id))
            case .closeNote:
                work.append(.closeNote)
            case .party:
                break
            }
        }
    }

    /// Records the parties named by colour templates inside attributes, without output.
    mutating func recordParties(in id: Int32, _ document: WikitextDocument) {
        guard noteDepth == 0 else { return }
        for template in document.ids(of: .template, below: id) {
            TemplateName.normalizedBytes(of: template, in: document, into: &nameBytes)
            if collectTemplates { result.templates.append(String(decoding: nameBytes, as: UTF8.self)) }
            let lookup = String(decoding: nameBytes.map(TemplateName.lower), as: UTF8.self)
            guard PartyTemplates.namesParty(lookup),
                  let match = TemplateRegistry.match(nameBytes[...]) else { continue }
            var output = TemplateOutput()
            match.renderer.render(TemplateCall(document: document, id: template, key: match.key, subpage: match.subpage), &output)
            for case .party(let party) in output.actions { result.parties.append(party) }
        }
    }
}

/// The last few template names a renderer met, by their bytes as written (a plain name run and
/// whether the template is a parser function decide the normalized name), with the registry's
/// answer for each. Full after `capacity` names, it starts again empty: pages repeat a handful
/// of templates in their cells.
struct TemplateNameCache {
    static let capacity = 8
    /// The names' bytes, back to back.
    private var bytes: [UInt8] = []
    private var entries: [(name: Range<Int>, function: Bool, match: TemplateRegistry.Match?)] = []

    /// The registry's answer for the name `source[raw]`, or nil (not `.some(nil)`) when the
    /// name is not remembered.
    func match(_ raw: Range<Int>, function: Bool, in source: [UInt8]) -> TemplateRegistry.Match?? {
        guard !entries.isEmpty else { return nil }
        return source.withUnsafeBufferPointer { src in
            bytes.withUnsafeBufferPointer { known in
                for entry in entries where entry.function == function && entry.name.count == raw.count
                    && CellString.sameBytes(UnsafeBufferPointer(rebasing: known[entry.name]), UnsafeBufferPointer(rebasing: src[raw])) {
                    return .some(entry.match)
                }
                return nil
            }
        }
    }

    /// Remembers the registry's answer for the name `source[raw]`.
    mutating func add(_ raw: Range<Int>, function: Bool, in source: [UInt8], match: TemplateRegistry.Match?) {
        if entries.count == Self.capacity {
            entries.removeAll(keepingCapacity: true)
            bytes.removeAll(keepingCapacity: true)
        }
        let start = bytes.count
        source.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[raw])) }
        entries.append((start..<bytes.count, function, match))
    }
}
