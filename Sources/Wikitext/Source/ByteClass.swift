/// Byte classification tables for the scanner. All wikitext syntax is ASCII.
enum ByteClass {
    /// Nonzero for bytes that may start markup and stop the text scan: `\n ! & ' : < = [ ] _ { | }`.
    /// A raw table the parser keeps a pointer to, so the hottest loop is one load per byte,
    /// with no lazy-global check. Written once, never freed, read-only afterwards.
    nonisolated(unsafe) static let specialTable = table { "\n{}[]|=<&'!:_".utf8.contains($0) ? 1 : 0 }

    /// For a title (a link target): 0 for a byte of content, 1 for a blank (space, tab, CR),
    /// 2 for a byte no title may hold (line break, `<>[]{}|`).
    nonisolated(unsafe) static let titleTable = table { b in
        " \t\r".utf8.contains(b) ? 1 : "\n<>[]{}|".utf8.contains(b) ? 2 : 0
    }

    /// The lanes of `bytes` that hold a byte of `specialTable`, as two words (lanes 0–7 and
    /// 8–15), a byte of all ones per such lane.
    @inline(__always)
    static func specialLanes(in bytes: SIMD16<UInt8>) -> (UInt64, UInt64) {
        typealias V = SIMD16<UInt8>
        let v = bytes
        let controls = (v .== V(repeating: 0x0A)) .| (v .== V(repeating: 0x21))  // \n !
            .| ((v &- V(repeating: 0x26)) .< V(repeating: 2))  // & '
            .| (v .== V(repeating: 0x3A)) .| ((v &- V(repeating: 0x3C)) .< V(repeating: 2))  // : < =
        let brackets = (v .== V(repeating: 0x5B)) .| (v .== V(repeating: 0x5D)) .| (v .== V(repeating: 0x5F))  // [ ] _
            .| ((v &- V(repeating: 0x7B)) .< V(repeating: 3))  // { | }
        return unsafeBitCast(controls .| brackets, to: (UInt64, UInt64).self)
    }

    /// What 16 bytes of a title hold, as `titleTable` classes them: a byte no title may hold,
    /// and a byte of content.
    @inline(__always)
    static func titleChunk(_ v: SIMD16<UInt8>) -> (invalid: Bool, content: Bool) {
        typealias V = SIMD16<UInt8>
        let invalid = (v .== V(repeating: 0x0A)) .| (v .== V(repeating: 0x3C)) .| (v .== V(repeating: 0x3E))  // \n < >
            .| (v .== V(repeating: 0x5B)) .| (v .== V(repeating: 0x5D)) .| ((v &- V(repeating: 0x7B)) .< V(repeating: 3))  // [ ] { | }
        let blank = (v .== V(repeating: 0x20)) .| (v .== V(repeating: 0x09)) .| (v .== V(repeating: 0x0D))
        let (low, high) = unsafeBitCast(blank .| invalid, to: (UInt64, UInt64).self)
        return (firstSet(invalid) != nil, low & high != UInt64.max)
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
        let (low, high) = unsafeBitCast(blank .| newline .| invalid, to: (UInt64, UInt64).self)
        return (firstSet(invalid) != nil, firstSet(newline) != nil, low & high != UInt64.max)
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
        // Lanes are 0 or all ones: the first one set is the lowest nonzero byte.
        let (low, high) = unsafeBitCast(mask, to: (UInt64, UInt64).self)
        if low != 0 { return low.trailingZeroBitCount / 8 }
        if high != 0 { return 8 + high.trailingZeroBitCount / 8 }
        return nil
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
