import Foundation
import Testing
import TestSupport
import Wikitext
import WikiExport
import WikiExtract
import WikiModel

/// The committed outputs of Corpus/ load with Python's own readers: JSON against the schema,
/// CSV as rectangular records, SQLite through its views.
@Suite("Output/ loads with standard tools")
struct OutputFormatsTests {
    static let output = Fixtures.repoRoot.appendingPathComponent("Output")
    static let schema = Fixtures.repoRoot.appendingPathComponent("docs/article.schema.json")

    @Test("every article JSON and every JSON Lines record validates against docs/article.schema.json")
    func jsonAgainstSchema() throws {
        let report = try Python.run("""
            import json, os, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            validator = jsonschema.Draft202012Validator(schema)
            out = sys.argv[2]
            n = 0
            for name in sorted(os.listdir(os.path.join(out, "json"))):
                for error in validator.iter_errors(json.load(open(os.path.join(out, "json", name)))):
                    print("json/" + name, error.message[:200]); break
                n += 1
            lines = 0
            for line in open(os.path.join(out, "articles.jsonl"), encoding="utf-8"):
                for error in validator.iter_errors(json.loads(line)):
                    print("articles.jsonl", lines + 1, error.message[:200]); break
                lines += 1
            print("checked", n, lines)
            """, [Self.schema.path, Self.output.path])
        let lines = report.split(separator: "\n")
        #expect(lines.last == "checked 39 39", "\(report.prefix(2000))")
        #expect(lines.count == 1, "schema errors:\n\(report.prefix(2000))")
    }

    /// The two JSON styles are two encodings of one article (JSON Lines is encoded on its own,
    /// compact): every record equals one article file, value for value, and none is missing.
    @Test("the JSON Lines records are the article JSON files, value for value")
    func jsonLinesMatchTheJSONFiles() throws {
        let report = try Python.run("""
            import json, os, sys
            out = sys.argv[1]
            files = sorted(json.dumps(json.load(open(os.path.join(out, "json", name), encoding="utf-8")), sort_keys=True)
                           for name in os.listdir(os.path.join(out, "json")))
            lines = sorted(json.dumps(json.loads(line), sort_keys=True)
                           for line in open(os.path.join(out, "articles.jsonl"), encoding="utf-8"))
            print(len(files), len(lines), files == lines)
            """, [Self.output.path])
        #expect(report.split(separator: "\n").last == "39 39 True", "\(report.prefix(500))")
    }

    @Test("every CSV file has a header and rectangular rows")
    func csvRectangular() throws {
        let report = try Python.run("""
            import csv, os, sys
            root = os.path.join(sys.argv[1], "csv")
            files = 0
            for folder, _, names in os.walk(root):
                for name in sorted(names):
                    if not name.endswith(".csv"): continue
                    with open(os.path.join(folder, name), newline="", encoding="utf-8") as f:
                        rows = list(csv.reader(f))
                    widths = {len(r) for r in rows}
                    if not rows or len(widths) != 1:
                        print("ragged", os.path.relpath(os.path.join(folder, name), root), sorted(widths)[:5])
                    files += 1
            print("files", files)
            """, [Self.output.path])
        let lines = report.split(separator: "\n")
        #expect(lines.count == 1, "\(report.prefix(2000))")
        // One file per table of every article, plus the three long-form files.
        let files = Int(lines.last?.split(separator: " ").last ?? "") ?? 0
        let tables = try Python.run("""
            import json, os, sys
            print(sum(len(json.load(open(os.path.join(sys.argv[1], "json", n)))["tables"]) for n in os.listdir(os.path.join(sys.argv[1], "json"))))
            """, [Self.output.path])
        #expect(files == (Int(tables.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1) + 3)
    }

    @Test("the SQLite export of Corpus/ answers election_results: PTI's 18,457,567 votes")
    func sqliteElectionResults() throws {
        let directory = try TemporaryDirectory()
        let set = try ExportSet(formats: [.sqlite], output: directory.url.path)
        for file in Fixtures.corpusFiles() where file.lastPathComponent.contains("election") {
            let name = file.lastPathComponent
            let document = WikitextDocument(parsing: [UInt8](try Data(contentsOf: file)))
            try set.write(ArticleBuilder.build(title: ArticleBuilder.title(forFileName: name),
                                               source: Source(path: "Corpus/\(name)"), document: document))
        }
        try set.finish()
        let rows = try Python.run("""
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            for row in db.execute("select party, votes, seats from election_results where article = "
                                  "'2024 Pakistani general election' and party = 'Pakistan Tehreek-e-Insaf'"):
                print("|".join(str(x) for x in row))
            print(db.execute("select count(distinct contest_id) from election_results").fetchone()[0])
            """, [directory.path("wikiconv.sqlite")])
        let lines = rows.split(separator: "\n").map(String.init)
        #expect(lines.first == "Pakistan Tehreek-e-Insaf|18457567|93")
        // 1 results template + 23 + 15 + 15 ward boxes + 3 summaries + 4 election infoboxes
        // + 1 results table (the Prime Minister vote) in the four election articles.
        #expect(Int(lines.last ?? "") == 62)
    }
}
