import Foundation
import Testing
import TestSupport
import WikiModel
@testable import WikiExport

@Suite struct ArticleJSONTests {
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    /// The pretty JSON of the Pakistan fixture, byte for byte. Set RECORD_SNAPSHOTS=1 to rewrite.
    @Test func prettyOutputMatchesSnapshot() throws {
        let bytes = ArticleJSON.encode(TestArticles.pakistan) + [UInt8(ascii: "\n")]
        let url = Self.snapshots.appendingPathComponent("pakistan-fixture.json")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
            try Data(bytes).write(to: url)
        }
        let expected = try [UInt8](Data(contentsOf: url))
        #expect(String(decoding: bytes, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }

    @Test func sameArticleGivesSameBytes() {
        for article in TestArticles.all {
            #expect(ArticleJSON.encode(article) == ArticleJSON.encode(article))
        }
    }

    @Test func compactIsOneLine() {
        for article in TestArticles.all {
            let bytes = ArticleJSON.encode(article, style: .compact)
            #expect(!bytes.contains(UInt8(ascii: "\n")))
        }
    }

    /// Each object's keys come out in exactly the order the `ArticleJSON` doc comment lists.
    @Test func keyOrderMatchesTheDocComment() throws {
        let spec = try Self.documentedKeyOrder()
        #expect(spec.count == 18, "parsed \(spec.keys.sorted())")
        let directory = try TemporaryDirectory()
        for article in TestArticles.all {
            let path = directory.path("a.json")
            try Data(ArticleJSON.encode(article)).write(to: URL(fileURLWithPath: path))
            let specJSON = String(decoding: try JSONSerialization.data(withJSONObject: spec), as: UTF8.self)
            let report = try Python.run(Self.keyOrderScript, [path, specJSON])
            #expect(report.hasPrefix("ok"), "\(article.title.prefix(30)): \(report)")
        }
        // The fixtures between them reach every kind of object.
        let all = directory.path("all.json")
        try Data(ArticleJSON.encode(TestArticles.pakistan)).write(to: URL(fileURLWithPath: all))
        let seen = try Python.run(Self.keyOrderScript, [all, "{}", "--seen"])
        #expect(seen.contains("infobox") && seen.contains("cell") && seen.contains("contestRow"))
    }

    /// docs/json.md shows the same key-order block as the doc comment, so they cannot drift.
    @Test func jsonDocShowsTheSameKeyOrder() throws {
        let source = try String(contentsOf: Fixtures.repoRoot.appendingPathComponent("Sources/WikiExport/JSON/ArticleJSON.swift"),
                                encoding: .utf8).components(separatedBy: "\n")
        let start = try #require(source.firstIndex(of: "/// ```text"))
        let end = try #require(source[(start + 1)...].firstIndex(of: "/// ```"))
        let block = source[(start + 1)..<end].map { String($0.dropFirst(4)) }.joined(separator: "\n")
        let doc = try String(contentsOf: Fixtures.repoRoot.appendingPathComponent("docs/json.md"), encoding: .utf8)
        #expect(doc.contains("```text\n" + block + "\n```"))
    }

    @Test func decodesBackWithJSONDecoder() throws {
        for article in TestArticles.all {
            let first = ArticleJSON.encode(article, style: .compact)
            let decoded = try JSONDecoder().decode(Article.self, from: Data(first))
            let second = ArticleJSON.encode(decoded, style: .compact)
            // Member order of maps is not kept by JSONDecoder, so compare as JSON values.
            let a = try JSONSerialization.jsonObject(with: Data(first)) as? NSDictionary
            let b = try JSONSerialization.jsonObject(with: Data(second)) as? NSDictionary
            #expect(a != nil && a == b, "\(article.title.prefix(30))")
        }
        let plain = TestArticles.doncaster
        #expect(try JSONDecoder().decode(Article.self, from: Data(ArticleJSON.encode(plain))) == plain)
    }

    /// Reads the ```text block of ArticleJSON's doc comment: `name  key, key, …` per object.
    static func documentedKeyOrder() throws -> [String: [String]] {
        let source = Fixtures.repoRoot.appendingPathComponent("Sources/WikiExport/JSON/ArticleJSON.swift")
        let lines = try String(contentsOf: source, encoding: .utf8).components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: "/// ```text"),
              let end = lines[(start + 1)...].firstIndex(of: "/// ```") else { return [:] }
        var spec: [String: [String]] = [:]
        var current: String?
        for line in lines[(start + 1)..<end] {
            var body = String(line.dropFirst(4))  // "/// "
            if let paren = body.firstIndex(of: "(") { body = String(body[..<paren]) }
            if !body.hasPrefix(" ") {
                let parts = body.split(separator: " ", maxSplits: 1).map(String.init)
                guard parts.count == 2, !parts[1].trimmingCharacters(in: .whitespaces).hasPrefix("{") else {
                    current = nil
                    continue
                }
                current = parts[0]
                body = parts[1]
            }
            guard let name = current else { continue }
            let keys = body.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            spec[name, default: []] += keys
        }
        return spec
    }

    /// Walks the JSON keeping member order and checks each object against the spec.
    static let keyOrderScript = #"""
    import json, sys
    doc = json.load(open(sys.argv[1], encoding="utf-8"), object_pairs_hook=lambda pairs: pairs)
    spec = json.loads(sys.argv[2])
    children = {
        "article": {"source": ("source", 0), "infoboxes": ("infobox", 1), "tables": ("table", 1),
                    "contests": ("contest", 1), "findings": ("finding", 1)},
        "infobox": {"fields": ("field", 1), "groups": ("group", 1)},
        "field": {"value": ("value", 0), "notes": ("note", 1)},
        "table": {"rows": ("cell", 2), "rowInfo": ("rowInfo", 1), "rawRows": ("cell", 2), "parent": ("parent", 0)},
        "cell": {"links": ("link", 1), "value": ("value", 0), "notes": ("note", 1)},
        "contest": {"rows": ("contestRow", 1), "totals": ("totals", 0), "outcome": ("outcome", 0)},
        "contestRow": {"notes": ("note", 1)},
        "finding": {"location": ("location", 0)},
    }
    errors, seen = [], set()
    def walk(node, kind, path):
        seen.add(kind)
        keys = [k for k, _ in node]
        want = spec.get(kind)
        if want is not None:
            optional = {"value": [], "cell": ["rowspan", "colspan", "attributes", "styleParty", "links", "notes"]}
            if kind in optional:
                present = [k for k in want if k in keys]
                expected = present if kind == "value" else [k for k in want if k in keys or k not in optional[kind]]
            else:
                expected = want
            if keys != expected or (kind == "value" and keys[:1] != ["kind"]):
                errors.append(f"{path} ({kind}): {keys} != {want}")
        for key, value in node:
            if key in children.get(kind, {}):
                child, depth = children[kind][key]
                items = [value]
                for _ in range(depth):
                    items = [x for item in items for x in item]
                for i, item in enumerate(items):
                    # rawRows' [row, col, rowspan, colspan] references are not objects.
                    if item is not None and not (isinstance(item, list) and item and isinstance(item[0], int)):
                        walk(item, child, f"{path}.{key}[{i}]")
    walk(doc, "article", "$")
    if "--seen" in sys.argv:
        print(" ".join(sorted(seen)))
    else:
        print("ok" if not errors else "\n".join(errors))
    """#
}
