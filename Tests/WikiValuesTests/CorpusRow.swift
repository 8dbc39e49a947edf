import WikiValues
import Testing

/// A value taken from an article in `Corpus/`: the wikitext it came from, its plain text
/// (rendered by hand: links → labels, `'''` dropped, `{{increase}}` → `+`, `{{decrease}}` → `−`,
/// `[[Percentage point|pp]]` → `pp`, refs and efns removed, `&nbsp;` → U+00A0, `<br />` → newline)
/// and the value it must parse to.
struct CorpusRow: Sendable, CustomTestStringConvertible {
    /// File name in `Corpus/` without `.wikitext`.
    let article: String
    /// A snippet of that file's wikitext holding the value (checked to be there).
    let raw: String
    let text: String
    let expected: TypedValue

    var testDescription: String { "\(article): \(text.debugDescription)" }
}

/// A row whose wikitext `raw` renders to the plain text `text`.
func row(_ article: String, _ raw: String, _ text: String, _ expected: TypedValue) -> CorpusRow {
    CorpusRow(article: article, raw: raw, text: text, expected: expected)
}

/// A row whose wikitext is already plain text.
func row(_ article: String, _ raw: String, _ expected: TypedValue) -> CorpusRow {
    CorpusRow(article: article, raw: raw, text: raw, expected: expected)
}

/// Article file names.
enum Article {
    static let pakistan = "2024_Pakistani_general_election"
    static let doncaster = "2021_Doncaster_Metropolitan_Borough_Council_election"
    static let adur = "2024_Adur_District_Council_election"
    static let burnley = "2026_Burnley_Borough_Council_election"
    static let saxby = "Saxby_Chambliss.expanded"
    static let alabama = "Alabama"
    static let alaska = "Alaska"
    static let belgium = "Belgium"
    static let berlin = "Berlin"
    static let france = "France"
    static let uk = "United_Kingdom"
    static let estonia = "Economy_of_Estonia"
    static let bodmin = "Bodmin"
    static let etaples = "Canton_of_Étaples"
    static let cedarPoint = "Cedar_Point"
    static let wallStreet = "40_Wall_Street"
    static let merkel = "Angela_Merkel"
    static let obama = "Barack_Obama"
    static let bootham = "Bootham_Crescent"
    static let brahui = "Brahui_language"
    static let next = "N.EX.T"
    static let fifa = "2026_FIFA_World_Cup"
    static let rugby = "History_of_rugby_union_matches_between_Scotland_and_Wales"
    static let nationals = "2017_Washington_Nationals_season.fragment"
    static let athletics = "1994_World_Junior_Championships_in_Athletics_–_Men's_200_metres"
    static let earthquakes = "List_of_earthquakes_in_Canada"
    static let oxygen = "Oxygen"
    static let amdGPUs = "List_of_AMD_graphics_processing_units"
    static let amdChipsets = "Comparison_of_AMD_chipsets"
    static let mythBusters = "List_of_MythBusters_special_episodes"
    static let helpTable = "Help_Table.expanded"
}
