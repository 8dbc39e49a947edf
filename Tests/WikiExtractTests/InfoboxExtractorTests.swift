import Foundation
import Testing
import TestSupport
import Wikitext
import WikiModel
@testable import WikiExtract

/// Infobox discovery, fields and numbered groups beyond the founding article.
@Suite struct InfoboxExtractorTests {
    static func boxes(_ file: String) throws -> [Infobox] {
        InfoboxExtractor.extract(WikitextDocument(parsing: try Fixtures.corpusBytes(file)))
    }

    @Test func infoboxNames() {
        #expect(InfoboxExtractor.isInfobox(name: "Infobox election"))
        #expect(InfoboxExtractor.isInfobox(name: "infobox_settlement"))
        #expect(InfoboxExtractor.isInfobox(name: "Template:Infobox  country"))
        #expect(InfoboxExtractor.isInfobox(name: "Infobox"))
        #expect(!InfoboxExtractor.isInfobox(name: "Infoboxes"))
        #expect(!InfoboxExtractor.isInfobox(name: "Collapsed infobox section begin"))
    }

    /// `| nrhp = {{Infobox NRHP | embed = yes …}}`: the embedded box comes after its holder,
    /// which keeps the field with its raw wikitext.
    @Test func embeddedInfoboxIsFound() throws {
        let boxes = try Self.boxes("40_Wall_Street.wikitext")
        #expect(boxes.map(\.template) == ["Infobox building", "Infobox NRHP"])
        let holder = try #require(boxes[0].fields.first { $0.key == "nrhp" })
        #expect(holder.raw.hasPrefix("{{Infobox NRHP"))
        #expect(boxes[1].fields.first?.key == "embed")
        #expect(boxes[1].line > boxes[0].line)
    }

    /// `| floor_area = {{cvt|1,111,675|ft2|m2}}`: the unit code reads as the page shows its
    /// symbol, so the value is the area in square feet, not a number followed by a code.
    @Test func convertUnitCodeReadsAsItsSymbol() throws {
        let field = try #require(try Self.boxes("40_Wall_Street.wikitext")[0].fields.first { $0.key == "floor_area" })
        #expect(field.text == "1,111,675 sq ft")
        #expect(field.value.number == 1_111_675)
        #expect(field.value.unit == "sq ft")
        #expect(field.value.status == .exact)
    }

    /// Economy of Estonia writes trends as arrows beside levels: `| exports = {{decrease}} €11.6
    /// billion (2015)` is exports of €11.6 billion (that fell), not −€11.6 billion; `| growth =
    /// {{increase}} 2.5%` stays a signed change.
    @Test func arrowsBeforeMoneyAreTrendsNotSigns() throws {
        let box = try Self.boxes("Economy_of_Estonia.wikitext")[0]
        let exports = try #require(box.fields.first { $0.key == "exports" })
        #expect(exports.text == "€11.6 billion (2015)")
        #expect(exports.value.kind == .integer)
        #expect(exports.value.number == 11_600_000_000)
        #expect(exports.value.unit == "€")
        let fdi = try #require(box.fields.first { $0.key == "FDI" })
        #expect(fdi.value.number == 16_760_000_000)
        let growth = try #require(box.fields.first { $0.key == "growth" })
        #expect(growth.value.kind == .change)
        #expect(growth.value.number == 2.5)
    }

    @Test func merkelHasAnInfoboxInsideAnInfobox() throws {
        let boxes = try Self.boxes("Angela_Merkel.wikitext")
        #expect(boxes.map(\.template) == ["Infobox officeholder", "Infobox officeholder", "Infobox administration"])
        #expect(boxes.map(\.line) == [6, 66, 197])
        #expect(boxes[0].fields.count == 47)
        let birth = try #require(boxes[0].fields.first { $0.key == "birth_date" })
        #expect(birth.text == "17 July 1954")
        #expect(birth.value.iso == "1954-07-17")
    }

    /// Keys whose stem has a digit (`1blankname1`, `st1t2`) keep their key but form no group.
    @Test func twoIndexKeysAreNotGrouped() throws {
        let box = try Self.boxes("Angela_Merkel.wikitext")[0]
        let key = try #require(box.fields.first { $0.key == "1blankname1" })
        #expect(key.group == nil)
        #expect(NumberedKey("st1t2") == nil)
        #expect(NumberedKey("popular_vote12")?.stem == "popular_vote")
        #expect(NumberedKey("popular_vote12")?.index == 12)
        #expect(NumberedKey("1") == nil)
    }

    /// Gaps stay gaps; a repeated key is kept twice in fields and reported; the group takes the
    /// later value in the first place.
    @Test func gapsAndDuplicates() {
        let doc = WikitextDocument(parsing: """
            {{Infobox election
            | party1 = [[Labour Party (UK)|Labour]]
            | seats1 = 10
            | party4 = Green
            | seats1 = 12
            | st1t2 = x
            }}
            """)
        let box = InfoboxExtractor.extract(doc)[0]
        #expect(box.fields.map(\.key) == ["party1", "seats1", "party4", "seats1", "st1t2"])
        #expect(box.fields.map(\.line) == [2, 3, 4, 5, 6])
        #expect(box.groups.map(\.index) == [1, 4])
        #expect(box.groups[0].fields.keys == ["party", "seats"])
        #expect(box.groups[0].fields["seats"] == "12")
        #expect(InfoboxExtractor.duplicateKeys(box) == ["seats1"])
    }

    /// Council elections: the groups carry the party data (checked on a second real article).
    @Test func doncasterGroups() throws {
        let box = try Self.boxes("2021_Doncaster_Metropolitan_Borough_Council_election.wikitext")[0]
        let change = try #require(box.fields.first { $0.key == "seat_change1" })
        #expect(change.text == "−3")
        #expect(change.value.kind == .change)
        #expect(change.value.number == -3)
        #expect(box.groups.count >= 2)
        #expect(box.groups.allSatisfy { $0.fields["party"] != nil })
    }

    /// Footnote digits never reach a value: `calling_code = 33{{Smallsup|1}}` is 33, not 331.
    @Test func footnoteDigitsNeverGlue() throws {
        let box = try Self.boxes("France.wikitext")[0]
        let code = try #require(box.fields.first { $0.key == "calling_code" })
        #expect(code.text == "33¹")
        #expect(code.value.number == 33)
        let area = try #require(try Self.boxes("Belgium.wikitext")[0].fields.first { $0.key == "area_km2" })
        #expect(area.value.number == 30_689)
        #expect(area.notes.count == 1)
    }

    @Test func everyCorpusFieldHasALineInsideItsBox() throws {
        for url in Fixtures.corpusFiles() {
            let doc = WikitextDocument(parsing: [UInt8](try Data(contentsOf: url)))
            for box in InfoboxExtractor.extract(doc) {
                #expect(box.fields.allSatisfy { $0.line >= box.line }, "\(url.lastPathComponent)")
                #expect(box.fields.allSatisfy { !$0.text.contains("{{") && !$0.text.contains("[[") })
            }
        }
    }
}
