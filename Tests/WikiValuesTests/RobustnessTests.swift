import Foundation
import TestSupport
import Testing
import WikiValues

/// Odd input must never crash, and every entry point must agree.
@Suite struct RobustnessTests {
    @Test func invalidUTF8Bytes() {
        let inputs: [[UInt8]] = [
            [0xFF], [0xC3], [0xE2, 0x88], [0x31, 0x32, 0xFF], [0xE2, 0x96], [0xC2],
            [0x31, 0x2C, 0x32, 0x33, 0xFF], Array("8 Feb".utf8) + [0xFF, 0x32, 0x30],
            [0x5B, 0x31, 0xFF, 0x5D], [0x24, 0xFF, 0x31],
        ]
        for bytes in inputs { _ = ValueParser.parse(bytes) }
        #expect(ValueParser.parse([0x31, 0x32, 0xFF]) == V.int(12, .partial))
        #expect(ValueParser.parse([0xFF]).kind == .unparsed)
    }

    /// 20,000 random byte strings built from the characters the grammars care about.
    @Test func randomInputNeverCrashes() {
        let alphabet: [[UInt8]] = ["0", "1", "9", ",", ".", " ", "-", "+", "%", "[", "]", "(", ")", "e", "p",
                                   "−", "–", "—", "▲", "▼", "±", "$", "€", "\u{00A0}", "\u{2009}", "to", "Feb",
                                   "May", "2024", "million", "km", "st", "°", ":", "/", "*", "n/a"].map { Array($0.utf8) }
        var rng = SeededGenerator(seed: 42)
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(rng.next() % 12) { bytes += alphabet[Int(rng.next() % UInt64(alphabet.count))] }
            if rng.next() % 5 == 0, !bytes.isEmpty { bytes.removeLast() }  // cut a character in half
            let v = ValueParser.parse(bytes)
            if let n = v.number { #expect(n.isFinite) }
            if v.kind == .range { #expect(v.low != nil && v.high != nil) }
        }
    }

    @Test func longInputs() {
        // Beyond Double's range: unparsed rather than infinity.
        let digits = String(repeating: "1234567890", count: 10_000)
        #expect(ValueParser.parse(digits) == V.unparsed)
        let commas = "1" + String(repeating: ",000", count: 20_000)
        #expect(ValueParser.parse(commas) == V.unparsed)
        #expect(ValueParser.parse("1" + String(repeating: ",000", count: 100)) == V.int(1e300))
        let words = String(repeating: "word ", count: 20_000)
        #expect(ValueParser.parse(words) == V.text)
        let brackets = String(repeating: "[1]", count: 5_000) + "42"
        #expect(ValueParser.parse(brackets) == V.int(42))
        let dashes = String(repeating: "—", count: 10_000)
        #expect(ValueParser.parse(dashes) == V.empty)
    }

    @Test(arguments: ["13,999,656", "−0.71 pp", "8 February 2024", "Nawaz Sharif", "", "7,282,835[1]", "€41,000 (2020)"])
    func bytesAndStringAgree(_ s: String) {
        let fromString = ValueParser.parse(s)
        #expect(ValueParser.parse(Array(s.utf8)) == fromString)
        Array(s.utf8).withUnsafeBufferPointer { #expect(ValueParser.parse($0) == fromString) }
        // A bridged or sliced string takes the copying path.
        let sub = ("x" + s + "x").dropFirst().dropLast()
        #expect(ValueParser.parse(String(sub)) == fromString)
        #expect(ValueParser.parse(NSString(string: s) as String) == fromString)
    }

    @Test func parsesFromManyThreadsAtOnce() async {
        let inputs = CorpusValuesTests.rows.map(\.text)
        let expected = inputs.map(ValueParser.parse)
        let results = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 {
                group.addTask { inputs.map(ValueParser.parse) == expected }
            }
            var all: [Bool] = []
            for await ok in group { all.append(ok) }
            return all
        }
        #expect(results == Array(repeating: true, count: 8))
    }

    /// Every table cell and infobox-looking line in the corpus parses without trouble.
    @Test func wholeCorpusLines() throws {
        var count = 0
        for url in Fixtures.corpusFiles() {
            let text = try String(contentsOf: url, encoding: .utf8)
            for line in text.split(separator: "\n") {
                for cell in line.split(separator: "|") where cell.count < 200 {
                    _ = ValueParser.parse(String(cell))
                    count += 1
                }
            }
        }
        #expect(count > 50_000)
    }
}

