import PCRE2

/// Every PCRE2 pattern the value parser uses, compiled once (JIT) on first use.
///
/// They are anchored (a match must start at the offset given) and caseless unless a group
/// says `(?-i:…)`. `matchInvalidUTF` keeps them safe on byte input that is not valid UTF-8.
enum Patterns {
    static let anchored: RegexOptions = [.utf, .caseless, .anchored, .matchInvalidUTF]  // no .ucp: \d stays ASCII

    /// A month name or abbreviation (`February`, `Feb`, `Feb.`, `Sept`); not followed by a letter.
    static let month = #"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?!\p{L})\.?"#
    /// An optional weekday in front of a date: `Thursday, `, `Thu `.
    static let weekday = #"(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)\.?,?\h+)?"#
    /// Ordinal letters after a day: `1st`, `8th`.
    static let ordinal = #"(?:st|nd|rd|th)?"#
    /// Between the two ends of a range: a dash or `to`.
    static let rangeSeparator = #"\h*(?:[-‒–—―−]|to(?!\p{L}))\h*"#

    /// `8 February 2024`, `8 Feb. 2024`, `8 February`, `8–9 February 2024`,
    /// `30 June – 2 July 2023`: `d`/`m0`/`y0` start, `m`/`y` the (last) month and year.
    static let dmy = compile(
        weekday + #"(?<d>\d{1,2})"# + ordinal
            + #"(?<range>(?:\h+(?<m0>"# + month + #"))?(?:\h+(?<y0>\d{4}))?"# + rangeSeparator
            + #"\d{1,2}"# + ordinal + ")?"
            + #"\h+(?<m>"# + month + #"),?(?:\h+(?<y>\d{3,4})(?!\d))?"#)

    /// `February 8, 2024`, `Feb 8 2024`, `February 8–9, 2024`, `February 8`, `February 2024`.
    static let mdy = compile(
        weekday + #"(?<m>"# + month + #")\h*(?:(?<d>\d{1,2})"# + ordinal + #"(?!\d)"#
            + #"(?<range>"# + rangeSeparator + #"(?:"# + month + #"\h*)?\d{1,2}"# + ordinal + #"(?!\d))?"#
            + #"(?:,?\h*(?<y>\d{4})(?!\d))?|,?\h*(?<ym>\d{4})(?!\d))"#)

    /// `2024-02-08`.
    static let iso = compile(#"(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?!\d)"#)

    /// Words or signs before a number that qualify it (`c.`, `about`, `over`, `All`, `~`, `<`, `±`),
    /// then an optional currency sign (`$`, `US$`, `€`, `£`, `Rs.`).
    static let prefix = compile(
        #"(?:(?<q>(?:c|ca|approx|est)\.|(?:circa|approximately|approx|about|around|over|under|nearly|almost|roughly|some|(?:more|less|fewer)\h+than|at\h+(?:least|most)|up\h+to|estimated|all)(?!\p{L})|[~≈<>≤≥±])\h*)?"#
            + #"(?-i:(?<cur>(?:[A-Z]{1,3})?\$|["# + CurrencySigns.symbols.joined() + #"]|Rs\.?)\h*)?"#)

    /// What may follow a number: a percent sign, percentage points, ordinal letters,
    /// a scale word, or a unit (case-sensitive; longer spellings first).
    static let suffix = compile(
        #"(?<pct>\h*(?:%|per\h?cent(?!\p{L})))"#
            + #"|(?<pp>\h*(?:pp(?!\p{L})|p\.\h?p\.|percentage\h+points?(?!\p{L})))"#
            + #"|(?<ord>(?:st|nd|rd|th)(?!\p{L}))"#
            + #"|\h*(?<scale>thousand|million|billion|trillion|lakh|crore|bn|mn)(?!\p{L})"#
            + #"|\h*(?-i:(?<unit>"# + units + #"))(?![\p{L}\p{N}])"#)

    /// A unit added here also adds its leading letters to `Suffix.suffixWordList` (the gate
    /// before this pattern turns away any other letter run).
    static let units = [
        "km²", "km2", #"sq\.?\h?km"#, #"sq\.?\h?mi"#, #"sq\.?\h?ft"#, "mi²", "mi2", "ft²",
        "km/h", "m/s", "mph", "m²", "m2", "m³", "m3", "km", "nmi", "mi", "cm", "mm", "m", "ft",
        "ha", "acres?", "kg", "lbs?", "tonnes?", "MW", "GW", "kW", "TWh", "GWh", "MWh", "kWh",
        "°C", "°F", "hPa", "MHz", "GHz", "nm",
        "USD", "EUR", "GBP", "PKR", "INR", "JPY", "CNY", "AUD", "CAD", "CHF",
    ].joined(separator: "|")

    /// Footnote markers left in rendered text: `[1]`, `[a]`, `[note 1]`, `[nb 2]`, `[citation needed]`.
    static let footnote = compile(
        #"\[\h*(?:(?:note|nb|n|fn|efn|lower-alpha|upper-alpha|lower-roman|upper-roman)\h*)?(?:\d{1,3}|[a-z]{1,2}|[ivx]{1,5})\h*\]"#
            + #"|\[(?:(?:citation|clarification|verification) needed|who|when|where|which|why|dubious|update needed|by whom)\??\]"#,
        [.utf, .caseless, .matchInvalidUTF])

    /// Group numbers, looked up once so matching never hashes a name.
    enum Group {
        static let dmyDay = number(dmy, "d"), dmyMonth0 = number(dmy, "m0"), dmyYear0 = number(dmy, "y0")
        static let dmyMonth = number(dmy, "m"), dmyYear = number(dmy, "y"), dmyRange = number(dmy, "range")
        static let mdyMonth = number(mdy, "m"), mdyDay = number(mdy, "d"), mdyRange = number(mdy, "range")
        static let mdyYear = number(mdy, "y"), mdyMonthYear = number(mdy, "ym")
        static let isoYear = number(iso, "y"), isoMonth = number(iso, "m"), isoDay = number(iso, "d")
        static let qualifier = number(prefix, "q"), currency = number(prefix, "cur")
        static let percent = number(suffix, "pct"), points = number(suffix, "pp"), ordinal = number(suffix, "ord")
        static let scale = number(suffix, "scale"), unit = number(suffix, "unit")

        private static func number(_ regex: Regex, _ name: String) -> Int {
            guard let n = regex.groupNumber(named: name) else { fatalError("no group \(name) in \(regex.pattern)") }
            return n
        }
    }

    /// Constant patterns: a failure is a programming error that the tests catch on first use.
    private static func compile(_ pattern: String, _ options: RegexOptions = anchored) -> Regex {
        do { return try Regex(pattern, options: options) } catch { fatalError("\(error)") }
    }
}
