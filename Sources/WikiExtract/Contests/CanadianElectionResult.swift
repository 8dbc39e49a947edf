import WikiModel

/// The Canadian election boxes, `{{Canadian election result}}` (alias `{{CANelec}}`) and its
/// subpages, written with positional parameters on thousands of riding articles:
///
/// ```
/// {{Canadian election result/top|ON|2011|Oak Ridges—Markham|percent=yes|change=yes}}
/// {{CANelec|ON|Liberal|Helena Jaczek|28,878|44.78|-3.43|83,066.00}}
/// {{CANelec/total|Total valid votes|64,486|100.0|+8.85}}
/// {{CANelec/total|Total rejected ballots|395|0.61}}
/// {{CANelec/total|Turnout|64,881|42.70|-5.07}}
/// {{CANelec/total|Eligible voters|151,959}}
/// {{CANelec/hold|ON|Liberal|-2.25}}
/// {{end}}
/// ```
///
/// A candidate row is jurisdiction, party, candidate, votes, percent, change (a swing in
/// points), expenditures; `/total` rows are told by their label; `/gain` is jurisdiction,
/// winner, loser, swing and `/hold` jurisdiction, party, swing.
enum CanadianElectionResult {
    /// `2011 Ontario general election: Oak Ridges—Markham` from the `/top` template's
    /// jurisdiction, election and riding (its display name when given).
    static func title(_ fields: TemplateFields) -> String? {
        guard let election = fields.text("2") else { return nil }
        let code = fields.text("1")?.uppercased() ?? ""
        let byElection = fields.text("by").map { !$0.isEmpty } ?? false
        var title = byElection ? "\(jurisdictions[code].map { $0 + " by-election" } ?? code + " by-election"), \(election)"
            : "\(election) \(jurisdictions[code].map { $0 + (code == "CA" ? " federal" : " general") } ?? code) election"
        if let riding = fields.text("4") ?? fields.text("3") { title += ": " + riding }
        return title
    }

    /// The jurisdictions by their two-letter codes (`CA` federal), as the boxes name them.
    static let jurisdictions: [String: String] = [
        "CA": "Canadian", "AB": "Alberta", "BC": "British Columbia", "MB": "Manitoba", "NB": "New Brunswick",
        "NL": "Newfoundland and Labrador", "NS": "Nova Scotia", "NT": "Northwest Territories", "NU": "Nunavut",
        "ON": "Ontario", "PE": "Prince Edward Island", "QC": "Quebec", "SK": "Saskatchewan", "YT": "Yukon",
    ]

    /// A candidate row: party, candidate, votes, percent and change (the swing).
    static func row(_ fields: TemplateFields) -> ContestRow {
        var row = ElectionBoxBuilder.candidateRow(fields, party: "2", candidate: "3")
        row.votes = fields.integer("4")
        row.percent = fields.number("5")
        row.swing = fields.number("6")
        return row
    }

    /// A `/total` row into the totals, by its label: valid votes, rejected ballots, turnout
    /// (with its percent) or eligible voters.
    static func addTotal(_ fields: TemplateFields, to totals: inout ContestTotals) {
        let label = (fields.text("1") ?? "").lowercased()
        let count = fields.integer("2")
        if label.contains("turnout") {
            totals.turnout = count
            totals.turnoutPercent = fields.number("3")
        } else if label.contains("rejected") || label.contains("spoil") || label.contains("invalid") {
            totals.invalid = count
        } else if label.contains("eligible") || label.contains("elector") {
            totals.electorate = count
        } else if label.contains("valid") {
            totals.valid = count
        }
    }

    /// `/gain` (jurisdiction, winner, loser, swing) or `/hold` (jurisdiction, party, swing).
    static func outcome(_ fields: TemplateFields, gain: Bool) -> ContestOutcome {
        let winner = fields.text("2")
        return gain ? ContestOutcome(result: .gain, party: winner, from: fields.text("3"), to: winner, swing: fields.number("4"))
            : ContestOutcome(result: .hold, party: winner, from: winner, to: winner, swing: fields.number("3"))
    }
}
