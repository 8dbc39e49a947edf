import Foundation
import PCRE2
import Testing

@Suite struct RegexTests {
    static let number = try! Regex(#"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+(?:\.[0-9]+)?%?"#)

    @Test func compilesWithJIT() throws {
        #expect(Self.number.isJIT)
        #expect(Self.number.captureCount == 0)
    }

    @Test func findsNumbersInAnInfoboxLine() {
        let s = "| popular_vote1 = '''13,999,656''' | percentage1 = 23.64% | seats1 = 100"
        let found = Self.number.matches(in: s).map { $0.string(in: s)! }
        #expect(found == ["1", "13,999,656", "1", "23.64%", "1", "100"])
    }

    @Test func firstMatchFromOffset() {
        let s = "seats 100 and 75"
        let first = Self.number.firstMatch(in: s)
        #expect(first?.range == 6..<9)
        let second = Self.number.firstMatch(in: s, from: 9)
        #expect(second?.string(in: s) == "75")
        #expect(Self.number.firstMatch(in: s, from: 17) == nil)  // past the end
        #expect(Self.number.firstMatch(in: s, from: -1) == nil)
        #expect(Self.number.firstMatch(in: s, from: 16) == nil)  // at the end: no digits left
    }

    @Test func captureGroupsByIndexAndName() throws {
        let date = try Regex(#"(?<day>\d{1,2}) (?<month>[A-Z][a-z]+) (?<year>\d{4})"#)
        let s = "Held on 8 February 2024 across Pakistan"
        let m = try #require(date.firstMatch(in: s))
        #expect(date.captureCount == 3)
        #expect(m.string("day", in: s) == "8")
        #expect(m.string(2, in: s) == "February")
        #expect(m.string("year", in: s) == "2024")
        #expect(m["nope"] == nil)
        #expect(m[4] == nil)
        #expect(date.groupNumber(named: "month") == 2)
        #expect(date.groupNumber(named: "nope") == nil)
        #expect(date.groupNames["year"] == [3])
    }

    @Test func unsetOptionalGroupIsNil() throws {
        let r = try Regex(#"(\d+)(%)?"#)
        let m = try #require(r.firstMatch(in: "turnout 47"))
        #expect(m[1] == 8..<10)
        #expect(m[2] == nil)
        #expect(m.groups.count == 2)
    }

    @Test func duplicateNamesPickTheGroupThatMatched() throws {
        let r = try Regex(#"(?<y>\d{4})-\d\d|\d\d/(?<y>\d{4})"#, options: [.utf, .dupNames])
        let s = "on 02/2024"
        let m = try #require(r.firstMatch(in: s))
        #expect(m.string("y", in: s) == "2024")
        #expect(r.groupNumber(named: "y") == nil)  // ambiguous name
    }

    @Test func utf8SubjectsGiveByteRanges() throws {
        let r = try Regex(#"−?\d+(?:\.\d+)?"#)  // U+2212 is 3 bytes
        let s = "Étaples: swing −0.71 pp, 中文 12"
        let ms = r.matches(in: s)
        #expect(ms.map { $0.string(in: s)! } == ["−0.71", "12"])
        let start = Array(s.utf8).firstIndex(of: 0xE2)!
        #expect(ms[0].range.lowerBound == start)
        #expect(ms[0].range.count == 3 + 4)
    }

    @Test func caselessAndMultiline() throws {
        let r = try Regex(#"^\| *party(\d+)"#, options: [.utf, .caseless, .multiline])
        let s = "{{Infobox election\n| Party1 = PML(N)\n|party2 = IND\n}}"
        #expect(r.matches(in: s).compactMap { $0.string(1, in: s) } == ["1", "2"])
    }

    @Test func ucpMakesDigitClassUnicode() throws {
        let ascii = try Regex(#"^\d+$"#)
        let unicode = try Regex(#"^\d+$"#, options: [.utf, .ucp])
        #expect(!ascii.isMatch("١٢٣"))  // Arabic-Indic digits
        #expect(unicode.isMatch("١٢٣"))
    }

    @Test func compileErrorCarriesMessageAndOffset() {
        #expect(throws: RegexError.self) { try Regex("(abc") }
        do {
            _ = try Regex("ab(?<n>c")
            Issue.record("should not compile")
        } catch {
            // Typed throws: `error` is a RegexError.
            #expect(error.offset == 8)
            #expect(error.message.contains("missing closing parenthesis"))
            #expect(error.code > 0)
            #expect(error.description.contains("ab(?<n>c"))
        }
    }

    @Test func emptyPatternAndSubject() throws {
        let r = try Regex("")
        #expect(r.matches(in: "").count == 1)
        #expect(r.matches(in: "ab").map(\.range) == [0..<0, 1..<1, 2..<2])
        #expect(Self.number.matches(in: [UInt8]()).isEmpty)
        #expect(Self.number.firstMatch(in: "") == nil)
    }

    @Test func emptyMatchesStepWholeCodePoints() throws {
        let r = try Regex("x*")
        let s = "é€"  // 2 + 3 bytes; never start inside a code point
        #expect(r.matches(in: s).map(\.range) == [0..<0, 2..<2, 5..<5])
    }

    @Test func byteArrayAndRawBufferOverloads() throws {
        let bytes = Array("a 1,234 b 56".utf8)
        #expect(Self.number.matches(in: bytes).map(\.range) == [2..<7, 10..<12])
        #expect(Self.number.firstMatch(in: bytes, from: 7)?.bytes(in: bytes) == Array("56".utf8)[...])
        bytes.withUnsafeBytes { raw in
            #expect(Self.number.matches(in: raw).count == 2)
            #expect(Self.number.firstMatch(in: raw)?.range == 2..<7)
        }
    }

    @Test func invalidUTF8BytesNeverCrash() throws {
        let bad: [UInt8] = [0x31, 0x32, 0xFF, 0xC3, 0x33]
        // Under .utf the whole subject is checked once and rejected.
        #expect(Self.number.matches(in: bad).isEmpty)
        // Without .utf it is just bytes.
        let bytesOnly = try Regex("[0-9]+", options: [])
        #expect(bytesOnly.matches(in: bad).map(\.range) == [0..<2, 4..<5])
        // matchInvalidUTF tolerates the bad bytes.
        let tolerant = try Regex("[0-9]+", options: [.utf, .matchInvalidUTF])
        #expect(tolerant.matches(in: bad).map(\.range) == [0..<2, 4..<5])
    }

    @Test func offsetInsideACodePointIsRejected() {
        let s = "−5"  // bytes 0..<3 are the minus sign
        #expect(Self.number.firstMatch(in: s, from: 1) == nil)
        #expect(Self.number.firstMatch(in: s, from: 3)?.range == 3..<4)
    }

    @Test func forEachMatchStopsEarly() {
        let bytes = Array("1 2 3 4 5".utf8)
        var seen = 0
        bytes.withUnsafeBufferPointer { buf in
            Self.number.forEachMatch(in: buf) { _ in seen += 1; return seen < 3 }
        }
        #expect(seen == 3)
    }

    @Test func reusableMatcher() {
        let matcher = Matcher(Self.number)
        let bytes = Array("x 10 y 20".utf8)
        bytes.withUnsafeBufferPointer { buf in
            #expect(matcher.firstMatch(in: buf)?.range == 2..<4)
            #expect(matcher.firstMatch(in: buf, from: 4)?.range == 7..<9)
        }
    }
}

/// The allocation-free path that the value parser uses.
@Suite struct MatcherFindTests {
    @Test func findThenReadGroups() throws {
        let r = try Regex(#"(?<n>\d+)(?<pct>%)?"#)
        let n = try #require(r.groupNumber(named: "n"))
        let m = Matcher(r)
        let bytes = Array("turnout 47.8% of 128".utf8)
        // Matcher is non-copyable, so results go through locals before #expect.
        let (first, whole1, group1, pct1) = bytes.withUnsafeBufferPointer { buf in
            (m.find(in: buf), m.range(0), m.range(n), m.range(2))
        }
        #expect(first && whole1 == 8..<10 && group1 == 8..<10 && pct1 == nil)
        let (second, whole2, pct2, none3, noneNeg) = bytes.withUnsafeBufferPointer { buf in
            (m.find(in: buf, from: 11), m.range(0), m.range(2), m.range(3), m.range(-1))
        }
        #expect(second && whole2 == 11..<13 && pct2 == 12..<13 && none3 == nil && noneNeg == nil)
        let past = bytes.withUnsafeBufferPointer { m.find(in: $0, from: 99) }
        #expect(!past)
    }

    @Test func anchoredPatternsOnlyMatchAtTheOffset() throws {
        let r = try Regex(#"\d+"#, options: [.utf, .anchored])
        let s = "ab 12"
        #expect(r.firstMatch(in: s) == nil)
        #expect(r.firstMatch(in: s, from: 3)?.range == 3..<5)
    }
}
