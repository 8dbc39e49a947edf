/// How a wiki writes numbers: English and a few others write `1,234.5`; most European wikis
/// write `1.234,5` or `1 234,5`, where `43,2` is forty-three point two.
///
/// The convention in force is a task-local value: `ArticleBuilder` and the commands bind it
/// for the pages of one wiki (a dump says its language in `<mediawiki xml:lang=…>`), and the
/// value parser reads it. Unbound, it is `.decimalPoint`.
public enum NumberConvention: String, Sendable, CaseIterable {
    /// `1,234,567.5` (also Indian `12,34,567`).
    case decimalPoint = "point"
    /// `1.234.567,5` or `1 234 567,5`: a comma before the fraction, a dot or a space between
    /// groups of three. A dot not followed by exactly three digits still reads as a decimal
    /// point (`1.5`), as English numbers copied into these wikis are written.
    case decimalComma = "comma"

    /// The convention of the pages being read.
    @TaskLocal public static var current: NumberConvention = .decimalPoint

    /// Wiki language codes (as in `de.wikipedia.org` or a dump's `xml:lang`) that write a
    /// decimal comma. Others write a decimal point.
    static let commaLanguages: Set<String> = [
        "af", "an", "ast", "az", "ba", "be", "be-tarask", "bg", "br", "bs", "ca", "ce", "co", "crh", "cs", "csb",
        "cv", "da", "de", "dsb", "el", "eo", "es", "et", "eu", "fi", "fo", "fr", "frp", "fur", "fy", "gag",
        "gl", "hr", "hsb", "hu", "hy", "id", "is", "it", "ka", "kk", "ksh", "ky", "lb", "li", "lij",
        "lmo", "lt", "ltg", "lv", "mk", "nap", "nds", "nl", "nn", "no", "nb", "oc", "os", "pl", "pms", "pt",
        "ro", "ru", "rue", "sah", "sc", "scn", "sh", "sk", "sl", "sq", "sr", "sv", "szl", "tg", "tk", "tr", "tt",
        "uk", "uz", "vec", "vi", "wa",
    ]

    /// The convention of a wiki language code (`de`, `pt-br`, `en`); case and a region suffix
    /// are ignored when the full code is not listed.
    public static func forLanguage(_ code: String) -> NumberConvention {
        let code = code.lowercased()
        if commaLanguages.contains(code) { return .decimalComma }
        if let dash = code.firstIndex(of: "-"), commaLanguages.contains(String(code[..<dash])) { return .decimalComma }
        return .decimalPoint
    }
}
