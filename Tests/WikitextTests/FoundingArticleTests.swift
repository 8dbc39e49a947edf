import Foundation
import Testing
import TestSupport
import Wikitext

/// Corpus/2024_Pakistani_general_election.wikitext, the project's founding example. Expected
/// values are derived from the source text independently of the parser where possible.
@Suite("Founding article")
struct FoundingArticleTests {
    static let name = "2024_Pakistani_general_election.wikitext"

    func load() throws -> (WikitextDocument, String) {
        let bytes = try Fixtures.corpusBytes(Self.name)
        return (WikitextDocument(parsing: bytes), String(decoding: bytes, as: UTF8.self))
    }

    @Test("exactly one Infobox election with 49 parameters in source order")
    func infobox() throws {
        let (doc, text) = try load()
        let infoboxes = all(.template, in: doc).compactMap(Template.init).filter { $0.normalizedName == "Infobox election" }
        try #require(infoboxes.count == 1)
        let keys = infoboxes[0].parameters.map(\.key)
        #expect(keys.count == 49)
        // Independent: the `| key =` lines of the infobox block in the source.
        let block = text.components(separatedBy: "{{Infobox election")[1].components(separatedBy: "\n}}")[0]
        let sourceKeys = block.split(separator: "\n").compactMap { line -> String? in
            let t = line.trimmingCharacters(in: .whitespaces)
            guard t.hasPrefix("|"), let eq = t.firstIndex(of: "=") else { return nil }
            return t[t.index(after: t.startIndex)..<eq].trimmingCharacters(in: .whitespaces)
        }
        #expect(keys == sourceKeys)
        #expect(keys.first == "country")
        #expect(infoboxes[0].parameter("party1")?.rawValue.contains("Pakistan Muslim League") == true)
    }

    @Test("one Election results template with 150 parameters")
    func electionResults() throws {
        let (doc, _) = try load()
        let results = all(.template, in: doc).compactMap(Template.init).filter { $0.normalizedName == "Election results" }
        try #require(results.count == 1)
        #expect(results[0].parameters.count == 150)
        #expect(results[0].parameter("votes1")?.rawValue == "18457567")
        #expect(results[0].parameters.allSatisfy { $0.isNamed })
    }

    @Test("three tables")
    func tables() throws {
        let (doc, _) = try load()
        #expect(all(.table, in: doc).count == 3)
    }

    @Test("the heading tree matches the article's == lines")
    func headings() throws {
        let (doc, text) = try load()
        let sourceHeadings = text.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line -> (Int, String)? in
            guard line.hasPrefix("=") else { return nil }
            let level = line.prefix { $0 == "=" }.count
            let title = line.trimmingCharacters(in: CharacterSet(charactersIn: "= \t"))
            return (level, title)
        }
        var flat: [(Int, String)] = []
        func walk(_ s: Section) { for c in s.children { flat.append((c.level, c.title)); walk(c) } }
        walk(doc.sections)
        #expect(flat.count == sourceHeadings.count)
        #expect(flat.map(\.0) == sourceHeadings.map(\.0))
        #expect(flat.map(\.1) == sourceHeadings.map(\.1))
        // Nesting: "National Assembly" sits under "Results".
        let results = doc.sections.children.first { $0.title == "Results" }
        #expect(results?.children.contains { $0.title == "National Assembly" } == true)
    }
}
