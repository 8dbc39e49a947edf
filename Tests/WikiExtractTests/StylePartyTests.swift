import Testing
import TestSupport
import Wikitext
@testable import WikiExtract

/// `StyleParty.mayName` lets the party reader skip a template by its bytes, without reading its
/// name or rendering it; it must never skip one that names a party either way.
@Suite struct StylePartyTests {
    @Test func skippedTemplatesNameNoParty() throws {
        var skipped = 0
        for (name, document) in try TextFastPathTests.corpusDocuments() {
            for id in document.ids(of: .template) where !StyleParty.mayName(document.source, document.range(of: id)) {
                skipped += 1
                let node = document.node(id)
                #expect(StyleParty.named(by: Template(node)!) == nil, "\(name) node \(id)")
                #expect(PlainText.render(node).parties.isEmpty, "\(name) node \(id)")
            }
        }
        #expect(skipped > 1_000)
    }

    @Test(arguments: [
        "{{party color|Labour}}", "{{Party_Colour|X}}", "{{party shading/Labour}}", "{{EPPT|X}}",
        "{{Labour Party (UK)/meta/color}}", "{{X/META/shading}}", "{{party name with colour|X}}",
        "{{par<!-- -->ty color|X}}", "{{nowrap|{{party color|X}}}}", "{{election party picture|X}}",
    ])
    func partyTemplatesAreRead(_ markup: String) {
        let document = WikitextDocument(parsing: Array(markup.utf8))
        let id = document.ids(of: .template)[0]
        #expect(StyleParty.mayName(document.source, document.range(of: id)))
        let attributes = WikitextDocument(parsing: Array("{|\n| style=\"background:\(markup)\" | x\n|}".utf8))
        let node = attributes.ids(of: .cellAttributes).first.map { attributes.node($0) }
        #expect(StyleParty.party(in: node) != nil)
    }
}
