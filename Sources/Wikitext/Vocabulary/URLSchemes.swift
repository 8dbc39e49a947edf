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
    static func bracketed(_ src: UnsafeBufferPointer<UInt8>, at p: Int, limit: Int) -> Int? {
        // Most `[` and `[[` are followed by no scheme: a scheme is `//`, or up to 9 letters
        // and a `:`. Checking that first keeps links cheap.
        guard p + 1 < limit else { return nil }
        if src[p] == UInt8(ascii: "/") {
            return src[p + 1] == UInt8(ascii: "/") && p + 2 < limit ? 2 : nil
        }
        var q = p
        while q < limit && q - p < 10 && ByteClass.isLetter(src[q]) { q += 1 }
        guard q > p, q < limit, src[q] == UInt8(ascii: ":"),
              let k = bracketedNames.index(of: src, p..<q, foldCase: true) else { return nil }
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

    static let bareColonBytes: [[UInt8]] = bareColon.map { Array($0.utf8) }
    static let bareBytes: [[UInt8]] = bare.map { Array($0.utf8) }

    /// Compares bytes (no string built): this runs for every `:` after a word.
    static func isBareColonScheme(_ src: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count >= 3 && range.count <= 7 else { return false }
        switch ByteClass.lower(src[range.lowerBound]) {
        case UInt8(ascii: "n"), UInt8(ascii: "m"), UInt8(ascii: "u"), UInt8(ascii: "x"), UInt8(ascii: "s"),
             UInt8(ascii: "t"), UInt8(ascii: "b"), UInt8(ascii: "g"):
            break
        default:
            return false
        }
        outer: for scheme in bareColonBytes where scheme.count == range.count {
            for k in 0..<scheme.count where ByteClass.lower(src[range.lowerBound + k]) != scheme[k] { continue outer }
            return true
        }
        return false
    }

    static func isBareScheme(_ src: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        // Byte comparison, no String: this runs at every `://` in running text.
        guard range.count <= 9 else { return false }
        outer: for scheme in bareBytes where scheme.count == range.count {
            for (k, i) in range.enumerated() where ByteClass.lower(src[i]) != scheme[k] { continue outer }
            return true
        }
        return false
    }

    /// How a bare URL's scan reads a byte: 1 for one that goes on the URL, 0 for one that
    /// ends it (those `isURLByte` rejects), 2 for one that needs a closer look: `<` (a comment
    /// may go on), `'` (two end the URL), `=` (may end it) and `(` (keeps a final `)`).
    nonisolated(unsafe) static let scanTable = ByteClass.table { b in
        "<'=(".utf8.contains(b) ? 2 : isURLByte(b) ? 1 : 0
    }

    /// The end of the run of plain URL bytes (those `scanTable` marks 1) from `i`: 16 at a time
    /// while they last, then one by one.
    @inline(__always)
    static func plainRunEnd(_ src: UnsafeBufferPointer<UInt8>, from i: Int, limit: Int) -> Int {
        typealias V = SIMD16<UInt8>
        var i = i
        if i + 16 <= limit, let base = UnsafeRawPointer(src.baseAddress) {
            repeat {
                let v = base.loadUnaligned(fromByteOffset: i, as: V.self)
                let stops = (v .<= V(repeating: 0x20)) .| (v .== V(repeating: 0x7F)) .| (v .== V(repeating: 0x22))  // blank, control, "
                    .| ((v &- V(repeating: 0x27)) .< V(repeating: 2)) .| ((v &- V(repeating: 0x3C)) .< V(repeating: 3))  // ' ( < = >
                    .| (v .== V(repeating: 0x5B)) .| (v .== V(repeating: 0x5D)) .| ((v &- V(repeating: 0x7B)) .< V(repeating: 3))  // [ ] { | }
                if let k = ByteClass.firstSet(stops) { return i + k }
                i += 16
            } while i + 16 <= limit
        }
        let table = scanTable
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
