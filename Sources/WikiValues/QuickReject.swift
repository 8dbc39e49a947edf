/// Text with no digit at all (`?`, `✔`, `†`), decided in the quick pass so that it never
/// reaches the full grammar; the answer is exactly what ``ValueParser`` would give.
enum QuickReject {
    /// The value of digit-free text `lo..<hi` (empty, text or unparsed), or nil when it has a
    /// digit or a `[` (a footnote marker the full grammar strips first).
    static func digitFree(_ t: ByteText, _ lo: Int, _ hi: Int) -> PlainValue? {
        guard let p = t.bytes.baseAddress else { return nil }
        for i in lo..<hi {
            let b = p[i]
            if b &- 0x30 < 10 || b == 0x5B { return nil }
        }
        // As the full grammar's last step: trailing note symbols and spaces go, then the value
        // is seen on its own (reads past its end give 0).
        let (a, z) = t.trimmed(lo, Markers.trailingSymbolsEnd(t, lo, hi))
        let v = t.text(UnsafeBufferPointer(rebasing: t.bytes[a..<z]))
        if Markers.isEmptyMarker(v, 0, v.count) { return .empty }
        return Markers.hasWordCharacter(v, 0, v.count) ? .text : .unparsed
    }
}
