/// What a column's leaf name says to the rules that look for votes, shares and margins, read
/// once per column from its words (`TableView.leafWords(_:)`: `Winner / Votes` → `votes`).
struct ColumnWords: Equatable {
    /// A word is `votes` or `vote`.
    var votes = false
    /// The lower-cased leaf name holds `%`, or a word is `pct`, `percent`, `percentage` or `share`.
    var share = false
    /// The words are `majority` alone, or start with `margin`.
    var margin = false

    /// The flags of the column named `name`: read on bytes, or through `leafWords` and
    /// `leafName` (whose `Character` rules they follow) when a `/`, `%` or word boundary
    /// touches a non-ASCII byte (where a byte and a `Character` reading could differ).
    init(_ name: String) {
        var bytes = name
        if let flags = bytes.withUTF8(Self.bytes) {
            self = flags
        } else {
            self.init(words: TableView.leafWords(name), leafName: TableView.leafName(name.lowercased()))
        }
    }

    /// The flags from the words and the leaf name as the `Character` rules make them.
    init(words: [Substring], leafName: String) {
        votes = words.contains("votes") || words.contains("vote")
        share = leafName.contains("%") || words.contains("pct") || words.contains("percent")
            || words.contains("percentage") || words.contains("share")
        margin = words == ["majority"] || words.first == "margin"
    }

    private init() {}

    /// The flags from the bytes after the last `/`: words of ASCII letters, digits and
    /// non-ASCII bytes (`RowRole.words`), ASCII lower-cased. A word with a non-ASCII byte is
    /// none of the ASCII words looked for (no other text is canonically equal to them); nil
    /// when a non-ASCII byte touches the `/`, a `%` or a boundary between words.
    private static func bytes(_ bytes: UnsafeBufferPointer<UInt8>) -> ColumnWords? {
        var start = bytes.count
        while start > 0, bytes[start - 1] != 0x2F { start -= 1 }
        func isHigh(_ i: Int) -> Bool { i >= 0 && i < bytes.count && bytes[i] >= 0x80 }
        if start > 0, isHigh(start - 2) || isHigh(start) { return nil }
        var flags = ColumnWords()
        var words = 0, onlyMajority = false
        var i = start
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 0x25 {  // "%"
                if isHigh(i - 1) || isHigh(i + 1) { return nil }
                flags.share = true
            }
            guard isWordByte(byte) else { i += 1; continue }
            var end = i + 1
            while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
            if words > 0, isHigh(i) || isHigh(previousWordEnd(bytes, before: i) - 1) { return nil }
            switch Self.word(UnsafeBufferPointer(rebasing: bytes[i..<end])) {
            case .votes: flags.votes = true
            case .share: flags.share = true
            case .margin: if words == 0 { flags.margin = true }
            case .majority: onlyMajority = words == 0
            case .other: break
            }
            words += 1
            i = end
        }
        if words == 1, onlyMajority { flags.margin = true }
        return flags
    }

    /// The end of the word before the separator bytes ending at `i`.
    private static func previousWordEnd(_ bytes: UnsafeBufferPointer<UInt8>, before i: Int) -> Int {
        var j = i
        while j > 0, !isWordByte(bytes[j - 1]) { j -= 1 }
        return j
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
    }

    private enum Word { case votes, share, margin, majority, other }

    /// Which of the words looked for `bytes` is, ASCII letters compared lower-cased.
    private static func word(_ bytes: UnsafeBufferPointer<UInt8>) -> Word {
        func equals(_ word: StaticString) -> Bool {
            guard bytes.count == word.utf8CodeUnitCount else { return false }
            let w = word.utf8Start
            for k in 0..<bytes.count {
                let b = bytes[k]
                if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != w[k] { return false }
            }
            return true
        }
        switch bytes.count {
        case 3: return equals("pct") ? .share : .other
        case 4: return equals("vote") ? .votes : .other
        case 5: return equals("votes") ? .votes : equals("share") ? .share : .other
        case 6: return equals("margin") ? .margin : .other
        case 7: return equals("percent") ? .share : .other
        case 8: return equals("majority") ? .majority : .other
        case 10: return equals("percentage") ? .share : .other
        default: return .other
        }
    }
}
