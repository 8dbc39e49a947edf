/// What a results-table row that is not a party or candidate stands for, from its label
/// (the text in the party or candidate column, or the row's first cell).
///
/// Matched on the first words, any case: `Total`/`Totals`, `Valid (votes)`, `Invalid`,
/// `Rejected`, `Spoilt`/`Spoiled`, `Void`, `Null`, `Blank`, `Turnout`/`Voter turnout`,
/// `Votes cast`/`Ballots cast`/`Total votes cast`, `Registered (voters)`, `Electorate`,
/// `Eligible (voters)`, `Majority`; and rows that belong to no total: `Abstentions`,
/// `Absent`, `Did not vote`, `Required (for) majority`, `Needed for majority`.
enum ResultsTableTotalsRow: Equatable {
    /// `Total`: the valid votes, unless a valid line came first (then the votes cast).
    case total
    case valid
    case invalid
    case blank
    /// Votes cast; the percent column gives the turnout percent.
    case turnout
    /// Registered electors; the percent column, when given, is the turnout percent.
    case electorate
    case majority
    /// A line that is neither a contestant nor a total (abstentions, the required majority).
    case ignored

    /// The kind of line a label names, or nil for a party or candidate.
    init?(label: String) {
        let words = ResultsTableTotalsRow.words(label, max: 3)
        guard let first = words.first else { return nil }
        let second = words.count > 1 ? words[1] : ""
        switch first {
        case "total", "totals":
            if second == "valid" { self = .valid }
            else if second == "cast" || (second == "votes" && words.count > 2 && words[2] == "cast") { self = .turnout }
            else if second == "invalid" || second == "rejected" { self = .invalid }
            else if second == "registered" || second == "electorate" { self = .electorate }
            else { self = .total }
        case "valid": self = .valid
        case "invalid", "rejected", "spoilt", "spoiled", "void", "null": self = .invalid
        case "blank": self = .blank
        case "turnout": self = .turnout
        case "voter" where second == "turnout": self = .turnout
        case "votes" where second == "cast", "ballots" where second == "cast": self = .turnout
        case "registered", "electorate", "eligible": self = .electorate
        case "majority": self = .majority
        case "abstention", "abstentions", "abstained", "abstain", "absent", "absentees": self = .ignored
        case "did" where second == "not": self = .ignored
        case "required", "needed": self = .ignored
        default: return nil
        }
    }

    /// The first `max` words of a label in lower case (letters only; other characters split words).
    static func words(_ label: String, max: Int) -> [String] {
        var words: [String] = []
        var current = ""
        for ch in label.lowercased() {
            if ch.isLetter {
                current.append(ch)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
                if words.count == max { return words }
            }
        }
        if !current.isEmpty && words.count < max { words.append(current) }
        return words
    }
}
