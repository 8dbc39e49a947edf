import Glibc
import WikiModel

/// Whitespace folding for rendered text, byte by byte.
///
/// Blanks are space, tab, carriage return and the no-break space U+00A0, except that a
/// no-break space between two digits stays: there it groups digits (`13&nbsp;999&nbsp;656`)
/// and the value parser reads it as part of the number. Elsewhere (`8&nbsp;February`) it
/// becomes a plain space, so text compares and searches the way it reads.
enum TextFolding {
    /// Multi-line text: blanks folded to one space, lines trimmed, runs of empty lines kept to
    /// one, leading and trailing empty lines dropped.
    static func text(_ bytes: ArraySlice<UInt8>) -> String {
        fold(bytes, newline: true)
    }

    /// One line: like `text`, but every line break is a space too.
    static func line(_ bytes: ArraySlice<UInt8>) -> String {
        fold(bytes, newline: false)
    }

    /// `text` of bytes the caller holds in a buffer (the fast path's gathered cell text).
    static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        fold(bytes, keepLines: true)
    }

    /// `text` of `bytes`, written over them: folding only ever shrinks the text, and each byte
    /// is written at or before the place it is read from, so no second buffer (and no string)
    /// is needed. Lets a cell's rendered bytes go to the store and the value parser as they are.
    static func foldText(inPlace bytes: GrowingBytes) {
        guard !bytes.isEmpty else { return }
        bytes.shrink(from: 0) { fold(UnsafeBufferPointer($0), into: $0, keepLines: true) }
    }

    /// True when folding leaves `bytes` as they are (`text` and `line` agree then): no tab,
    /// line break, carriage return or no-break space, and single spaces only between visible
    /// bytes. May say false for some folded text; never says true for unfolded text. Lets a
    /// caller reuse a string it holds with these bytes instead of building another.
    static func isFolded(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { isFolded($0) }
    }

    /// `isFolded` of bytes the caller holds in a buffer (a link's shown text in the output).
    static func isFolded(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return true }
        if first == 0x20 || last == 0x20 { return false }
        // Eight bytes at a time while none is a control byte or 0xC2: single spaces between
        // words are fine, two in a row (within a word of eight or across two) are not.
        let p = bytes.baseAddress!
        let n = bytes.count
        var i = 0
        var spaceBefore = false  // the byte before `i` is a space
        while i + 8 <= n {
            guard let spaces = plainWordSpaces(UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)) else { break }
            if spaces & (spaces << 8) != 0 || spaceBefore && spaces & 0x80 != 0 { return false }
            spaceBefore = spaces >> 63 != 0
            i += 8
        }
        var previous: UInt8 = i > 0 ? p[i - 1] : 0
        for b in UnsafeBufferPointer(rebasing: bytes[i...]) {
            if b < 0x20 {
                if b == 0x09 || b == 0x0A || b == 0x0D { return false }
            } else if b == 0x20 {
                if previous == 0x20 { return false }
            } else if b == 0xA0 && previous == 0xC2 {
                return false
            }
            previous = b
        }
        return true
    }

    /// The part of `source[range]` that `text` folds it to, when folding only trims blanks
    /// (space, tab, line breaks) from its ends; nil when folding changes the bytes inside.
    /// Such text needs no string of its own: it is that range of the source.
    static func unchangedRange(_ source: [UInt8], _ range: Range<Int>) -> Range<Int>? {
        source.withUnsafeBufferPointer { all in
            var lo = range.lowerBound, hi = range.upperBound
            while lo < hi, isTrimmable(all[lo]) { lo += 1 }
            while hi > lo, isTrimmable(all[hi - 1]) { hi -= 1 }
            return isFolded(UnsafeBufferPointer(rebasing: all[lo..<hi])) ? lo..<hi : nil
        }
    }

    /// The bytes `fold` drops at either end of a text: blanks and line breaks (not U+00A0,
    /// which can group digits).
    @inline(__always) private static func isTrimmable(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
    }

    /// True when `text`'s UTF-8 bytes are `bytes`.
    static func equal(_ text: String, _ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { equal(text, $0) }
    }

    /// `equal` for bytes the caller holds in a buffer. Read in place: no copy of `text`.
    static func equal(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text.utf8.count == bytes.count else { return false }
        guard !bytes.isEmpty else { return true }
        if let same = text.utf8.withContiguousStorageIfAvailable({ memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }) {
            return same
        }
        return text.utf8.elementsEqual(bytes)
    }

    /// `line` of bytes the caller holds in a buffer.
    static func line(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        fold(bytes, keepLines: false)
    }

    /// Appends the bytes of `line(input)` to `bytes` (a link's shown text kept as bytes).
    /// `input` must not point into `bytes`: making room may move them.
    static func appendLine(_ input: UnsafeBufferPointer<UInt8>, to bytes: GrowingBytes) {
        guard !input.isEmpty else { return }
        assert(!bytes.holds(input), "TextFolding.appendLine: input inside the output")
        // Folding only ever shrinks the text: room for all of it, then fold into it.
        bytes.append(atMost: input.count) { fold(input, into: $0, keepLines: false) }
    }

    /// `line` applied to a string (a field's rendered text).
    static func line(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { line(ArraySlice($0)) }
    }

    private static func fold(_ bytes: ArraySlice<UInt8>, newline keepLines: Bool) -> String {
        bytes.withUnsafeBufferPointer { fold($0, keepLines: keepLines) }
    }

    private static func fold(_ input: UnsafeBufferPointer<UInt8>, keepLines: Bool) -> String {
        guard !input.isEmpty else { return "" }
        // Written straight into the string's storage: folding only ever shrinks the text.
        return String(unsafeUninitializedCapacity: input.count) { out in
            fold(input, into: out, keepLines: keepLines)
        }
    }

    /// The separator pending before a visible byte: up to two line breaks, else one space;
    /// nothing at the start. A kept separator replaces at least as many input bytes as it takes.
    @inline(__always)
    private static func writeSeparator(_ out: UnsafeMutableBufferPointer<UInt8>, _ n: inout Int, lines: Int, space: Bool) {
        guard n > 0 else { return }
        if lines > 0 {
            out[n] = 0x0A
            n += 1
            if lines > 1 { out[n] = 0x0A; n += 1 }
        } else if space {
            out[n] = 0x20
            n += 1
        }
    }

    /// For eight bytes with no control byte and no 0xC2 (the bytes folding may change), 0x80 in
    /// each byte that is a space, exactly (no borrow runs between bytes); nil for any other word.
    /// Shared by ``isFolded(_:)`` and the word loop of `fold`, which then judge the spaces.
    @inline(__always)
    private static func plainWordSpaces(_ w: UInt64) -> UInt64? {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080, lows: UInt64 = ~highs
        let c2 = w ^ (ones &* 0xC2)
        if ((w &- ones &* 0x20) & ~w | (c2 &- ones) & ~c2) & highs != 0 { return nil }
        let x = w ^ (ones &* 0x20)
        return ~(((x & lows) &+ lows) | x | lows)
    }

    /// Folds `input` into `out` (at least as long) and returns the length written.
    private static func fold(_ input: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>,
                             keepLines: Bool) -> Int {
        var n = 0
        var pendingSpace = false
        var pendingLines = 0  // line breaks seen since the last visible byte (at most 2 kept)
        var i = 0
        let end = input.count
        while i < end {
            let b = input[i]
            if b <= 0x20 || b == 0xC2 {
                var blankWidth = 0
                if b == 0x20 || b == 0x09 || b == 0x0D {
                    blankWidth = 1
                } else if b == 0x0A {
                    if keepLines { pendingLines += 1; pendingSpace = false; i += 1; continue }
                    blankWidth = 1
                } else if b == 0xC2, i + 1 < end, input[i + 1] == 0xA0 {
                    let digitBefore = !pendingSpace && pendingLines == 0 && n > 0 && isDigit(out[n - 1])
                    let digitAfter = i + 2 < end && isDigit(input[i + 2])
                    if !(digitBefore && digitAfter) { blankWidth = 2 }
                }
                if blankWidth > 0 {
                    if n > 0 && pendingLines == 0 { pendingSpace = true }
                    i += blankWidth
                    continue
                }
            }
            // A kept byte: the pending separator, the byte, then the run of visible bytes after it.
            writeSeparator(out, &n, lines: pendingLines, space: pendingSpace)
            pendingSpace = false
            pendingLines = 0
            out[n] = b
            n += 1
            i += 1
            // Eight bytes at a time while they fold to themselves: no control byte, no 0xC2,
            // spaces only single and never last (the byte before them is a visible one). One
            // load and one store; in place (`out` over `input`), `n` never passes `i`, so a
            // store only covers bytes already read.
            while i + 8 <= end {
                let w = UnsafeRawPointer(input.baseAddress! + i).loadUnaligned(as: UInt64.self)
                guard let spaces = plainWordSpaces(w), spaces & (spaces << 8) == 0, spaces >> 63 == 0 else { break }
                UnsafeMutableRawPointer(out.baseAddress! + n).storeBytes(of: w, as: UInt64.self)
                n += 8
                i += 8
            }
            while i < end {
                let c = input[i]
                guard c > 0x20 && c != 0xC2 else { break }
                out[n] = c
                n += 1
                i += 1
            }
        }
        return n
    }

    @inline(__always) private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
}
