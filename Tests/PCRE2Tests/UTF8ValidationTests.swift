@testable import PCRE2
import Testing

/// The up-front UTF-8 check must agree with the standard library on every input.
@Suite struct UTF8ValidationTests {
    @Test(arguments: [
        ([], true), ([0x41], true), ([0xC3, 0xA9], true), ([0xE2, 0x88, 0x92], true),
        ([0xF0, 0x9F, 0x98, 0x80], true), ([0xF4, 0x8F, 0xBF, 0xBF], true),
        ([0x80], false), ([0xC0, 0x80], false), ([0xC1, 0xBF], false),  // stray, overlong
        ([0xE0, 0x80, 0x80], false), ([0xED, 0xA0, 0x80], false),  // overlong, surrogate
        ([0xF0, 0x80, 0x80, 0x80], false), ([0xF4, 0x90, 0x80, 0x80], false),  // overlong, > U+10FFFF
        ([0xF5, 0x80, 0x80, 0x80], false), ([0xFF], false), ([0xE2, 0x88], false),  // bad lead, truncated
        ([0x41, 0x41, 0x41, 0x41, 0x41, 0x41, 0x41, 0x41, 0xE2, 0x88], false),  // truncated after an ASCII word
    ] as [([UInt8], Bool)])
    func knownCases(_ bytes: [UInt8], _ valid: Bool) {
        #expect(bytes.withUnsafeBufferPointer(UTF8Validation.isValid) == valid)
    }

    @Test func agreesWithTheStandardLibrary() {
        var state: UInt64 = 7
        let pieces: [[UInt8]] = [[0x41], [0x20], [0xC3, 0xA9], [0xE2, 0x88, 0x92], [0xF0, 0x9F, 0x98, 0x80],
                                 [0x80], [0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90], [0xFF], Array("abcdefgh".utf8)]
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<8 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let piece = pieces[Int(state >> 33) % pieces.count]
                // Mostly valid pieces, so that valid inputs are common too.
                if piece.first! < 0x80 || piece.count > 1 && (state >> 20) % 3 != 0 { bytes += piece }
            }
            let expected = String(validating: bytes, as: UTF8.self) != nil
            #expect(bytes.withUnsafeBufferPointer(UTF8Validation.isValid) == expected, "\(bytes)")
        }
    }
}
