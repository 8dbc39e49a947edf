import Foundation
import TestSupport
import Testing
@testable import WikiExport

@Suite struct JSONWriterTests {
    private func text(_ write: (inout JSONWriter) -> Void, style: JSONWriter.Style = .compact) -> String {
        var json = JSONWriter(style: style)
        write(&json)
        return String(decoding: json.bytes, as: UTF8.self)
    }

    private func encoded(_ string: String) -> String { text { $0.string(string) } }

    @Test func escapesQuotesBackslashesAndNamedControls() {
        #expect(encoded("a\"b\\c") == #""a\"b\\c""#)
        #expect(encoded("\n\r\t\u{8}\u{C}") == #""\n\r\t\b\f""#)
        #expect(encoded("") == #""""#)
    }

    @Test func escapesEveryOtherControlCharacterAsUnicode() {
        #expect(encoded("\u{0}") == #""\u0000""#)
        #expect(encoded("\u{1F}x\u{1}") == #""\u001fx\u0001""#)
        // DEL and non-ASCII need no escaping in JSON; they are copied as UTF-8.
        #expect(encoded("\u{7F}é中🇵🇰—−") == "\"\u{7F}é中🇵🇰—−\"")
    }

    @Test func escapesUnicodeLineBreaksSoJSONLinesStayOneLine() throws {
        #expect(encoded("a\u{2028}b\u{2029}c\u{85}d\u{A0}") == #""a\u2028b\u2029c\u0085d"# + "\u{A0}\"")
        #expect(encoded("\u{2028}") == #""\u2028""#)
        #expect(encoded("€\u{2027}\u{202A}") == "\"€\u{2027}\u{202A}\"")
        let decoded = try JSONDecoder().decode(String.self, from: Data(encoded("x\u{2028}\u{85}").utf8))
        #expect(decoded == "x\u{2028}\u{85}")
    }

    @Test func everyControlCharacterRoundTrips() throws {
        let all = String(String.UnicodeScalarView((0..<0x80).compactMap(Unicode.Scalar.init)))
        let decoded = try JSONDecoder().decode([String].self, from: Data(text {
            $0.beginArray(); $0.string(all + "¿ñ 🇵🇰"); $0.endArray()
        }.utf8))
        #expect(decoded == [all + "¿ñ 🇵🇰"])
    }

    /// Random strings over an alphabet of troublemakers, at every offset around the 8-byte
    /// fast path, against a plain one-scalar-at-a-time reference.
    @Test func escapingMatchesAReferenceOnRandomStrings() {
        let alphabet: [Unicode.Scalar] = ["a", "Z", " ", "\"", "\\", "\n", "\u{0}", "\u{1F}", "\u{7F}", "\u{85}", "\u{A0}",
                                          "é", "\u{2028}", "\u{2029}", "\u{2027}", "–", "−", "中", "🇵", "\u{C2}", "\u{E2}"]
        func reference(_ string: String) -> String {
            var out = "\""
            for scalar in string.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case "\u{8}": out += "\\b"
                case "\u{C}": out += "\\f"
                case "\u{85}", "\u{2028}", "\u{2029}", "\u{0}"..."\u{1F}":
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out + "\""
        }
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<3_000 {
            let length = Int(generator.next() % 40)
            var scalars = String.UnicodeScalarView()
            for _ in 0..<length { scalars.append(alphabet[Int(generator.next() % UInt64(alphabet.count))]) }
            let string = String(scalars)
            #expect(encoded(string) == reference(string), "\(string.debugDescription)")
        }
    }

    @Test func writesIntegersExactly() {
        #expect(text { $0.int(0) } == "0")
        #expect(text { $0.int(-7) } == "-7")
        #expect(text { $0.int(18_457_567) } == "18457567")
        #expect(text { $0.int(Int.max) } == "9223372036854775807")
        #expect(text { $0.int(Int.min) } == "-9223372036854775808")
    }

    @Test func writesIntegralDoublesWithoutFraction() {
        #expect(text { $0.double(100) } == "100")
        #expect(text { $0.double(-16) } == "-16")
        #expect(text { $0.double(9_007_199_254_740_992) } == "9007199254740992")
        #expect(text { $0.double(0) } == "0")
        #expect(text { $0.double(-0.0) } == "-0.0")
    }

    @Test func writesOtherDoublesInShortestRoundTripForm() {
        #expect(text { $0.double(23.64) } == "23.64")
        #expect(text { $0.double(-0.71) } == "-0.71")
        #expect(text { $0.double(0.1) } == "0.1")
        #expect(text { $0.double(1e-7) } == "1e-07")
        #expect(text { $0.double(1e20) } == "1e+20")
        #expect(text { $0.double(Double.leastNonzeroMagnitude) } == "5e-324")
    }

    @Test func writesNonFiniteDoublesAsNull() {
        #expect(text { $0.double(.nan) } == "null")
        #expect(text { $0.double(.infinity) } == "null")
        #expect(text { $0.double(-.infinity) } == "null")
    }

    @Test func doublesRoundTripBitForBit() throws {
        var generator = SeededGenerator(seed: 42)
        var values: [Double] = [0.1, 0.2, 1 / 3, .pi, .ulpOfOne, .greatestFiniteMagnitude, .leastNormalMagnitude,
                                -.leastNonzeroMagnitude, 123_456.789, 4_503_599_627_370_496.5]
        for _ in 0..<5_000 {
            values.append(Double(bitPattern: generator.next()))
        }
        values = values.filter(\.isFinite)
        for value in values {
            let written = text { $0.double(value) }
            let read = try #require(Double(written), "\(written) does not parse")
            #expect(read.bitPattern == value.bitPattern || (read == 0 && value == 0), "\(value) → \(written)")
            // JSON numbers: no leading "+", no "inf"/"nan", no bare "." ends.
            #expect(!written.contains("inf") && !written.contains("nan") && !written.hasSuffix("."))
        }
    }

    @Test func compactLayout() {
        let out = text { json in
            json.beginObject()
            json.key("a"); json.int(1)
            json.key("b"); json.beginArray(); json.bool(true); json.null(); json.beginObject(); json.endObject(); json.endArray()
            json.key("c"); json.beginArray(); json.endArray()
            json.key(escaping: "d\"e"); json.string(nil as String?)
            json.endObject()
        }
        #expect(out == #"{"a":1,"b":[true,null,{}],"c":[],"d\"e":null}"#)
    }

    @Test func prettyLayoutIndentsTwoSpacesAndKeepsInlineArraysOnOneLine() {
        let out = text({ json in
            json.beginObject()
            json.key("a"); json.int(1)
            json.key("origin"); json.beginArray(inline: true); json.int(2); json.int(0); json.endArray()
            json.key("rows"); json.beginArray(); json.beginObject(); json.key("x"); json.double(1.5); json.endObject(); json.endArray()
            json.key("empty"); json.beginObject(); json.endObject()
            json.endObject()
        }, style: .pretty)
        #expect(out == """
        {
          "a": 1,
          "origin": [2, 0],
          "rows": [
            {
              "x": 1.5
            }
          ],
          "empty": {}
        }
        """)
    }

    @Test func resetKeepsTheBufferReusable() {
        var json = JSONWriter()
        json.beginArray(); json.int(1); json.endArray()
        json.reset()
        json.string("x")
        #expect(String(decoding: json.bytes, as: UTF8.self) == #""x""#)
        #expect(json.depth == 0)
    }

    /// A hundred nested containers outgrow the writer's first container stack; both styles
    /// close them all, and the compact bytes are the expected ones.
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
        #expect(pretty.bytes.filter { $0 != 0x20 && $0 != 0x0A } == compact.bytes)
    }
}
