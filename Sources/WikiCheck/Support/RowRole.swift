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
    /// cell, and there are many rows).
    private static let firstWords: Set<[UInt8]> = Set([
        "total", "totals", "grand", "overall", "sum", "valid", "majority", "margin", "lead", "turnout", "voter",
        "invalid", "rejected", "spoilt", "spoiled", "blank", "null", "abstention", "abstentions", "abstained",
        "registered", "electorate", "eligible",
    ].map { Array($0.utf8) })

    /// The role of a label, matched as whole words after lower-casing and dropping punctuation;
    /// `Required for majority` is an ordinary row, not a majority.
    init(label: String) {
        // Every label with a role is short; long cell texts are ordinary rows.
        guard label.utf8.count <= 40, Self.firstWords.contains(Self.firstWord(label)) else { self = .other; return }
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

    /// Lower-cased words of `text`, punctuation dropped, single spaces. Works on bytes: ASCII
    /// letters are lower-cased, other non-ASCII bytes kept as word bytes (no label with a role
    /// has them), everything else separates words.
    static func words(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
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

    /// The first word's bytes, ASCII lower-cased (at most 12: longer words have no role).
    private static func firstWord(_ text: String) -> [UInt8] {
        var word: [UInt8] = []
        for byte in text.utf8 {
            if isWordByte(byte) {
                if word.count == 12 { return [] }
                word.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            } else if !word.isEmpty {
                break
            }
        }
        return word
    }

    /// ASCII letters and digits, and every byte of a non-ASCII character.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
    }
}
