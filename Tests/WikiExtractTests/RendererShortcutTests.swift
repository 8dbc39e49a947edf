import Foundation
import Testing
import TestSupport
import Wikitext
import WikiModel
@testable import WikiExtract

/// Byte-level shortcuts of template rendering and link reading against the string or
/// byte-by-byte forms they replace, on real corpus input and on odd strings.
@Suite struct RendererShortcutTests {
    static func corpusDocuments() throws -> [(String, WikitextDocument)] {
        try Fixtures.corpusFiles().map { ($0.lastPathComponent, WikitextDocument(parsing: [UInt8](try Data(contentsOf: $0)))) }
    }

    /// The citation text as strings make it.
    static func referenceSentences(_ parts: [String]) -> String {
        parts.filter { !$0.isEmpty }.map { $0.hasSuffix(".") ? $0 : $0 + "." }.joined(separator: " ")
    }

    /// The citation combiner writes the bytes the string form gives, `.` after a combining
    /// mark or a prepended character included.
    @Test func citationSentencesMatchStrings() {
        let samples = ["", ".", "a", "a.", "Title", "Title.", "é.", "Work é", "\u{0600}.", "a.\u{301}", "..", " .", "日本."]
        for a in samples {
            for b in samples {
                for c in ["", "2020", "2020."] {
                    #expect(CitationTemplates.sentences([a, b, c]) == Self.referenceSentences([a, b, c]), "\([a, b, c])")
                }
            }
        }
    }

    /// `ParameterKeys.matches` (keys of the name's length only) finds exactly the keys a name
    /// spells, for every parameter name of the corpus and a few made up.
    @Test func parameterKeysMatchSpelledKeys() throws {
        let list = ["title", "trans-title", "chapter", "script-title", "website", "work", "date", "year", "via", "a", "ab"]
        let keys = ParameterKeys(list)
        var names: [String] = ["", "a", "ab", "abc", "year", "yeah", "Title", "title ", "very-long-parameter-name-here"]
        for (_, document) in try Self.corpusDocuments().prefix(10) {
            for id in document.ids(of: .parameterName) { names.append(document.node(id).textWithoutComments) }
        }
        for name in names {
            var expected: UInt64 = 0
            for (k, key) in list.enumerated() where key == name { expected |= 1 << UInt64(k) }
            var copy = name
            #expect(copy.withUTF8 { keys.matches($0) } == expected, "\(name)")
        }
    }

    /// `isBlank` says what `raw(_:).isEmpty` says for every template argument of the corpus.
    @Test func isBlankMatchesRawOnCorpus() throws {
        var compared = 0
        for (name, document) in try Self.corpusDocuments() {
            for template in document.ids(of: .template) {
                let call = TemplateCall(document: document, id: template, key: "", subpage: nil)
                for i in 1...3 {
                    let argument = call.argument(i)
                    #expect(call.isBlank(argument) == call.raw(argument).isEmpty, "\(name) template \(template) argument \(i)")
                    compared += 1
                }
            }
        }
        #expect(compared > 10_000)
    }

    /// `positionalArguments()` gives, in one walk, what `argument(i)` gives for every `i` up to
    /// `positionalCount`, for every template of the corpus, and for explicit numbered keys
    /// (`2=` before and after positional ones, `1=` given twice, `01=` not a number).
    @Test func positionalArgumentsMatchArgumentOnCorpus() throws {
        var compared = 0
        var documents = try Self.corpusDocuments().map(\.1)
        documents.append(WikitextDocument(parsing: Array("{{ubl|2=b|a|x|1=c|1=d|01=e|z}} {{ubl|5=e}} {{ubl}}".utf8)))
        for document in documents {
            for template in document.ids(of: .template) {
                let call = TemplateCall(document: document, id: template, key: "", subpage: nil)
                let all = call.positionalArguments()
                #expect(all.count == call.positionalCount)
                for i in all.indices {
                    #expect(all[i]?.id == call.argument(i + 1)?.id)
                    compared += 1
                }
            }
        }
        #expect(compared > 5_000)
    }

    /// The namespace a link target's first 13 bytes name, read byte by byte as before the
    /// word-at-a-time colon check.
    static func referenceHasNamespaceColon(_ link: Int32, _ document: WikitextDocument) -> Bool {
        let target = document.firstChild(of: link, kind: .linkTarget)
        guard target >= 0 else { return false }
        let source = document.source, range = document.range(of: target)
        var hi = range.upperBound
        while hi > range.lowerBound, [0x20, 0x09, 0x0A, 0x0D, 0x0C].contains(source[hi - 1]) { hi -= 1 }
        var i = range.lowerBound
        while i < hi, source[i] == 0x20 || source[i] == 0x09 || source[i] == 0x0A { i += 1 }
        guard i < hi, source[i] != 0x3A else { return false }
        var j = i
        while j < hi, j - i < 12, source[j] != 0x3A { j += 1 }
        return j < hi && source[j] == 0x3A
    }

    /// Links whose first bytes hold no colon are plain links; the word check never hides a
    /// `File:` or `Category:` link.
    @Test func namespaceColonCheckMatchesByteScan() throws {
        var files = 0, links = 0
        for (name, document) in try Self.corpusDocuments() {
            for link in document.ids(of: .wikilink) {
                let namespace = LinkTarget(link: link, in: document, source: document.source).namespace
                let target = document.firstChild(of: link, kind: .linkTarget)
                if target >= 0 {
                    let range = document.range(of: target)
                    let ungated = document.source.withUnsafeBufferPointer { LinkTarget.read($0, range, gate: false) }
                    #expect(namespace == ungated.0, "\(name) link \(link): the colon check agrees with the full reading")
                    links += 1
                }
                if !Self.referenceHasNamespaceColon(link, document) {
                    #expect(namespace == .none, "\(name) link \(link)")
                } else if namespace != .none {
                    files += 1
                }
            }
        }
        #expect(files > 0)
        #expect(links > 1_000)
    }
}
