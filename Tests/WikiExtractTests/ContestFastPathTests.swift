import Foundation
import Testing
import Wikitext
@testable import WikiExtract

/// The byte paths of contest extraction agree with the string paths they replace: template
/// kinds from the name's bytes, parameter lookups by key bytes, numbers read without rendering.
@Suite("Contest fast paths")
struct ContestFastPathTests {
    static let names = [
        "Election box candidate", "election_box  winning candidate", " \nELECTION BOX HOLD\t", "Election box<!-- c --> begin",
        "Template:Election box end", "Election summary party with candidates", "Election results", "Election résultats",
        "Election box électorate", "Election_box_registered_electors", "Election summary", "Election box\r", "Elections",
    ]

    @Test("The kind read from the name's bytes is the kind read from Template.normalizedName", arguments: names)
    func kinds(name: String) throws {
        let doc = WikitextDocument(parsing: "{{\(name)|votes=1}}")
        let id = try #require(doc.ids(of: .template).first)
        #expect(ElectionTemplateKind(id, in: doc) == Template(doc.node(id)).flatMap(ElectionTemplateKind.init))
    }

    @Test("Keys match loosely, the last repeated key wins, positional parameters count")
    func lookups() {
        let doc = WikitextDocument(parsing: "{{Election box candidate|Votes_% = 12.5|votes=1|VOTES = 2,345|Reg.<!--x--> electors=7|pärty=X|a|b}}")
        let fields = TemplateFields(doc.ids(of: .template)[0], in: doc, renderer: ValueRenderer())
        #expect(fields.number("votes %") == 12.5)
        #expect(fields.integer("votes") == 2345)
        #expect(fields.integer("reg. electors") == 7)
        #expect(fields.text("2") == "b")
        #expect(!fields.has("party"))
        #expect(fields.namedKeys == ["votes%", "votes", "votes", "reg.electors", "pärty"])
        #expect(fields.line(ofParameterSpelled: "VOTES") == 1)
        #expect(fields.line(ofParameterSpelled: "votes %") == nil)
    }

    /// Below `hashedFrom` parameters keys are compared unhashed, from it on behind a hash:
    /// both find the same parameters.
    @Test("Lookups agree with and without hashed keys", arguments: [2, 8, 9, 40])
    func hashedLookups(count: Int) {
        let params = (1...count).map { "|Seats_\($0) % = \($0 * 10)" }.joined()
        let doc = WikitextDocument(parsing: "{{Election summary party\(params)|seats 2%=7}}")
        let fields = TemplateFields(doc.ids(of: .template)[0], in: doc, renderer: ValueRenderer())
        for n in 1...count {
            #expect(fields.integer("seats\(n)%") == (n == 2 ? 7 : n * 10))
            #expect(fields.has("SEATS \(n) %"))
        }
        #expect(!fields.has("seats\(count + 1)%"))
        #expect(!fields.has("seats"))
    }

    @Test("Numbers read from the bytes equal numbers read from the rendered text",
          arguments: ["1,234", " 45.2% ", "+3.1", "-7", "2019", "007", "12,34", "1.2.3", "\n 77 \n", "%", "-", ",", "1,234\r\n"])
    func numbers(value: String) {
        let doc = WikitextDocument(parsing: "{{Election box candidate|votes=\(value)}}")
        let fields = TemplateFields(doc.ids(of: .template)[0], in: doc, renderer: ValueRenderer())
        let param = Template(doc.node(doc.ids(of: .template)[0]))!.parameter("votes")!
        #expect(fields.number("votes") == TemplateFields.number(in: PlainText.render(param.value!).text))
    }

    @Test("Column names split on \" / \" as components(separatedBy:) splits them",
          arguments: ["Party", "First round / Votes", " / a / / b / ", "a /b", "Seats / General / 2", "x / \u{301}y", ""])
    func parts(name: String) {
        #expect(ResultsTableLayout.parts(of: Substring(name)) == name.components(separatedBy: " / "))
    }
}
