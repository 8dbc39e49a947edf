/// Builds a lowercase ASCII string key from a byte range, for table lookups.
@inline(__always)
func lowercasedKey(_ src: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    String(unsafeUninitializedCapacity: range.count) { buffer in
        for (k, i) in range.enumerated() { buffer[k] = ByteClass.lower(src[i]) }
        return range.count
    }
}

/// Builds a string key from a byte range as written.
@inline(__always)
func exactKey(_ src: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: src[range]), as: UTF8.self)
}
