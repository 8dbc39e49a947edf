import WikiModel

/// The names one party goes by, and matching them against contest rows.
///
/// Parties match by link target, by name, or by abbreviation, in that order: the first level
/// that finds exactly one row decides; a level that finds several rows is ambiguous and stops
/// the search (no match is better than a wrong one).
struct PartyNames {
    /// Full names: link targets and the plain text.
    let full: [String]
    /// Short forms: link labels and the plain text (`PPP`, `IND (backed by PTI)`).
    let short: [String]
    // The forms the levels compare, worked out once.
    private let keys: [String]
    private let plainKeys: [String]
    private let fullInitials: [String]
    private let abbreviations: [String]

    /// The names of an infobox field: its link targets, link labels and text.
    init(field: Field) {
        let links = WikiLinks.parse(field.raw)
        self.init(full: links.map(\.target) + [field.text], short: links.map(\.label) + [field.text])
    }

    /// The names of a contest row's party (plain text only: rows keep no links).
    init(text: String) {
        self.init(full: [text], short: [text])
    }

    private init(full: [String], short: [String]) {
        self.full = full
        self.short = short
        keys = full.map(Self.key).filter { !$0.isEmpty }
        plainKeys = full.map { Self.key(Self.dropDisambiguation($0)) }.filter { !$0.isEmpty }
        fullInitials = full.map(Self.initials).filter { $0.count >= 2 }
        abbreviations = short.compactMap(Self.abbreviation)
    }

    /// The index of the one row of `rows` that names this party, or nil.
    func match(in rows: [ContestRow]) -> Int? {
        match(in: rows.map { PartyNames(text: $0.party ?? "") })
    }

    /// The index of the one of `rows` (a contest's party names) that names this party, or nil.
    func match(in rows: [PartyNames]) -> Int? {
        let levels: [(PartyNames) -> Bool] = [
            { row in row.keys.contains { keys.contains($0) } },
            { row in row.plainKeys.contains { plainKeys.contains($0) } },
            { row in
                row.fullInitials.contains { abbreviations.contains($0) } || row.abbreviations.contains { fullInitials.contains($0) }
            },
        ]
        for level in levels {
            let hits = rows.indices.filter { level(rows[$0]) }
            if hits.count == 1 { return hits[0] }
            if hits.count > 1 { return nil }
        }
        return nil
    }

    /// Lower-cased words, `&` read as `and`, a leading `the` dropped: the form names compare in.
    static func key(_ name: String) -> String { asciiKey(name) ?? characterKey(name) }

    /// `key` through `Character`s (any text).
    static func characterKey(_ name: String) -> String {
        var words = RowRole.words(name.lowercased().replacingAmpersands()).split(separator: " ")
        if words.first == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// `National Party (Pakistan)` → `National Party`.
    static func dropDisambiguation(_ name: String) -> String {
        let trimmed = name.trimmedSpaces()
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "("), open > trimmed.startIndex else { return trimmed }
        return String(trimmed[..<open]).trimmedSpaces()
    }

    /// The capitals of a name's words: `Pakistan Muslim League (N)` → `PMLN`,
    /// `Pakistan Tehreek-e-Insaf` → `PTI` (words starting lower-case are skipped).
    static func initials(_ name: String) -> String { asciiInitials(name) ?? characterInitials(name) }

    /// `initials` through `Character`s (any text).
    static func characterInitials(_ name: String) -> String {
        var out = ""
        var atWordStart = true
        for ch in name {
            if ch.isLetter || ch.isNumber {
                if atWordStart, ch.isUppercase || ch.isNumber { out.append(ch) }
                atWordStart = false
            } else {
                atWordStart = ch != "'" && ch != "’"
            }
        }
        return out
    }

    /// `key` on bytes for ASCII names (nil for others): lower-casing is ASCII's, `&` is a word
    /// `and`, and `RowRole.words` already leaves single spaces, so only a leading `the` goes.
    static func asciiKey(_ name: String) -> String? {
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count + 8)
        var pendingSpace = false
        func word(_ byte: UInt8) {
            if pendingSpace, !out.isEmpty { out.append(0x20) }
            pendingSpace = false
            out.append(byte)
        }
        for byte in name.utf8 {
            if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) {
                word(byte)
            } else if byte >= 0x41 && byte <= 0x5A {
                word(byte | 0x20)
            } else if byte == 0x26 {  // "&": the word "and" between separators
                pendingSpace = true
                word(0x61); out.append(0x6E); out.append(0x64)
                pendingSpace = true
            } else {
                pendingSpace = true
            }
        }
        if out.count >= 3, out[0] == 0x74, out[1] == 0x68, out[2] == 0x65, out.count == 3 || out[3] == 0x20 {
            out.removeFirst(min(4, out.count))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `initials` on bytes for ASCII names (nil for others): there a letter or number is an
    /// ASCII letter or digit, and an upper-case one is `A`–`Z`.
    static func asciiInitials(_ name: String) -> String? {
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        var out: [UInt8] = []
        var atWordStart = true
        for byte in name.utf8 {
            let upper = byte >= 0x41 && byte <= 0x5A, digit = byte >= 0x30 && byte <= 0x39
            if upper || digit || (byte >= 0x61 && byte <= 0x7A) {
                if atWordStart, upper || digit { out.append(byte) }
                atWordStart = false
            } else {
                atWordStart = byte != 0x27  // "'"
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A short form's letters when it looks like an abbreviation (`PML-N` → `PMLN`, `PPP`):
    /// one word of at most 10 characters with at least two capitals and no lower-case letter.
    static func abbreviation(_ text: String) -> String? {
        let trimmed = text.trimmedSpaces()
        guard !trimmed.isEmpty, trimmed.count <= 10, !trimmed.contains(" ") else { return nil }
        let letters = trimmed.filter { $0.isLetter || $0.isNumber }
        guard letters.filter(\.isUppercase).count >= 2, !letters.contains(where: \.isLowercase) else { return nil }
        return String(letters)
    }
}

extension String {
    /// `&` read as ` and `.
    func replacingAmpersands() -> String {
        contains("&") ? split(separator: "&", omittingEmptySubsequences: false).joined(separator: " and ") : self
    }
}
