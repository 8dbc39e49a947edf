import Foundation
import Testing
import TestSupport
import Wikitext
import WikiModel
@testable import WikiExtract

/// The id-based infobox reader (`InfoboxFieldReader`), the byte-level `NumberedKey` and the
/// grouping against the `Template`/`Parameter` views they replaced, over every template of the
/// corpus articles (read at test time): any template works as an infobox, so all are compared.
@Suite struct InfoboxFastPathTests {
    static func corpusDocuments() throws -> [(String, WikitextDocument)] {
        try Fixtures.corpusFiles().map { ($0.lastPathComponent, WikitextDocument(parsing: [UInt8](try Data(contentsOf: $0)))) }
    }

    /// The infobox as the views read it (the extractor before the id-based reader).
    static func reference(_ template: Node) -> Infobox {
        let view = Template(template)
        var fields: [Field] = []
        for parameter in view?.positionallyNumbered() ?? [] {
            let key = parameter.key
            let rendered = parameter.value.map { PlainText.render($0) } ?? RenderedText()
            let text = rendered.text
            fields.append(Field(key: key, group: referenceKey(key)?.index, raw: parameter.rawValue.trimmingWikiWhitespace(),
                                text: text, value: ValueMapping.value(of: text), notes: rendered.notes,
                                line: template.document.lines.line(of: InfoboxExtractor.keyOffset(parameter.node.range, in: template.document))))
        }
        return Infobox(template: view?.name ?? "", line: template.line, fields: fields, groups: referenceGroups(fields))
    }

    /// `NumberedKey` as it was: through an array and `Int(String)`.
    static func referenceKey(_ key: String) -> (stem: String, index: Int)? {
        let bytes = Array(key.utf8)
        var end = bytes.count
        while end > 0, bytes[end - 1] >= 0x30 && bytes[end - 1] <= 0x39 { end -= 1 }
        guard end > 0, end < bytes.count, end >= bytes.count - 4 else { return nil }
        guard !bytes[..<end].contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        guard let index = Int(String(decoding: bytes[end...], as: UTF8.self)) else { return nil }
        var stemEnd = end
        while stemEnd > 0, bytes[stemEnd - 1] == 0x20 { stemEnd -= 1 }
        guard stemEnd > 0 else { return nil }
        return (String(decoding: bytes[..<stemEnd], as: UTF8.self), index)
    }

    /// `FieldGrouping` as it was: a dictionary of groups, sorted by index at the end.
    static func referenceGroups(_ fields: [Field]) -> [FieldGroup] {
        var byIndex: [Int: FieldGroup] = [:]
        for field in fields {
            guard let index = field.group, let numbered = referenceKey(field.key), !field.text.isEmpty else { continue }
            var group = byIndex[index] ?? FieldGroup(index: index)
            if let at = group.fields.entries.firstIndex(where: { $0.key == numbered.stem }) {
                group.fields.entries[at].value = field.text
            } else {
                group.fields.append(key: numbered.stem, value: field.text)
            }
            byIndex[index] = group
        }
        return byIndex.keys.sorted().compactMap { byIndex[$0] }
    }

    /// Every template of the corpus, read as an infobox both ways: keys, raw wikitext, text,
    /// values, notes, lines and groups agree.
    @Test func readerMatchesViewsOnCorpus() throws {
        var compared = 0, fields = 0
        for (name, document) in try Self.corpusDocuments() {
            for template in document.nodes(of: .template) {
                let fast = InfoboxExtractor.infobox(template)
                let reference = Self.reference(template)
                #expect(fast == reference, "\(name) line \(template.line)")
                compared += 1
                fields += fast.fields.count
            }
        }
        #expect(compared > 1000 && fields > 10000)
    }

    /// Odd keys split as before: spaces before the digits, leading zeros, five digits, digits
    /// inside the stem, non-ASCII digits, empty.
    @Test func numberedKeyMatchesReference() throws {
        var keys = ["party1", "party 1", "party  12", "a0001", "a00001", "x12345", "st1t2", "1", "", " 1", "popular_vote12",
                    "seats٣", "é9", "leader_since3", "9a", "a9999", "_0"]
        for (_, document) in try Self.corpusDocuments() {
            for id in document.ids(of: .parameterName) { keys.append(document.node(id).textWithoutComments) }
        }
        for key in keys {
            let fast = NumberedKey(key)
            let reference = Self.referenceKey(key)
            #expect(fast?.stem == reference?.stem && fast?.index == reference?.index, "\(key)")
            #expect(NumberedKey.index(of: key) == reference?.index, "\(key)")
        }
    }

    /// The template node that starts at byte `offset`, found by descending through the nodes
    /// whose range contains it (how the locator found them before the parser listed templates).
    static func template(at offset: Int, in document: WikitextDocument) -> Node? {
        var node = document.root
        while true {
            var next: Node?
            for child in node.children {
                if child.range.lowerBound > offset { break }
                if child.range.lowerBound == offset, child.kind == .template { return child }
                if child.range.contains(offset) { next = child; break }
            }
            guard let next else { return nil }
            node = next
        }
    }

    /// The locator as it was: every `{` tried, one memchr step at a time.
    static func referenceLocations(_ document: WikitextDocument) -> [Int32] {
        document.source.withUnsafeBufferPointer { source in
            var found: [Int32] = []
            var i = 0
            while i + 1 < source.count {
                if source[i] == 0x7B, source[i + 1] == 0x7B, InfoboxLocator.namesInfobox(source, after: i + 2),
                   let node = Self.template(at: i, in: document) {
                    found.append(node.id)
                }
                i += 1
            }
            return found
        }
    }

    /// Skipping the second `{` of `{{` finds the same templates, on the corpus and on runs of
    /// braces.
    @Test func locatorMatchesEveryBraceScan() throws {
        var documents = try Self.corpusDocuments().map(\.1)
        for text in ["{{{Infobox x}}}", "{{{{Infobox a}}}}", "{{{{{Infobox b|c={{Infobox d}}}}}}}", "{{Infobox c|{{Infobox e}}}}",
                     "{ {{Infobox f}}", "{{", "{{Infobox", "x{{{{{{Infobox g}}}}}}"] {
            documents.append(WikitextDocument(parsing: text))
        }
        for document in documents {
            #expect(InfoboxLocator.templates(in: document).map(\.id) == Self.referenceLocations(document))
        }
    }
}
