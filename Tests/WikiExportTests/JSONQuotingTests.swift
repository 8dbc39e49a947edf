import XCTest
@testable import WikiExport

/// The word-at-a-time quoting against a byte-by-byte reference of the documented escaping, on
/// strings of every length around the word and small-string boundaries.
final class JSONQuotingTests: XCTestCase {
    /// `"`, `\`, control characters (named or `\u00XX`), U+0085, U+2028 and U+2029 escaped.
    private func reference(_ value: String) -> [UInt8] {
        var out: [UInt8] = [0x22]
        for scalar in value.unicodeScalars {
            switch scalar.value {
            case 0x22: out += Array(#"\""#.utf8)
            case 0x5C: out += Array(#"\\"#.utf8)
            case 0x0A: out += Array(#"\n"#.utf8)
            case 0x0D: out += Array(#"\r"#.utf8)
            case 0x09: out += Array(#"\t"#.utf8)
            case 0x08: out += Array(#"\b"#.utf8)
            case 0x0C: out += Array(#"\f"#.utf8)
            case 0..<0x20: out += Array(String(format: "\\u%04x", scalar.value).utf8)
            case 0x85: out += Array(#"\u0085"#.utf8)
            case 0x2028: out += Array(#"\u2028"#.utf8)
            case 0x2029: out += Array(#"\u2029"#.utf8)
            default: out += Array(String(scalar).utf8)
            }
        }
        out.append(0x22)
        return out
    }

    func testQuotingMatchesReference() {
        let pieces = ["a", "Z", " ", "\"", "\\", "\n", "\u{0}", "\u{1F}", "\u{7F}", "\u{85}", "\u{2028}", "\u{2029}",
                      "\u{2027}", "\u{202A}", "\u{C2}", "\u{E2}", "é", "€", "–", "😀", "🇬🇧", "e\u{301}", "\u{FEFF}", "AAAAAAAA"]
        var generator = SystemRandomNumberGenerator()
        var checked = 0
        for length in 0...40 {
            for _ in 0..<300 {
                var value = ""
                while value.utf8.count < length { value += pieces.randomElement(using: &generator)! }
                for candidate in [value, String(value.dropFirst()), value + "x"] {
                    var json = JSONWriter(style: .compact)
                    json.string(candidate)
                    XCTAssertEqual(json.bytes, reference(candidate), "\(Array(candidate.utf8))")
                    checked += 1
                }
            }
        }
        // Every single scalar that matters, alone and at each offset in a 24-byte string.
        let scalars = (0...0x2100).compactMap(Unicode.Scalar.init).map(String.init) + ["\u{2028}", "\u{2029}", "😀"]
        for scalar in scalars {
            for offset in [0, 1, 6, 7, 8, 13, 14, 15, 16, 23] {
                let value = String(repeating: "q", count: offset) + scalar + String(repeating: "r", count: 24 - offset)
                for candidate in [value, scalar, String(repeating: "p", count: offset) + scalar] {
                    var json = JSONWriter(style: .pretty)
                    json.string(candidate)
                    XCTAssertEqual(json.bytes, reference(candidate))
                    checked += 1
                }
            }
        }
        // Past the 16-byte steps: the last 1–15 bytes read as the string's last 16, with an
        // escape before, inside or after that window.
        for scalar in ["\"", "\n", "\u{1}", "\u{85}", "\u{2028}", "é", "–"] {
            for length in 17...48 {
                for offset in 0..<length {
                    let value = String(repeating: "q", count: offset) + scalar + String(repeating: "r", count: length - offset)
                    for candidate in [value, value + scalar, scalar + value] {
                        var json = JSONWriter(style: .compact)
                        json.string(candidate)
                        XCTAssertEqual(json.bytes, reference(candidate))
                        checked += 1
                    }
                }
            }
        }
        XCTAssertGreaterThan(checked, 100_000)
    }

    /// `string(utf8:)`, the entry the table cells use, whose short clean case (1–16 bytes:
    /// `loadShort` below eight, two overlapping words from eight) is not reached through
    /// `string(_:)` for small strings: every length 0...48, clean and with each escape-needing
    /// scalar (and the near misses that are flagged but copied) at every offset, after fillers
    /// that leave the short case room or not (capacity 64), against the reference.
    func testUTF8QuotingEveryLengthAndOffset() {
        let scalars = ["\"", "\\", "\n", "\t", "\u{0}", "\u{1}", "\u{1F}", "\u{85}", "\u{2028}", "\u{2029}",
                       "\u{A0}", "\u{2027}", "é", "\u{7F}"]
        var checked = 0
        var failures = 0
        for length in 0...48 {
            let clean = String(repeating: "q", count: length)
            var candidates = [clean]
            for scalar in scalars {
                for offset in 0...length {
                    candidates.append(String(clean.prefix(offset)) + scalar + String(clean.dropFirst(offset)))
                }
            }
            for candidate in candidates {
                for pad in [0, 20, 40, 52] {
                    var json = JSONWriter(style: .compact, capacity: 64)
                    json.beginArray()
                    let padding = String(repeating: "p", count: pad)
                    if pad > 0 { Array(padding.utf8).withUnsafeBufferPointer { json.string(utf8: $0) } }
                    Array(candidate.utf8).withUnsafeBufferPointer { json.string(utf8: $0) }
                    json.endArray()
                    let expected = [0x5B] + (pad > 0 ? reference(padding) + [0x2C] : []) + reference(candidate) + [0x5D]
                    if json.bytes != expected {
                        failures += 1
                        if failures <= 5 { XCTAssertEqual(json.bytes, expected, "\(Array(candidate.utf8)) after \(pad)") }
                    }
                    checked += 1
                }
            }
        }
        XCTAssertEqual(failures, 0)
        XCTAssertGreaterThan(checked, 60_000)
    }
}
