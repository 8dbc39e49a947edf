import Foundation
import Testing
@testable import WikiExport
import WikiModel

/// The shortcuts used for table cells (`writeInlineValue`, `inlineMember`, the digit-pair
/// `appendInteger`) write the same bytes as the general calls they stand for.
@Suite struct JSONFastPathTests {
    private func text(_ style: JSONWriter.Style, _ write: (inout JSONWriter) -> Void) -> String {
        writtenJSON(style, write)
    }

    @Test func kindAndStatusNamesAreTheRawValues() {
        for kind in Value.Kind.allCases { #expect(kind.staticName.description == kind.rawValue) }
        for status in Value.Status.allCases { #expect(status.staticName.description == status.rawValue) }
    }

    @Test func integersMatchTheirDescription() {
        var values: [Int] = [0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 18_457_567, Int.max, Int.min, Int.min + 1]
        var power = 1
        for _ in 0..<18 {
            power *= 10
            values += [power - 1, power, power + 1, -power, -(power - 1)]
        }
        values += (-200...200).map { $0 }
        for style in [JSONWriter.Style.compact, .pretty] {
            for value in values {
                #expect(text(style) { $0.int(value) } == String(value))
            }
        }
    }

    @Test func inlineValueMatchesTheGeneralWriter() {
        let values: [Value] = [
            Value(kind: .text),
            Value(kind: .integer, number: 18_457_567, status: .exact),
            Value(kind: .decimal, number: 23.64, status: .partial),
            Value(kind: .decimal, number: -0.0, status: .approximate),
            Value(kind: .decimal, number: .nan, status: .exact),
            Value(kind: .range, low: -.infinity, high: 1e300, unit: "km²\u{1}\"\\\u{2028}", status: .exact),
            Value(kind: .date, number: 9_007_199_254_740_994, iso: "2023-06-30"),
            Value(kind: .percentagePoints, number: 1e-7, low: 4.2, high: 4.25, unit: "pp", iso: "", status: .partial),
        ]
        for style in [JSONWriter.Style.compact, .pretty] {
            for value in values {
                let general = text(style) { json in
                    json.beginObject(inline: true)
                    json.key("value"); ArticleJSON.writeValue(value, to: &json)
                    json.endObject()
                }
                let fast = text(style) { json in
                    json.beginObject(inline: true)
                    json.key("value")
                    ArticleJSON.writeInlineValue(of: CellContent(text: "", raw: "", line: 1, value: value), to: &json)
                    json.endObject()
                }
                #expect(fast == general)
            }
        }
    }

    @Test func inlineMemberMatchesNextInlineKey() {
        for style in [JSONWriter.Style.compact, .pretty] {
            let general = text(style) { json in
                json.beginObject(inline: true)
                json.key("a"); json.int(1)
                json.nextInlineKey("header"); json.bool(false)
                json.nextInlineKey("origin"); json.inlineInts(3, 14)
                json.nextInlineKey("line"); json.int(-27)
                json.endObject()
            }
            let fast = text(style) { json in
                json.beginObject(inline: true)
                json.key("a"); json.int(1)
                json.inlineMember("header"); json.appendBool(false)
                json.inlineMember("origin")
                json.appendRaw(UInt8(ascii: "[")); json.appendInteger(3)
                json.putInlineComma(); json.appendInteger(14); json.appendRaw(UInt8(ascii: "]"))
                json.inlineMember("line"); json.appendInteger(-27)
                json.endObject()
            }
            #expect(fast == general)
        }
    }

    @Test func growingKeepsTheBytes() {
        var json = JSONWriter(style: .compact, capacity: 64)
        json.beginArray()
        for i in 0..<10_000 { json.int(i) }
        json.endArray()
        let expected = "[" + (0..<10_000).map(String.init).joined(separator: ",") + "]"
        #expect(String(decoding: json.bytes, as: UTF8.self) == expected)
    }

    @Test func shortIntegersMatchTheGeneralWriter() {
        let values = Array(-120...1_200) + [9_999, 10_000, Int.max, Int.min]
        for value in values {
            var short = [UInt8](repeating: 0, count: 20), general = short
            let n = short.withUnsafeMutableBufferPointer { JSONWriter.writeShortInteger(value, at: $0.baseAddress!) }
            let m = general.withUnsafeMutableBufferPointer { JSONWriter.writeInteger(value, at: $0.baseAddress!) }
            #expect(short[..<n] == general[..<m])
            #expect(String(decoding: short[..<n], as: UTF8.self) == String(value))
        }
    }

    @Test func inlineArrayIntsMatchesInlineInts() {
        for style in [JSONWriter.Style.compact, .pretty] {
            let quads = [(0, 0, 1, 1), (12, 7, 2, 1), (99, 100, 1, 15), (1_234, 56, 3, 120)]
            let general = text(style) { json in
                json.beginArray(inline: true)
                for q in quads { json.inlineInts(q.0, q.1, q.2, q.3) }
                json.endArray()
            }
            let direct = text(style) { json in
                json.beginArray(inline: true)
                for q in quads { json.inlineArrayInts(q.0, q.1, q.2, q.3) }
                json.endArray()
            }
            #expect(direct == general)
        }
    }
}
