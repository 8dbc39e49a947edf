import Foundation
import Testing
import TestSupport
import Wikitext
import WikiExtract
import WikiExport
import WikiModel

/// A table's CSV keeps its cells' footnotes in a last `footnotes` column (they leave the cell
/// text, and a spreadsheet had no other place for them).
@Suite struct TableCSVFootnoteTests {
    static let readCSV = #"""
    import csv, json, sys
    print(json.dumps(list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))))
    """#

    func rows(_ table: Table) throws -> [[String]] {
        let directory = try TemporaryDirectory()
        let path = directory.path("t.csv")
        try Data(ArticleCSV.table(table).bytes).write(to: URL(fileURLWithPath: path))
        return try JSONDecoder().decode([[String]].self, from: Data(try Python.run(Self.readCSV, [path]).utf8))
    }

    /// The founding article's parties table: `{{efn}}` notes on the party names.
    @Test func partiesTableOfTheFoundingArticle() throws {
        let document = WikitextDocument(parsing: try Fixtures.corpusBytes("2024_Pakistani_general_election.wikitext"))
        let tables = TableExtractor.extract(document)
        let parties = try rows(tables[0])
        #expect(parties[0].last == "footnotes")
        #expect(parties.allSatisfy { $0.count == parties[0].count })
        let pti = try #require(parties.first { $0[1] == "PTI" })
        #expect(pti.last == "Name 2: Contested as independent candidates in all constituencies")
        let gda = try #require(parties.first { $0[1] == "GDA" })
        #expect(gda.last?.hasPrefix("Claimed ideology(ies): Mumtaz Bhutto reinvents himself") == true)
        // A table whose cells have no footnotes gets no such column.
        let plain = try #require(tables.first { table in
            !table.rows.joined().contains { !$0.notes.isEmpty } && table.rows.count > table.headerRows
        })
        #expect(try rows(plain)[0].last != "footnotes")
    }
}
