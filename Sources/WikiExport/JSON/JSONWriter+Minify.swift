/// Compact JSON from pretty JSON, for writing an article in both styles with one encoding.
extension JSONWriter {
    /// Appends `pretty` (JSON written by a `.pretty` writer) with every space and newline
    /// outside strings left out, which is byte for byte what a `.compact` writer writes for
    /// the same values: the two styles differ only in that whitespace, and strings never hold
    /// a raw newline (it is escaped). On the corpus this costs about half of encoding again.
    public mutating func appendMinified(_ pretty: UnsafeRawBufferPointer) {
        guard let source = pretty.baseAddress else { return }
        let end = pretty.count
        reserve(end + 8)  // never longer than the input, plus room for one whole-word store
        var state = MinifyState()
        var i = 0
        // Eight bytes at a time: which are layout whitespace is worked out with bit tricks on
        // the whole word (strings tracked as a running XOR of quote positions), and the kept
        // bytes are stored without a branch per byte. A word with a backslash, or after one,
        // goes byte by byte: an escaped quote does not end a string.
        while i + 8 <= end {
            let word = UInt64(littleEndian: (source + i).loadUnaligned(as: UInt64.self))
            if state.escaped || Self.bytesEqual(word, 0x5C) != 0 {
                for k in 0..<8 { keepUnlessLayout((word >> (8 * UInt64(k))) & 0xFF, &state) }
            } else {
                let quotes = Self.bytesEqual(word, 0x22)
                var inside = quotes  // high bit of each byte: after an odd number of quotes
                inside ^= inside << 8
                inside ^= inside << 16
                inside ^= inside << 32
                if state.inString { inside ^= Self.highBits }
                state.inString = inside >> 63 != 0
                let drop = (Self.bytesEqual(word, 0x20) | Self.bytesEqual(word, 0x0A)) & ~inside
                storeKept(word, drop: drop)  // no branch on the mask: they mispredict
            }
            i += 8
        }
        while i < end {
            keepUnlessLayout(UInt64(source.load(fromByteOffset: i, as: UInt8.self)), &state)
            i += 1
        }
    }

    /// Where the scan stands between words.
    private struct MinifyState {
        var inString = false
        var escaped = false  // the next byte is escaped by a backslash
    }

    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of every byte of `word` equal to `byte` (exact: no false positives).
    @inline(__always)
    private static func bytesEqual(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))  // zero where equal
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((x & low7) &+ low7) | x) & highBits
    }

    /// Stores the bytes of `word` whose high bit in `drop` is clear, in order.
    @inline(__always)
    private mutating func storeKept(_ word: UInt64, drop: UInt64) {
        var out = buffer + count
        var bytes = word
        var keep = ~drop >> 7  // bit 0 of each byte: keep it
        for _ in 0..<8 {
            out.pointee = UInt8(truncatingIfNeeded: bytes)
            out += Int(keep & 1)  // advance only past a kept byte
            bytes >>= 8
            keep >>= 8
        }
        count = out - buffer
    }

    /// One byte through the string / escape state machine.
    @inline(__always)
    private mutating func keepUnlessLayout(_ value: UInt64, _ state: inout MinifyState) {
        let byte = UInt8(truncatingIfNeeded: value)
        if state.inString {
            if state.escaped {
                state.escaped = false
            } else if byte == UInt8(ascii: "\\") {
                state.escaped = true
            } else if byte == UInt8(ascii: "\"") {
                state.inString = false
            }
        } else if byte == UInt8(ascii: " ") || byte == 0x0A {
            return
        } else if byte == UInt8(ascii: "\"") {
            state.inString = true
        }
        buffer[count] = byte
        count += 1
    }
}
