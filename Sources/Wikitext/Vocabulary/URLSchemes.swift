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
        outer: for scheme in bracketed where p + scheme.count < limit {
            for k in 0..<scheme.count where ByteClass.lower(src[p + k]) != scheme[k] { continue outer }
            return scheme.count
        }
        return nil
    }

    static func isBareScheme(_ src: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        bare.contains(lowercasedKey(src, range))
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
