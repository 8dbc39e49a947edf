import CPCRE2

/// Compile options for a ``Regex``. Each one maps to a PCRE2 compile flag.
public struct RegexOptions: OptionSet, Sendable, Hashable {
    /// The PCRE2 compile flags, or-ed together.
    public let rawValue: UInt32
    /// Options from raw PCRE2 compile flags (any `PCRE2_*` compile option may be passed).
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Letters match either case (`PCRE2_CASELESS`).
    public static let caseless = RegexOptions(rawValue: UInt32(PCRE2_CASELESS))
    /// `^` and `$` match at line starts and ends (`PCRE2_MULTILINE`).
    public static let multiline = RegexOptions(rawValue: UInt32(PCRE2_MULTILINE))
    /// `.` also matches newlines (`PCRE2_DOTALL`).
    public static let dotAll = RegexOptions(rawValue: UInt32(PCRE2_DOTALL))
    /// Whitespace and `#` comments in the pattern are ignored (`PCRE2_EXTENDED`).
    public static let extended = RegexOptions(rawValue: UInt32(PCRE2_EXTENDED))
    /// Pattern and subject are UTF-8 code points, not bytes (`PCRE2_UTF`).
    public static let utf = RegexOptions(rawValue: UInt32(PCRE2_UTF))
    /// `\d`, `\w`, `\s` and POSIX classes use Unicode properties (`PCRE2_UCP`); use together with ``utf``.
    public static let ucp = RegexOptions(rawValue: UInt32(PCRE2_UCP))
    /// The match must start at the start offset (`PCRE2_ANCHORED`).
    public static let anchored = RegexOptions(rawValue: UInt32(PCRE2_ANCHORED))
    /// The match must end at the end of the subject (`PCRE2_ENDANCHORED`).
    public static let endAnchored = RegexOptions(rawValue: UInt32(PCRE2_ENDANCHORED))
    /// Quantifiers are lazy by default and `?` makes them greedy (`PCRE2_UNGREEDY`).
    public static let ungreedy = RegexOptions(rawValue: UInt32(PCRE2_UNGREEDY))
    /// Plain `( )` groups do not capture; only named groups do (`PCRE2_NO_AUTO_CAPTURE`).
    public static let noAutoCapture = RegexOptions(rawValue: UInt32(PCRE2_NO_AUTO_CAPTURE))
    /// Several groups may share one name (`PCRE2_DUPNAMES`).
    public static let dupNames = RegexOptions(rawValue: UInt32(PCRE2_DUPNAMES))
    /// With ``utf``: invalid UTF-8 in a byte subject is tolerated (it never matches)
    /// instead of failing the match (`PCRE2_MATCH_INVALID_UTF`).
    public static let matchInvalidUTF = RegexOptions(rawValue: UInt32(PCRE2_MATCH_INVALID_UTF))
}
