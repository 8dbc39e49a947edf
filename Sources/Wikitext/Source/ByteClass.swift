/// Byte classification tables for the scanner. All wikitext syntax is ASCII.
enum ByteClass {
    /// Nonzero for bytes that may start markup and stop the text scan: `\n ! & ' : < = [ ] _ { | }`.
    /// A raw table the parser keeps a pointer to, so the hottest loop is one load per byte,
    /// with no lazy-global check. Written once, never freed, read-only afterwards.
    nonisolated(unsafe) static let specialTable: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        table.initialize(repeating: 0, count: 256)
        for c in "\n{}[]|=<&'!:_".utf8 { table[Int(c)] = 1 }
        return UnsafePointer(table)
    }()

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
