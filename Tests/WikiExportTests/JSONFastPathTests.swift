import Foundation
import TestSupport
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
                json.nextInlineKey("origin")
                json.beginArray(inline: true); json.int(3); json.int(14); json.endArray()
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

    /// `write` (a shortcut of `writeInteger`) writes what `writeInteger` and `String` write, for each value.
    private func expectGeneralIntegers(_ values: [Int], _ write: (Int, UnsafeMutablePointer<UInt8>) -> Int) {
        for value in values {
            var short = [UInt8](repeating: 0, count: 20), general = short
            let n = short.withUnsafeMutableBufferPointer { write(value, $0.baseAddress!) }
            let m = general.withUnsafeMutableBufferPointer { JSONWriter.writeInteger(value, at: $0.baseAddress!) }
            #expect(short[..<n] == general[..<m], "\(value)")
            #expect(String(decoding: short[..<n], as: UTF8.self) == String(value))
        }
    }

    @Test func shortIntegersMatchTheGeneralWriter() {
        expectGeneralIntegers(Array(-120...1_200) + [9_999, 10_000, Int.max, Int.min]) { JSONWriter.writeShortInteger($0, at: $1) }
    }

    @Test func lineNumbersMatchTheGeneralWriter() {
        expectGeneralIntegers(Array(-120...20_100) + [99_999, 100_000, Int.max, Int.min]) { JSONWriter.writeLineNumber($0, at: $1) }
    }

    /// The short form `writeShortDouble` against the rule it stands for (integral values up to
    /// 2^53 as integers, the rest as `description`), on every decimal with up to four places
    /// below 20 (two below 2 000), spread magnitudes up to 10^9, halves and near-halves, and random doubles.
    @Test func shortDoublesMatchTheirDescription() {
        func reference(_ value: Double) -> String {
            if value.rounded(.towardZero) == value && value.magnitude <= 9_007_199_254_740_992 { return String(Int(value)) }
            return value.description
        }
        var values: [Double] = [0.001, 0.0015, 0.00149, 0.0005, 0.5, 1.5, 2.5, 0.05, 0.45, 0.4999999999999999,
                                 0.49999999999999994, 999_999_999.9999, 999_999_999.99999, 1e9 - 0.5, 123_456_789.125,
                                 9_007_199_254_740_992, 9_007_199_254_740_993, 4_503_599_627_370_496.5, 1e15 + 0.5,
                                 .ulpOfOne, 1 / 3, 2 / 3, .pi, 0.1 + 0.2, 100.0001, 23.64, 0.71]
        for k in 0..<200_000 { values += [Double(k) / 10_000, Double(k) / 100] }
        for k in stride(from: 0, to: 1_000_000_000, by: 99_991) {
            values += [Double(k) + 0.25, Double(k) / 10 + 0.05, Double(k) + 0.1234, Double(k) + 0.49995]
        }
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<50_000 {
            let bits = generator.next()
            values.append(Double(bitPattern: bits))
            values.append(Double(bits % 10_000_000) / [10, 100, 1_000, 10_000, 100_000][Int(bits >> 60) % 5])
        }
        var out = [UInt8](repeating: 0, count: 40)
        var checked = 0
        for value in values where value.isFinite && !(value == 0 && value.sign == .minus) {
            for v in [value, -value] where !(v == 0 && v.sign == .minus) {
                guard let n = out.withUnsafeMutableBufferPointer({ JSONWriter.writeShortDouble(v, at: $0.baseAddress!) })
                else { continue }
                let written = String(decoding: out[..<n], as: UTF8.self)
                if written != reference(v) { #expect(written == reference(v)); return }
                checked += 1
            }
        }
        #expect(checked > 500_000)
    }

    /// Cell links written without frames: the same bytes as the general container calls.
    @Test func cellLinksMatchTheGeneralWriter() {
        let links = [Link(target: "Tony Wheeler (athlete)", text: "Tony Wheeler"), Link(target: "a\"b", text: "\u{2028}x"),
                     Link(target: "Labour Party (UK)", text: "Labour")]
        for style in [JSONWriter.Style.compact, .pretty] {
            for count in 0...links.count {
                let cell = Cell(text: "t", raw: "t", origin: GridPosition(row: 0, col: 0), line: 1, links: Array(links[..<count]))
                let general = text(style) { json in
                    json.beginArray()
                    json.beginObject(inline: true)
                    json.key("x"); json.int(1)
                    json.key("links")
                    json.beginArray()
                    for link in cell.links {
                        json.beginObject()
                        json.key("target"); json.string(link.target)
                        json.key("text"); json.string(link.text)
                        json.endObject()
                    }
                    json.endArray()
                    json.endObject()
                    json.endArray()
                }
                let direct = text(style) { json in
                    json.beginArray()
                    json.beginObject(inline: true)
                    json.key("x"); json.int(1)
                    json.inlineMember("links")
                    ArticleJSON.writeLinks(of: cell.content, to: &json)
                    json.endObject()
                    json.endArray()
                }
                #expect(direct == general)
            }
        }
    }

    /// `[a, b, c, d]` by `inlineArrayInts`' shortcuts (one-digit words, a longer first number,
    /// the general cursor) against the numbers' descriptions.
    @Test func inlineIntsMatchTheirDescriptions() {
        let numbers = [0, 1, 9, 10, 57, 99, 100, 123, 4_567, -1, -12, Int.max, Int.min]
        for style in [JSONWriter.Style.compact, .pretty] {
            let separator = style == .pretty ? ", " : ","
            for a in numbers {
                for (b, c, d) in [(0, 1, 1), (9, 8, 7), (10, 1, 1), (3, 12, 1), (2, 1, 10), (-1, 1, 1), (1, 1, Int.min)] {
                    let expected = "[" + [a, b, c, d].map(String.init).joined(separator: separator) + "]"
                    #expect(text(style) { json in
                        json.beginArray(inline: true)
                        json.inlineArrayInts(a, b, c, d)
                        json.inlineArrayInts(d, c, b, a)
                        json.endArray()
                    } == "[" + expected + separator + "[" + [d, c, b, a].map(String.init).joined(separator: separator) + "]]")
                }
            }
        }
    }

    /// `inlineArrayInts` against the general container calls it stands for.
    @Test func inlineArrayIntsMatchesTheGeneralWriter() {
        for style in [JSONWriter.Style.compact, .pretty] {
            let quads = [(0, 0, 1, 1), (12, 7, 2, 1), (99, 100, 1, 15), (1_234, 56, 3, 120), (9, 8, 7, 6), (9, 10, 1, 1),
                         (3, 4, 10, 1), (5, 6, 1, 10), (-1, 2, 3, 4)]
            let general = text(style) { json in
                json.beginArray(inline: true)
                for q in quads {
                    json.beginArray(inline: true)
                    for n in [q.0, q.1, q.2, q.3] { json.int(n) }
                    json.endArray()
                }
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
