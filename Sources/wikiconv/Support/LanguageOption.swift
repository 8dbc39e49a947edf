import ArgumentParser
import WikiDump
import WikiValues

/// `--language CODE`: the wiki's language, which tells how its pages write numbers.
struct LanguageOption: ParsableArguments {
    @Option(help: """
        The wiki's language (en, de, fr, ltg …): de, fr, ru and most European wikis write \
        numbers as 1.234,5. Dumps: read from the dump when not given; .wikitext files: en.
        """)
    var language: String?

    /// The convention of .wikitext files: the given language's, else English (`1,234.5`).
    var forFiles: NumberConvention { language.map(NumberConvention.forLanguage) ?? .decimalPoint }

    /// The convention of a dump's pages: the given language's, else the one the dump names.
    func forDump(_ path: String) -> NumberConvention { Self.convention(ofDump: path, language: language) }

    /// The convention of a dump's pages: `language`'s when given, else the one the dump names
    /// (English when it names none). Also what `bench --dump` converts with.
    static func convention(ofDump path: String, language: String?) -> NumberConvention {
        NumberConvention.forLanguage(language ?? DumpLanguage.of(path: path) ?? "en")
    }
}
