import Foundation
import Testing
import TestSupport
@testable import Wikitext

/// The parser's text scan answers from the last chunk's lanes when it restarts inside that
/// chunk; these pin it against a byte walk over `ByteClass.specialTable`, on every Corpus/
/// page, from every offset in turn (so the chunk is reused as in a parse), under the page's
/// end and under limits a few bytes on.
@Suite("Text scan")
struct TextScanTests {
    /// For each offset, the first offset at or after it holding a special byte (the count if none).
    static func nextSpecial(_ bytes: [UInt8]) -> [Int] {
        var next = Array(repeating: bytes.count, count: bytes.count + 1)
        var i = bytes.count - 1
        while i >= 0 {
            next[i] = ByteClass.specialTable[Int(bytes[i])] != 0 ? i : next[i + 1]
            i -= 1
        }
        return next
    }

    @Test("Corpus/ holds the pages the parameterised test runs over")
    func corpusIsThere() {
        #expect(Fixtures.corpusFiles().count >= 39)
    }

    @Test("every Corpus/ page: the scan stops where a byte walk stops", arguments: Fixtures.corpusFiles().map(\.lastPathComponent))
    func corpusPage(_ name: String) throws {
        let bytes = try Fixtures.corpusBytes(name)
        let next = Self.nextSpecial(bytes)
        bytes.withUnsafeBufferPointer { src in
            let parser = Parser(src)
            var chunk = SpecialChunk()
            var mismatches = 0
            for start in 0...src.count {
                // The page's end, and a limit that falls inside the chunk found (or before it).
                for limit in [src.count, Swift.min(src.count, start + 1 + start % 23)] {
                    let got = parser.scanText(from: start, limit: limit, chunk: &chunk)
                    if got != Swift.min(next[start], limit) { mismatches += 1 }
                }
            }
            #expect(mismatches == 0, "\(name)")
        }
    }

    @Test("a chunk's lanes: the first special byte from each lane")
    func chunkLanes() {
        let text = Array("ab|cdefgh[ijklm=".utf8) + Array("nopqrstuvwxyz0123".utf8)
        let next = Self.nextSpecial(text)
        text.withUnsafeBufferPointer { src in
            let parser = Parser(src)
            var chunk = SpecialChunk()
            for start in 0...src.count {
                #expect(parser.scanText(from: start, limit: src.count, chunk: &chunk) == next[start], "\(start)")
            }
        }
    }

    @Test("lane bits: the vector instruction and the portable fallback agree with a lane walk")
    func laneBits() {
        var rng = SeededGenerator(seed: 16)
        for _ in 0..<2000 {
            var v = SIMD16<UInt8>()
            for k in 0..<16 { v[k] = UInt8.random(in: 0...255, using: &rng) }
            let mask = v .>= SIMD16<UInt8>(repeating: UInt8.random(in: 0...255, using: &rng))
            var expected: UInt32 = 0
            for k in 0..<16 where mask[k] { expected |= 1 << UInt32(k) }
            #expect(ByteClass.bits(mask) == expected)
            #expect(ByteClass.portableBits(mask) == expected)
        }
    }
}
