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
        case .literal(let pre):
            let body = body(of: id, document)
            guard body >= 0 else { return }
            appendLiteral(document.source[document.range(of: body)], pre: pre)
        }
    }

    /// The body of `<nowiki>` or `<pre>` as it shows: entities decoded and, in `<pre>`, the
    /// `<nowiki>` and `</nowiki>` tags dropped (MediaWiki's `<pre>` removes them, any case).
    private func appendLiteral(_ body: ArraySlice<UInt8>, pre: Bool) {
        guard pre, body.contains(0x3C) else {  // nothing to drop: decoded from the source as it is
            return body.withUnsafeBufferPointer { HTMLEntities.appendDecodingAll($0, to: out) }
        }
        var bytes = Array(body)
        Self.dropNowikiTags(&bytes)
        bytes.withUnsafeBufferPointer { HTMLEntities.appendDecodingAll($0, to: out) }
    }

    /// Removes every `<nowiki>` and `</nowiki>` (ASCII case ignored) from `bytes`.
    static func dropNowikiTags(_ bytes: inout [UInt8]) {
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x3C {
                let closing = i + 1 < bytes.count && bytes[i + 1] == 0x2F
                let name = i + (closing ? 2 : 1)
                let word = "nowiki>".utf8
                if name + word.count <= bytes.count,
                   zip(bytes[name..<(name + word.count)], word).allSatisfy({ TemplateName.lower($0) == $1 }) {
                    i = name + word.count
                    continue
                }
            }
            kept.append(bytes[i])
            i += 1
        }
        bytes = kept
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
