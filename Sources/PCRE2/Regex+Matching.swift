/// Matching entry points. Every overload borrows the subject's bytes (no copy) and allocates
/// fresh match data, so a shared `Regex` is safe to call from any thread. Offsets and ranges
/// are UTF-8 byte offsets.
extension Regex {
    // MARK: First match

    /// The first match at or after byte `offset` in a byte buffer.
    public func firstMatch(in subject: UnsafeBufferPointer<UInt8>, from offset: Int = 0) -> Match? {
        Matcher(self).firstMatch(in: subject, from: offset)
    }

    /// The first match at or after byte `offset` in raw memory.
    public func firstMatch(in subject: UnsafeRawBufferPointer, from offset: Int = 0) -> Match? {
        // Rebound only for the call, so the caller's own binding of the memory stays intact.
        subject.withMemoryRebound(to: UInt8.self) { firstMatch(in: $0, from: offset) }
    }

    /// The first match at or after byte `offset` in a byte array.
    public func firstMatch(in subject: [UInt8], from offset: Int = 0) -> Match? {
        subject.withUnsafeBufferPointer { firstMatch(in: $0, from: offset) }
    }

    /// The first match at or after UTF-8 byte `offset` in a string (no UTF re-check: strings are valid).
    public func firstMatch(in subject: String, from offset: Int = 0) -> Match? {
        Regex.withBytes(of: subject) { Matcher(self).firstMatch(in: $0, from: offset, trusted: true) }
    }

    /// True when the pattern matches somewhere in `subject`.
    public func isMatch(_ subject: String) -> Bool { firstMatch(in: subject) != nil }

    // MARK: All matches

    /// Calls `body` for each non-overlapping match; return false from `body` to stop.
    /// No array is built, so this is the fastest way to scan a large buffer.
    public func forEachMatch(in subject: UnsafeBufferPointer<UInt8>,
                             _ body: (Match) throws -> Bool) rethrows {
        try Matcher(self).forEachMatch(in: subject, body)
    }

    /// All non-overlapping matches in a byte buffer, left to right.
    public func matches(in subject: UnsafeBufferPointer<UInt8>) -> [Match] {
        var out: [Match] = []
        Matcher(self).forEachMatch(in: subject) { out.append($0); return true }
        return out
    }

    /// All non-overlapping matches in raw memory.
    public func matches(in subject: UnsafeRawBufferPointer) -> [Match] {
        subject.withMemoryRebound(to: UInt8.self) { matches(in: $0) }
    }

    /// All non-overlapping matches in a byte array.
    public func matches(in subject: [UInt8]) -> [Match] {
        subject.withUnsafeBufferPointer { matches(in: $0) }
    }

    /// All non-overlapping matches in a string.
    public func matches(in subject: String) -> [Match] {
        Regex.withBytes(of: subject) { buf in
            var out: [Match] = []
            Matcher(self).forEachMatch(in: buf, trusted: true) { out.append($0); return true }
            return out
        }
    }

    /// Runs `body` over the string's UTF-8 bytes: borrowed when the string is native and
    /// contiguous, copied once otherwise (bridged or lazily-stored strings).
    static func withBytes<R>(of s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        var copy = s
        return copy.withUTF8(body)
    }
}
