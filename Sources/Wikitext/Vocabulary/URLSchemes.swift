/// URL schemes MediaWiki links (its `$wgUrlProtocols`), and which bytes a URL may hold.
enum URLSchemes {
    /// Schemes allowed in `[url label]`, lowercase, with their `//` or `:`.
    static let bracketed: [[UInt8]] = [
        "http://", "https://", "ftp://", "ftps://", "sftp://", "irc://", "ircs://", "gopher://", "nntp://",
        "telnet://", "svn://", "git://", "mms://", "ssh://", "worldwind://", "redis://", "ws://", "wss://",
        "news:", "mailto:", "urn:", "xmpp:", "sip:", "sips:", "tel:", "sms:", "bitcoin:", "magnet:", "geo:",
        "matrix:", "//",
    ].map { Array($0.utf8) }

    /// Schemes a bare URL may use (followed by `://`).
    static let bare: Set<String> = [
        "http", "https", "ftp", "ftps", "sftp", "irc", "ircs", "gopher", "nntp", "telnet", "svn", "git",
        "mms", "ssh", "worldwind", "redis", "ws", "wss",
    ]

    /// The names of the `bracketed` schemes (what precedes their `:`), in the same order.
    static let bracketedNames = NameTable(bracketed.map { String(decoding: $0.prefix { $0 != UInt8(ascii: ":") }, as: UTF8.self) })

    /// The length of the scheme at `p` if a bracketed URL starts there (and something follows it).
    /// Inlined: it runs for every `[` and `[[`, and most fail the first checks.
    @inline(__always)
    static func bracketed(_ src: UnsafeBufferPointer<UInt8>, at p: Int, limit: Int) -> Int? {
        // Most `[` and `[[` are followed by no scheme: a scheme is `//`, or up to 9 letters
        // and a `:`. Checking that first keeps links cheap.
        guard p + 1 < limit else { return nil }
        if src[p] == UInt8(ascii: "/") {
            return src[p + 1] == UInt8(ascii: "/") && p + 2 < limit ? 2 : nil
        }
        var q = p
        if p + 16 <= src.count, let base = UnsafeRawPointer(src.baseAddress) {
            // The letters run in one step: at most 10 count, as below (a run past `limit`
            // leaves `q` at or past it, which fails the same way).
            q = p + min(ByteClass.letterRun(base.loadUnaligned(fromByteOffset: p, as: SIMD16<UInt8>.self)), 10)
        } else {
            while q < limit && q - p < 10 && ByteClass.isLetter(src[q]) { q += 1 }
        }
        guard q > p, q < limit, src[q] == UInt8(ascii: ":") else { return nil }
        return bracketedScheme(src, at: p, colon: q, limit: limit)
    }

    /// `bracketed` once letters and a `:` were found at `p..<colon`: the scheme they name, if
    /// its `:` or `://` follows. Out of line: only candidates get here.
    static func bracketedScheme(_ src: UnsafeBufferPointer<UInt8>, at p: Int, colon q: Int, limit: Int) -> Int? {
        guard let k = bracketedNames.index(of: src, p..<q, foldCase: true) else { return nil }
        // The letters name one scheme; what follows them must be its `:` or `://`.
        let scheme = bracketed[k]
        guard p + scheme.count < limit else { return nil }
        for i in (q - p)..<scheme.count where src[p + i] != scheme[i] { return nil }
        return scheme.count
    }

    /// Schemes a bare URL may use with only a `:` after them (`mailto:a@b.org`).
    static let bareColon: Set<String> = [
        "news", "mailto", "urn", "xmpp", "sip", "sips", "tel", "sms", "bitcoin", "magnet", "geo", "matrix",
    ]

    /// The letters of `range` (1 to 8 bytes), lowercased and packed into an integer, the
    /// first one lowest: a scheme name is then one integer comparison, with no array walked.
    @inline(__always)
    static func packedKey(_ src: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var key: UInt64 = 0
        var i = range.upperBound
        while i > range.lowerBound {
            i -= 1
            key = key << 8 | UInt64(ByteClass.lower(src[i]))
        }
        return key
    }

    /// Whether `src[range]` names one of `bareColon`, any case. The keys are the names'
    /// `packedKey`s (a test checks them against the set). This runs for every `:` after a word.
    static func isBareColonScheme(_ src: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count >= 3 && range.count <= 7 else { return false }
        switch packedKey(src, range) {
        case 0x7377656e: return true  // news
        case 0x6f746c69616d: return true  // mailto
        case 0x6e7275: return true  // urn
        case 0x70706d78: return true  // xmpp
        case 0x706973: return true  // sip
        case 0x73706973: return true  // sips
        case 0x6c6574: return true  // tel
        case 0x736d73: return true  // sms
        case 0x6e696f63746962: return true  // bitcoin
        case 0x74656e67616d: return true  // magnet
        case 0x6f6567: return true  // geo
        case 0x78697274616d: return true  // matrix
        default: return false
        }
    }

    /// Whether `src[range]` names one of `bare`, any case (keys as in `isBareColonScheme`).
    /// This runs at every `://` in running text.
    static func isBareScheme(_ src: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count >= 2 && range.count <= 9 else { return false }
        if range.count == 9 {  // worldwind, too long for a key
            return packedKey(src, range.lowerBound..<range.lowerBound + 8) == 0x6e6977646c726f77
                && ByteClass.lower(src[range.lowerBound + 8]) == UInt8(ascii: "d")
        }
        switch packedKey(src, range) {
        case 0x70747468: return true  // http
        case 0x7370747468: return true  // https
        case 0x707466: return true  // ftp
        case 0x73707466: return true  // ftps
        case 0x70746673: return true  // sftp
        case 0x637269: return true  // irc
        case 0x73637269: return true  // ircs
        case 0x726568706f67: return true  // gopher
        case 0x70746e6e: return true  // nntp
        case 0x74656e6c6574: return true  // telnet
        case 0x6e7673: return true  // svn
        case 0x746967: return true  // git
        case 0x736d6d: return true  // mms
        case 0x687373: return true  // ssh
        case 0x7369646572: return true  // redis
        case 0x7377: return true  // ws
        case 0x737377: return true  // wss
        default: return false
        }
    }

    /// How a bare URL's scan reads a byte: 1 for one that goes on the URL, 0 for one that
    /// ends it (those `isURLByte` rejects), 2 for one that needs a closer look: `<` (a comment
    /// may go on), `'` (two end the URL), `=` (may end it) and `(` (keeps a final `)`).
    /// The bracketed external link's scan (`[url label]`) skips the same runs of 1s through
    /// `plainRunEnd` and looks at every other byte itself.
    nonisolated(unsafe) static let scanTable = ByteClass.table { b in
        "<'=(".utf8.contains(b) ? 2 : isURLByte(b) ? 1 : 0
    }

    /// The end of the run of plain URL bytes (those `scanTable` marks 1) from `i`: 16 at a time
    /// while they last, then one by one. `table` is `scanTable` (callers hold it, so the scan
    /// does no global access).
    @inline(__always)
    static func plainRunEnd(_ src: UnsafeBufferPointer<UInt8>, from i: Int, limit: Int, table: UnsafePointer<UInt8>) -> Int {
        typealias V = SIMD16<UInt8>
        var i = i
        if i &+ 16 <= limit, let base = UnsafeRawPointer(src.baseAddress) {
            repeat {
                let v = base.loadUnaligned(fromByteOffset: i, as: V.self)
                let stops = (v .<= V(repeating: 0x20)) .| (v .== V(repeating: 0x7F)) .| (v .== V(repeating: 0x22))  // blank, control, "
                    .| ((v &- V(repeating: 0x27)) .< V(repeating: 2)) .| ((v &- V(repeating: 0x3C)) .< V(repeating: 3))  // ' ( < = >
                    .| (v .== V(repeating: 0x5B)) .| (v .== V(repeating: 0x5D)) .| ((v &- V(repeating: 0x7B)) .< V(repeating: 3))  // [ ] { | }
                if let k = ByteClass.firstSet(stops) { return i &+ k }
                i &+= 16
            } while i &+ 16 <= limit
        }
        while i < limit && table[Int(src[i])] == 1 { i += 1 }
        return i
    }

    /// Bytes that may appear in a URL: not blank, control, or one of `[]<>"{}|`.
    @inline(__always)
    static func isURLByte(_ b: UInt8) -> Bool {
        if b <= 0x20 || b == 0x7F { return false }
        switch b {
        case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"),
             UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "|"):
            return false
        default:
            return true
        }
    }
}
