import Wikitext
import WikiModel

/// Templates: found in `TemplateRegistry` by the bytes of their normalized name, rendered by
/// their family's renderer into `TemplateOutput` actions, which become work steps.
extension PlainTextRenderer {
    mutating func visitTemplate(_ id: Int32, _ document: WikitextDocument) {
        TemplateName.normalizedBytes(of: id, in: document, into: &nameBytes)
        if collectTemplates { result.templates.append(String(decoding: nameBytes, as: UTF8.self)) }
        guard let match = TemplateRegistry.match(nameBytes[...]) else { return }
        let call = TemplateCall(document: document, id: id, key: match.key, subpage: match.subpage)
        var output = TemplateOutput()
        output.exchange(&spareActions)
        match.renderer.render(call, &output)
        perform(output.actions, template: id)
        output.exchange(&spareActions)
    }

    /// Turns a template's actions into work steps, so they pop in order.
    private mutating func perform(_ actions: [TemplateOutput.Action], template id: Int32) {
        // Parties are recorded now, as the actions are met from the last one back.
        for case .party(let party) in actions.reversed() where noteDepth == 0 { result.parties.append(party) }
        // Leading text would be the first thing to pop: write it now, with no side list entry.
        var lead = 0
        while lead < actions.count {
            if case .text(let text) = actions[lead] {
                out += text.utf8
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
            guard PartyTemplates.colourNames.contains(lookup) || lookup.hasPrefix("party shading/"),
                  let match = TemplateRegistry.match(nameBytes[...]) else { continue }
            var output = TemplateOutput()
            match.renderer.render(TemplateCall(document: document, id: template, key: match.key, subpage: match.subpage), &output)
            for case .party(let party) in output.actions { result.parties.append(party) }
        }
    }
}
