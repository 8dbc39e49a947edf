import Foundation
import TestSupport
import Testing
@testable import WikiExport

/// `appendMinified` must turn pretty JSON into exactly the bytes the compact writer writes,
/// since `ExportSet` derives the JSON Lines record from the pretty file that way.
@Suite struct JSONMinifyTests {
    private func minified(_ pretty: [UInt8]) -> [UInt8] {
        var json = JSONWriter(style: .compact, capacity: 64)
        pretty.withUnsafeBytes { json.appendMinified($0) }
        return json.bytes
    }

    @Test func articlesMinifyToTheirCompactEncoding() {
        for article in TestArticles.all {
            let pretty = ArticleJSON.encode(article, style: .pretty)
            #expect(minified(pretty) == ArticleJSON.encode(article, style: .compact), "\(article.title)")
            #expect(minified(pretty + [0x0A]) == ArticleJSON.encode(article, style: .compact))
        }
    }

    @Test func jsonLinesFromPrettyEqualsJSONLinesFromTheArticle() throws {
        final class Sink: ByteSink {
            var bytes: [UInt8] = []
            func write(_ chunk: UnsafeRawBufferPointer) throws { bytes += chunk }
        }
        let direct = Sink(), derived = Sink()
        let directLines = JSONLinesWriter(sink: direct, flushThreshold: 100)
        let derivedLines = JSONLinesWriter(sink: derived, flushThreshold: 100)
        for article in TestArticles.all {
            try directLines.write(article)
            let pretty = ArticleJSON.encode(article, style: .pretty) + [0x0A]
            try pretty.withUnsafeBytes { try derivedLines.write(pretty: $0) }
        }
        try directLines.flush()
        try derivedLines.flush()
        #expect(derived.bytes == direct.bytes)
    }

    @Test func deepNestingGrowsTheContainerStack() {
        func write(_ json: inout JSONWriter) {
            for level in 0..<100 {
                if level % 2 == 0 { json.beginArray() } else { json.beginObject(); json.key("k") }
            }
            json.int(1)
            for level in (0..<100).reversed() {
                if level % 2 == 0 { json.endArray() } else { json.endObject() }
            }
        }
        var pretty = JSONWriter(style: .pretty, capacity: 64)
        var compact = JSONWriter(style: .compact, capacity: 64)
        write(&pretty)
        write(&compact)
        #expect(pretty.depth == 0 && compact.depth == 0)
        #expect(compact.bytes == Array((String(repeating: "[{\"k\":", count: 50) + "1"
                                        + String(repeating: "}]", count: 50)).utf8))
        #expect(minified(pretty.bytes) == compact.bytes)
    }

    /// Random documents whose strings are full of spaces, quotes, backslashes and escapes, at
    /// every offset around the eight-byte steps, written in both styles.
    @Test func randomDocumentsMinifyToTheirCompactEncoding() {
        let alphabet: [String] = ["a", " ", "  ", "\"", "\\", "\\\"", "\"\\", "\n", "\t", "é", "\u{2028}", ":", ",",
                                  "{", "[", "]", "}", "\\\\", "x y", "\u{0}"]
        var generator = SeededGenerator(seed: 11)
        func text() -> String {
            (0..<Int(generator.next() % 12)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
                .joined()
        }
        func value(_ json: inout JSONWriter, depth: Int) {
            switch generator.next() % (depth > 3 ? 4 : 7) {
            case 0: json.string(text())
            case 1: json.int(Int(truncatingIfNeeded: generator.next()) >> Int(generator.next() % 60))
            case 2: json.double(Double(Int(generator.next() % 10_000)) / 7)
            case 3: if generator.next() % 2 == 0 { json.bool(true) } else { json.null() }
            case 4, 5:
                json.beginObject(inline: generator.next() % 3 == 0)
                for _ in 0..<Int(generator.next() % 5) {
                    json.key(escaping: text())
                    value(&json, depth: depth + 1)
                }
                json.endObject()
            default:
                json.beginArray(inline: generator.next() % 3 == 0)
                for _ in 0..<Int(generator.next() % 5) { value(&json, depth: depth + 1) }
                json.endArray()
            }
        }
        for round in 0..<2_000 {
            let state = generator
            var pretty = JSONWriter(style: .pretty, capacity: 64)
            value(&pretty, depth: 0)
            generator = state  // the same document again
            var compact = JSONWriter(style: .compact, capacity: 64)
            value(&compact, depth: 0)
            #expect(minified(pretty.bytes) == compact.bytes, "round \(round)")
        }
    }
}
