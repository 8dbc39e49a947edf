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

    /// The length of the scheme at `p` if a bracketed URL starts there.
    static func bracketed(_ src: UnsafeBufferPointer<UInt8>, at p: Int, limit: Int) -> Int? {
        // Most `[` and `[[` are followed by no scheme: a scheme is `//`, or up to 9 letters
        // and a `:`. Checking that first keeps links cheap.
        guard p + 1 < limit else { return nil }
        if src[p] != UInt8(ascii: "/") {
            var q = p
            while q < limit && q - p < 10 && ByteClass.isLetter(src[q]) { q += 1 }
            guard q > p, q < limit, src[q] == UInt8(ascii: ":") else { return nil }
        } else if src[p + 1] != UInt8(ascii: "/") {
            return nil
        }
        outer: for scheme in bracketed where p + scheme.count < limit {
            for k in 0..<scheme.count where ByteClass.lower(src[p + k]) != scheme[k] { continue outer }
            return scheme.count
        }
        return nil
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
