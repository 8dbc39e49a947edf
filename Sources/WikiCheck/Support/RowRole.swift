/// What a table row stands for, read from its label (`Total`, `Majority`, `Turnout` …).
enum RowRole: Equatable {
    /// `Total`, `Totals`, `Grand total`, `Total votes`: the sum of the rows above.
    case total
    /// `Valid votes`, `Total valid votes`: the sum of the rows above, invalid ones left out.
    case validVotes
    /// Invalid, rejected, spoilt or blank ballots, abstentions.
    case invalid
    /// `Majority` or `Margin`: the winner's lead.
    case majority
    /// `Turnout`: votes cast.
    case turnout
    /// Registered voters, electorate.
    case electorate
    /// Anything else: an ordinary row.
    case other

    /// True for the rows that state a sum of the rows above.
    var isTotal: Bool { self == .total || self == .validVotes }

    static let totals: Set<String> = ["total", "totals", "grand total", "overall total", "total votes",
                                      "total votes cast", "total seats", "sum"]
    static let valids: Set<String> = ["valid votes", "total valid votes", "valid", "total valid",
                                      "valid ballots", "total valid ballots", "valid votes cast"]
    static let majorities: Set<String> = ["majority", "margin", "majority votes", "margin of victory", "lead"]

    /// The words a label with a role can start with: a label starting with any other word is
    /// an ordinary row, found without building its words (most rows are named by their first
    /// cell, and there are many rows). A list: comparing two integers per entry is cheaper
    /// than hashing.
    private static let firstWords: [WordKey] = [
        "total", "totals", "grand", "overall", "sum", "valid", "majority", "margin", "lead", "turnout", "voter",
        "invalid", "rejected", "spoilt", "spoiled", "blank", "null", "abstention", "abstentions", "abstained",
        "registered", "electorate", "eligible",
    ].map { WordKey(Array($0.utf8)) }

    /// The role of a label, matched as whole words after lower-casing and dropping punctuation;
    /// `Required for majority` is an ordinary row, not a majority.
    init(label: String) {
        // Every label with a role is short; long cell texts are ordinary rows.
        guard label.utf8.count <= 40, let first = Self.firstWord(label), Self.firstWords.contains(first) else {
            self = .other
            return
        }
        let words = RowRole.words(label)
        let list = words.split(separator: " ")
        if RowRole.totals.contains(words) {
            self = .total
        } else if RowRole.valids.contains(words) {
            self = .validVotes
        } else if RowRole.majorities.contains(words) {
            self = .majority
        } else if words == "turnout" || words.hasPrefix("turnout ") || words == "voter turnout" {
            self = .turnout
        } else if list.contains(where: { ["invalid", "rejected", "spoilt", "spoiled", "blank", "null", "abstention",
                                          "abstentions", "abstained"].contains($0) }) {
            self = .invalid
        } else if words.hasPrefix("registered") || words.hasPrefix("total registered voters")
                    || words == "electorate" || words.hasPrefix("eligible voters") {
            self = .electorate
        } else {
            self = .other
        }
    }

    /// `.other` when `init(label:)` would say so without building the label's words (too long,
    /// or a first word no role starts with: most labels); nil when it must be asked.
    static func quickRole(_ bytes: UnsafeBufferPointer<UInt8>) -> RowRole? {
        guard bytes.count <= 40, mayStartFirstWord(bytes), let first = firstWord(bytes), firstWords.contains(first) else {
            return .other
        }
        return nil
    }

    /// False when the first word's first two bytes (ASCII lower-cased) start none of
    /// `firstWords`, so it is none of them: most labels (party and candidate names) are told
    /// apart by two bytes, without packing the word or walking the list. A word of one byte,
    /// a digit or a non-ASCII byte there never matches (every entry is two letters or more).
    @inline(__always)
    static func mayStartFirstWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count, !isWordByte(bytes[i]) { i += 1 }
        guard i + 1 < bytes.count else { return false }
        let a = bytes[i] | 0x20, b = bytes[i + 1] | 0x20  // non-letters stay non-letters below
        switch (UInt16(a) << 8) | UInt16(b) {
        case 0x746F, 0x7475,  // to(tal), tu(rnout)
             0x6772, 0x6F76, 0x7375, 0x7661, 0x766F,  // gr(and), ov(erall), su(m), va(lid), vo(ter)
             0x6D61, 0x6C65, 0x696E, 0x7265, 0x7370,  // ma(jority|rgin), le(ad), in(valid), re(jected|gistered), sp(oilt)
             0x626C, 0x6E75, 0x6162, 0x656C:  // bl(ank), nu(ll), ab(stention), el(ectorate|igible)
            return true
        default:
            return false
        }
    }

    /// Lower-cased words of `text`, punctuation dropped, single spaces. Works on bytes: ASCII
    /// letters are lower-cased, other non-ASCII bytes kept as word bytes (no label with a role
    /// has them), everything else separates words.
    static func words(_ text: String) -> String {
        var text = text
        return text.withUTF8(words)
    }

    private static func words(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            if isWordByte(byte) {
                if pendingSpace, !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A word of at most 12 bytes packed into two integers, with its length: a set lookup
    /// without allocating an array per label (every row's labels are looked up).
    struct WordKey: Equatable {
        private var low: UInt64 = 0
        private var high: UInt64 = 0

        /// Packs `bytes` (at most 12).
        init(_ bytes: [UInt8]) {
            for byte in bytes { append(byte) }
        }

        private init() {}

        /// A word already packed (`count` in the top byte of `high`).
        init(low: UInt64, high: UInt64) {
            self.low = low
            self.high = high
        }

        /// The empty word.
        static let empty = WordKey()

        /// The number of bytes packed, kept in the top byte of `high`.
        var count: Int { Int(high >> 56) }

        /// Adds a byte at the end (`count` < 12).
        mutating func append(_ byte: UInt8) {
            let n = count
            if n < 8 {
                low |= UInt64(byte) << (8 * UInt64(n))
            } else {
                high |= UInt64(byte) << (8 * UInt64(n - 8))
            }
            high = (high & 0x00FF_FFFF_FFFF_FFFF) | (UInt64(n + 1) << 56)
        }
    }

    /// The first word's bytes, ASCII lower-cased; nil for no word or one longer than 12 bytes
    /// (longer words have no role).
    private static func firstWord(_ text: String) -> WordKey? {
        var text = text
        return text.withUTF8(firstWord)
    }

    private static func firstWord(_ bytes: UnsafeBufferPointer<UInt8>) -> WordKey? {
        // The word's bytes packed as `WordKey.append` packs them, without a count per byte.
        var i = 0
        while i < bytes.count, !isWordByte(bytes[i]) { i += 1 }
        guard i < bytes.count else { return nil }
        var low: UInt64 = 0, high: UInt64 = 0, n = 0
        while i < bytes.count, case let byte = bytes[i], isWordByte(byte) {
            if n == 12 { return nil }
            let lower = UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            if n < 8 { low |= lower << (8 * UInt64(n)) } else { high |= lower << (8 * UInt64(n - 8)) }
            n += 1
            i += 1
        }
        return WordKey(low: low, high: high | (UInt64(n) << 56))
    }

    /// ASCII letters and digits, and every byte of a non-ASCII character.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
    }
}
