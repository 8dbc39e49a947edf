#if arch(x86_64)
import _Builtin_intrinsics.intel  // `_mm_movemask_epi8` (SSE2, always present on x86-64)
#endif
#if !_endian(little)
#error("ByteClass.portableBits: lane order assumes little-endian")
#endif

/// Byte classification tables for the scanner. All wikitext syntax is ASCII.
enum ByteClass {
    /// Nonzero for bytes that may start markup and stop the text scan: `\n ! & ' : < = [ ] _ { | }`.
    /// A raw table the parser keeps a pointer to, so the hottest loop is one load per byte,
    /// with no lazy-global check. Written once, never freed, read-only afterwards.
    nonisolated(unsafe) static let specialTable = table { "\n{}[]|=<&'!:_".utf8.contains($0) ? 1 : 0 }

    /// Nonzero for the first bytes of a line that `Parser.lineStart` may act on: blanks (it
    /// skips them), `<` (comments before table markup), `|` `!` `{` (table lines and openers),
    /// `=` (headings), `*` `#` `:` `;` (lists) and `-` (rules). A line starting with any other
    /// byte starts nothing.
    nonisolated(unsafe) static let lineOpenerTable = table { " \t<|!{=*#:;-".utf8.contains($0) ? 1 : 0 }

    /// Nonzero for every byte.
    nonisolated(unsafe) static let anyByteTable = table { _ in 1 }

    /// For a title (a link target): 0 for a byte of content, 1 for a blank (space, tab, CR),
    /// 2 for a byte no title may hold (line break, `<>[]{}|`).
    nonisolated(unsafe) static let titleTable = table { b in
        " \t\r".utf8.contains(b) ? 1 : "\n<>[]{}|".utf8.contains(b) ? 2 : 0
    }

    /// The lanes of `bytes` that hold a byte of `specialTable`, one bit per lane (lane 0 is
    /// bit 0).
    @inline(__always)
    static func specialBits(in bytes: SIMD16<UInt8>) -> UInt32 {
        typealias V = SIMD16<UInt8>
        let v = bytes
        let controls = (v .== V(repeating: 0x0A)) .| (v .== V(repeating: 0x21))  // \n !
            .| ((v &- V(repeating: 0x26)) .< V(repeating: 2))  // & '
            .| (v .== V(repeating: 0x3A)) .| ((v &- V(repeating: 0x3C)) .< V(repeating: 2))  // : < =
        let brackets = (v .== V(repeating: 0x5B)) .| (v .== V(repeating: 0x5D)) .| (v .== V(repeating: 0x5F))  // [ ] _
            .| ((v &- V(repeating: 0x7B)) .< V(repeating: 3))  // { | }
        return bits(controls .| brackets)
    }

    /// One bit per lane of `mask`, lane 0 as bit 0: on x86-64 one `pmovmskb`, where reading
    /// the mask as two words and finding a lane in them took a dozen instructions.
    @inline(__always)
    static func bits(_ mask: SIMDMask<SIMD16<Int8>>) -> UInt32 {
        #if arch(x86_64)
        return UInt32(truncatingIfNeeded: _mm_movemask_epi8(unsafeBitCast(mask, to: __m128i.self)))
        #else
        return portableBits(mask)
        #endif
    }

    /// `bits` without vector instructions: each lane is 0 or all ones, so the top bit of each
    /// byte is gathered into one byte by a multiply.
    @inline(__always)
    static func portableBits(_ mask: SIMDMask<SIMD16<Int8>>) -> UInt32 {
        let (low, high) = unsafeBitCast(mask, to: (UInt64, UInt64).self)
        let gather: UInt64 = 0x0002_0408_1020_4081
        let l = ((low & 0x8080_8080_8080_8080) &* gather) &>> 56
        let h = ((high & 0x8080_8080_8080_8080) &* gather) &>> 56
        return UInt32(truncatingIfNeeded: l | h &<< 8)
    }

    /// What 16 bytes of a title hold, as `titleTable` classes them: a byte no title may hold,
    /// and a byte of content.
    @inline(__always)
    static func titleChunk(_ v: SIMD16<UInt8>) -> (invalid: Bool, content: Bool) {
        typealias V = SIMD16<UInt8>
        let invalid = (v .== V(repeating: 0x0A)) .| (v .== V(repeating: 0x3C)) .| (v .== V(repeating: 0x3E))  // \n < >
            .| (v .== V(repeating: 0x5B)) .| (v .== V(repeating: 0x5D)) .| ((v &- V(repeating: 0x7B)) .< V(repeating: 3))  // [ ] { | }
        let blank = (v .== V(repeating: 0x20)) .| (v .== V(repeating: 0x09)) .| (v .== V(repeating: 0x0D))
        return (bits(invalid) != 0, bits(blank .| invalid) != 0xFFFF)
    }

    /// `titleChunk` of the first `count` (< 16) bytes of `v`; the lanes after them are read as
    /// blanks, which are neither invalid nor content. One step for a short title's tail.
    @inline(__always)
    static func titleChunk(_ v: SIMD16<UInt8>, first count: Int) -> (invalid: Bool, content: Bool) {
        typealias V = SIMD16<UInt8>
        let lanes = V(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)
        return titleChunk(v.replacing(with: V(repeating: 0x20), where: lanes .>= V(repeating: UInt8(truncatingIfNeeded: count))))
    }

    /// What the first `count` bytes of `v` hold for a template name's check (lanes from
    /// `count` on, when it is below 16, read as blanks): a byte no name may hold (`<>[]{}`), a
    /// line break, and a byte of content (neither blank nor one of those).
    @inline(__always)
    static func templateNameChunk(_ v: SIMD16<UInt8>, first count: Int) -> (invalid: Bool, newline: Bool, content: Bool) {
        typealias V = SIMD16<UInt8>
        let lanes = V(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)
        let clamped = UInt8(truncatingIfNeeded: Swift.min(count, 16))
        let v = v.replacing(with: V(repeating: 0x20), where: lanes .>= V(repeating: clamped))
        let invalid = (v .== V(repeating: 0x3C)) .| (v .== V(repeating: 0x3E)) .| (v .== V(repeating: 0x5B))
            .| (v .== V(repeating: 0x5D)) .| (v .== V(repeating: 0x7B)) .| (v .== V(repeating: 0x7D))  // < > [ ] { }
        let newline = v .== V(repeating: 0x0A)
        let blank = (v .== V(repeating: 0x20)) .| (v .== V(repeating: 0x09)) .| (v .== V(repeating: 0x0D))
        return (bits(invalid) != 0, bits(newline) != 0, bits(blank .| newline .| invalid) != 0xFFFF)
    }

    /// The number of ASCII letters `bytes` starts with (16 if all are).
    @inline(__always)
    static func letterRun(_ bytes: SIMD16<UInt8>) -> Int {
        typealias V = SIMD16<UInt8>
        let nonLetter = ((bytes | V(repeating: 0x20)) &- V(repeating: 0x61)) .>= V(repeating: 26)
        return firstSet(nonLetter) ?? 16
    }

    /// The index of the first lane set in `mask`, or nil.
    @inline(__always)
    static func firstSet(_ mask: SIMDMask<SIMD16<Int8>>) -> Int? {
        let b = bits(mask)
        return b != 0 ? b.trailingZeroBitCount : nil
    }

    /// A table of `value(b)` for every byte `b`, for scans that do one load per byte.
    /// Written once, never freed, read-only afterwards.
    static func table(_ value: (UInt8) -> UInt8) -> UnsafePointer<UInt8> {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for b in 0..<256 { (table + b).initialize(to: value(UInt8(b))) }
        return UnsafePointer(table)
    }

    @inline(__always) static func lower(_ b: UInt8) -> UInt8 {
        (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
    }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool {
        let l = b | 0x20
        return l >= 0x61 && l <= 0x7A
    }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) }
    @inline(__always) static func isHex(_ b: UInt8) -> Bool {
        isDigit(b) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x66)
    }
    /// Space or tab.
    @inline(__always) static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
    /// Any ASCII whitespace.
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C
    }
}
