import Glibc
import PCRE2
import WikiModel
import Wikitext

/// What the renderer needs to know about a wikilink's target, read from the source bytes
/// without building strings for links that do not need them.
struct LinkTarget {
    /// The namespace kinds that decide how a link renders.
    enum Namespace { case none, file, category }

    /// The `linkTarget` node's id, or -1.
    let target: Int32
    /// `File:`/`Image:` or `Category:` (not when written `[[:File:…]]`, which is a plain link).
    let namespace: Namespace
    /// The target's bytes in the source without surrounding whitespace (what `trimmedText` keeps).
    let trimmed: Range<Int>

    /// The target of the `wikilink` node `link`; `source` is the document's (held by the caller).
    /// Borrowed: an initializer otherwise takes its arguments owned, a retain and release each.
    init(link: Int32, in document: borrowing WikitextDocument, source: borrowing [UInt8]) {
        target = document.firstChild(of: link, kind: .linkTarget)
        guard target >= 0 else { namespace = .none; trimmed = 0..<0; return }
        let range = document.range(of: target)
        (namespace, trimmed) = source.withUnsafeBufferPointer { Self.read($0, range) }
    }

    /// The namespace and trimmed bytes of the target at `range`. `gate` false skips the
    /// two-word colon check (tests compare both readings).
    static func read(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, gate: Bool = true) -> (Namespace, Range<Int>) {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, isSpace(source[lo]) { lo += 1 }
        while hi > lo, isSpace(source[hi - 1]) { hi -= 1 }
        var i = range.lowerBound
        while i < hi, source[i] == 0x20 || source[i] == 0x09 || source[i] == 0x0A { i += 1 }
        guard i < hi, source[i] != 0x3A else { return (.none, lo..<hi) }  // `[[:Category:X]]`
        // A namespace's colon is among the first 13 bytes: most targets have none there, which
        // two overlapping eight-byte words tell at once.
        let window = min(hi, i + 13)
        if gate, window - i >= 8, !hasColon(source, at: i), !hasColon(source, at: window - 8) { return (.none, lo..<hi) }
        var j = i
        while j < hi, j - i < 12, source[j] != 0x3A { j += 1 }
        guard j < hi, source[j] == 0x3A else { return (.none, lo..<hi) }
        var k = j
        while k > i, source[k - 1] == 0x20 || source[k - 1] == 0x5F { k -= 1 }
        let name = UnsafeBufferPointer(rebasing: source[i..<k])
        let namespace: Namespace = match(name, "category") ? .category
            : (match(name, "file") || match(name, "image")) ? .file : .none
        return (namespace, lo..<hi)
    }

    /// True when one of the eight bytes at `source[at...]` is `:`.
    @inline(__always) private static func hasColon(_ source: UnsafeBufferPointer<UInt8>, at: Int) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let x = UnsafeRawPointer(source.baseAddress! + at).loadUnaligned(as: UInt64.self) ^ (ones &* 0x3A)
        return (x &- ones) & ~x & highs != 0
    }

    /// The target as written without comments, trimmed, a leading `:` dropped.
    func text(_ document: WikitextDocument, _ source: [UInt8]) -> String {
        guard target >= 0 else { return "" }
        return source.withUnsafeBufferPointer { bytes in
            // A comment starts with `<`: without one the target is its trimmed bytes.
            guard let plain = plainBytes(bytes) else { return Self.slowText(document, target) }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[plain]), as: UTF8.self)
        }
    }

    /// Appends the UTF-8 bytes of ``text(_:_:)`` to `bytes`, copied from the source with no
    /// string made when the target is a plain, well-formed slice of it (nearly always).
    func appendText(_ document: WikitextDocument, _ source: [UInt8], to bytes: GrowingBytes) {
        guard target >= 0 else { return }
        let copied = source.withUnsafeBufferPointer { all -> Bool in
            var lo = trimmed.lowerBound
            if lo < trimmed.upperBound, all[lo] == 0x3A {
                lo += 1
                if lo < trimmed.upperBound, all[lo] >= 0x80 { return false }
            }
            guard lo < trimmed.upperBound else { return true }
            let slice = UnsafeBufferPointer(rebasing: all[lo..<trimmed.upperBound])
            // A comment (`<`) or ill-formed bytes go through the string, which drops or repairs
            // them as `text` does.
            guard Self.isPlain(slice) else { return false }
            bytes.append(slice)
            return true
        }
        if !copied {
            var text = text(document, source)
            text.withUTF8 { bytes.append($0) }
        }
    }

    /// True when `bytes` hold no `<` and are well-formed UTF-8: ASCII eight bytes at a time,
    /// other text by `memchr` and `UTF8Validation.isValid` (a string of well-formed bytes keeps
    /// every byte).
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = bytes.baseAddress else { return true }
        let n = bytes.count
        var i = 0
        let highs: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101
        while i + 8 <= n {
            let w = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
            if w & highs != 0 { return memchr(p, 0x3C, n) == nil && UTF8Validation.isValid(bytes) }
            let x = w ^ (ones &* 0x3C)  // a zero byte where `<` was
            if (x &- ones) & ~x & highs != 0 { return false }
            i += 8
        }
        while i < n {
            let b = p[i]
            if b == 0x3C { return false }
            if b >= 0x80 { return memchr(p, 0x3C, n) == nil && UTF8Validation.isValid(bytes) }
            i += 1
        }
        return true
    }

    /// The bytes of `text` in the source when it is a slice of it (no `<`, so no comment, and a
    /// leading `:` followed by ASCII or nothing, so dropping the byte drops the character).
    private func plainBytes(_ source: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var lo = trimmed.lowerBound
        if lo < trimmed.upperBound, source[lo] == 0x3A {
            lo += 1
            if lo < trimmed.upperBound, source[lo] >= 0x80 { return nil }
        }
        guard lo < trimmed.upperBound else { return lo..<lo }
        return memchr(source.baseAddress! + lo, 0x3C, trimmed.upperBound - lo) == nil ? lo..<trimmed.upperBound : nil
    }

    /// The target read through the tree (comments inside, or a `:` before a combining mark).
    private static func slowText(_ document: WikitextDocument, _ target: Int32) -> String {
        var t = document.node(target).textWithoutComments
        // Only a string that starts with the byte `:` can start with the character `:`.
        if t.utf8.first == 0x3A, t.hasPrefix(":") { t.removeFirst() }
        return t
    }

    /// Space, tab, newline, carriage return, form feed: what `trimmedText` trims.
    @inline(__always) private static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C
    }

    private static func match(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        guard bytes.count == word.utf8CodeUnitCount else { return false }
        let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for (a, b) in zip(bytes, w) where TemplateName.lower(a) != b { return false }
        return true
    }
}
