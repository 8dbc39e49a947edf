import Wikitext
import WikiModel

/// HTML and extension tags: `<br>` breaks the line, `<ref>` becomes a note, block elements
/// stand on their own lines, `<sup>`/`<sub>` digits are raised or lowered, hidden tags show
/// nothing, and any other tag shows its body.
extension PlainTextRenderer {
    mutating func visitTag(_ id: Int32, _ document: WikitextDocument) {
        let role = TagRole(of: id, in: document)
        switch role {
        case .lineBreak:
            out.append(0x0A)
        case .ref:
            if document.flags(of: id).contains(.closingOnly) { return }
            openNote(.ref, name: Self.nameAttribute(of: id, document),
                     raw: document.string(document.range(of: id)))
            work.append(.closeNote)
            push(body(of: id, document))
        case .block:
            out.append(0x0A)
            work.append(.byte(0x0A))
            push(body(of: id, document))
        case .script(let superscript):
            work.append(.endScript(superscript: superscript))
            push(body(of: id, document))
            work.append(.begin)
        case .cell:
            out.append(0x09)
            push(body(of: id, document))
        case .hidden:
            return
        case .inline:
            push(body(of: id, document))
        }
    }

    private func body(of tag: Int32, _ document: WikitextDocument) -> Int32 {
        document.firstChild(of: tag, kind: .tagBody)
    }

    /// The value of a tag's last `name` attribute (any ASCII case), as `Tag.attribute("name")`
    /// reads it: nil when there is none or it has no value.
    static func nameAttribute(of tag: Int32, _ document: WikitextDocument) -> String? {
        let source = document.source
        var value: Int32 = -1
        var attribute = document.firstChild(of: tag)
        while attribute >= 0 {
            if document.kind(of: attribute) == .tagAttribute {
                let name = document.firstChild(of: attribute, kind: .attributeName)
                if name >= 0, source[document.range(of: name)].lazy.map(TemplateName.lower).elementsEqual("name".utf8) {
                    value = document.firstChild(of: attribute, kind: .attributeValue)
                }
            }
            attribute = document.nextSibling(of: attribute)
        }
        return value >= 0 ? document.string(document.range(of: value)) : nil
    }
}
