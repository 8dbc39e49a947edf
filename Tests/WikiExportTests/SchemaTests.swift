import Foundation
import Testing
import TestSupport
import WikiModel
@testable import WikiExport

/// The JSON and JSON Lines output validates against docs/article.schema.json (with Python's
/// `jsonschema`, draft 2020-12).
@Suite struct SchemaTests {
    static let schema = Fixtures.repoRoot.appendingPathComponent("docs/article.schema.json").path

    /// Validates every JSON document in the files given; one line per document for .jsonl.
    static let validateScript = #"""
    import json, sys
    from jsonschema import Draft202012Validator
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    count, problems = 0, []
    for path in sys.argv[2:]:
        text = open(path, encoding="utf-8").read()
        docs = [json.loads(line) for line in text.splitlines()] if path.endswith(".jsonl") else [json.loads(text)]
        for doc in docs:
            count += 1
            for error in validator.iter_errors(doc):
                problems.append(f"{path}: {list(error.absolute_path)}: {error.message[:200]}")
    print(f"{count} valid" if not problems else "\n".join(problems[:20]))
    """#

    @Test func prettyCompactAndLinesOutputValidate() throws {
        let directory = try TemporaryDirectory()
        var paths: [String] = []
        for (index, article) in TestArticles.all.enumerated() {
            for style in [JSONWriter.Style.pretty, .compact] {
                let path = directory.path("\(index)-\(style).json")
                try ArticleJSON.save(article, to: path, style: style)
                paths.append(path)
            }
        }
        let lines = directory.path("all.jsonl")
        let file = try AtomicFile(path: lines)
        let writer = JSONLinesWriter(sink: file, flushThreshold: 100)
        for article in TestArticles.all { try writer.write(article) }
        try writer.flush()
        try file.commit()
        paths.append(lines)

        let report = try Python.run(Self.validateScript, [Self.schema] + paths)
        let documents = TestArticles.all.count * 3
        #expect(report.trimmingCharacters(in: .whitespacesAndNewlines) == "\(documents) valid", "\(report)")
    }

    /// The validator really runs: a document with a missing and a mistyped member fails.
    @Test func schemaRejectsBrokenDocuments() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("broken.json")
        try Data(#"{"title": 1, "source": {"path": null, "pageId": null, "revisionId": null}, "infoboxes": [], "tables": [], "contests": [], "findings": []}"#.utf8)
            .write(to: URL(fileURLWithPath: path))
        let report = try Python.run(Self.validateScript, [Self.schema, path])
        #expect(report.contains("templatesSeen") && report.contains("is not of type 'string'"), "\(report)")
    }

    /// The schema lists exactly the keys the writer emits, so `additionalProperties: false` holds.
    @Test func schemaFollowsTheDocumentedKeyOrder() throws {
        let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.schema))) as? [String: Any]
        let defs = try #require(schema?["$defs"] as? [String: Any])
        let spec = try ArticleJSONTests.documentedKeyOrder()
        for (name, keys) in spec where name != "article" {
            let def = try #require(defs[name] as? [String: Any], "schema has no $defs/\(name)")
            let properties = try #require(def["properties"] as? [String: Any])
            #expect(Set(properties.keys) == Set(keys), "\(name)")
        }
        let top = try #require(schema?["properties"] as? [String: Any])
        #expect(Set(top.keys) == Set(spec["article"] ?? []))
    }
}
