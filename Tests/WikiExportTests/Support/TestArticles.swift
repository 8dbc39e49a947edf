import TestSupport
import WikiModel

/// Hand-made `Article` values for the exporter tests. These are test fixtures typed in by
/// hand (modelled on the corpus articles), not extractor output: the numbers are only as
/// real as needed to make the example queries in docs/sqlite.md read naturally.
enum TestArticles {
    static let pakistanTitle = "2024 Pakistani general election"

    /// A national election: infobox with groups, a small polls table with spans, a
    /// `{{Election results}}` contest with seat types, and one finding.
    static var pakistan: Article {
        let cite = Note(kind: .ref, name: "ECP", text: "Election Commission of Pakistan.",
                        raw: "<ref name=\"ECP\">{{cite web |title=Election Commission of Pakistan}}</ref>")
        let infobox = Infobox(template: "Infobox election", line: 3, fields: [
            Field(key: "election_name", raw: "2024 Pakistani general election", text: "2024 Pakistani general election",
                  value: Value(kind: .text), line: 4),
            Field(key: "leader1", group: 1, raw: "[[Nawaz Sharif]]{{efn|Party president}}", text: "Nawaz Sharif",
                  value: Value(kind: .text), notes: [Note(kind: .efn, text: "Party president", raw: "{{efn|Party president}}")],
                  line: 20),
            Field(key: "party1", group: 1, raw: "[[Pakistan Muslim League (N)]]", text: "Pakistan Muslim League (N)",
                  value: Value(kind: .text), line: 21),
            Field(key: "seats1", group: 1, raw: "'''100'''", text: "100",
                  value: Value(kind: .integer, number: 100, status: .exact), line: 22),
            Field(key: "seat_change1", group: 1, raw: "{{increase}}16", text: "+16",
                  value: Value(kind: .change, number: 16, status: .exact), line: 23),
            Field(key: "popular_vote1", group: 1, raw: "'''13,999,656'''" + cite.raw, text: "13,999,656",
                  value: Value(kind: .integer, number: 13_999_656, status: .exact), notes: [cite], line: 24),
            Field(key: "percentage1", group: 1, raw: "23.64%", text: "23.64%",
                  value: Value(kind: .percent, number: 23.64, unit: "%", status: .exact), line: 25),
            Field(key: "swing1", group: 1, raw: "{{decrease}}0.71[[Percentage point|pp]]", text: "−0.71 pp",
                  value: Value(kind: .change, number: -0.71, unit: "pp", status: .exact), line: 26),
            Field(key: "party2", group: 2, raw: "IND (backed by [[Pakistan Tehreek-e-Insaf|PTI]])",
                  text: "IND (backed by PTI)", value: Value(kind: .text), line: 30),
            Field(key: "turnout", raw: "47.8%", text: "47.8%",
                  value: Value(kind: .percent, number: 47.8, unit: "%", status: .exact), line: 40),
            Field(key: "election_date", raw: "{{Start date|2024|02|08|df=y}}", text: "8 February 2024",
                  value: Value(kind: .date, iso: "2024-02-08", status: .exact), line: 41),
        ], groups: [
            FieldGroup(index: 1, fields: ["leader": "Nawaz Sharif", "party": "Pakistan Muslim League (N)", "seats": "100",
                                          "seat_change": "+16", "popular_vote": "13,999,656", "percentage": "23.64%",
                                          "swing": "−0.71 pp"]),
            FieldGroup(index: 2, fields: ["party": "IND (backed by PTI)"]),
        ])
        return Article(title: pakistanTitle, source: Source(path: "Corpus/2024_Pakistani_general_election.wikitext"),
                       infoboxes: [infobox], tables: [polls], contests: [results], findings: [finding],
                       templatesSeen: ["cite news": 184, "party color": 72, "efn": 9, "increase": 3])
    }

    /// An opinion-poll table: two header rows ("Polling firm" spans both), then two data rows.
    static var polls: Table {
        func cell(_ text: String, _ row: Int, _ col: Int, header: Bool = false, origin: GridPosition? = nil,
                  rowspan: Int = 1, colspan: Int = 1, value: Value = Value(kind: .text), party: String? = nil) -> Cell {
            Cell(text: text, raw: text, header: header, origin: origin ?? GridPosition(row: row, col: col),
                 rowspan: rowspan, colspan: colspan, line: 378 + row, styleParty: party, value: value)
        }
        let firm = cell("Polling firm", 0, 0, header: true, rowspan: 2)
        let parties = cell("Party", 0, 1, header: true, colspan: 2)
        let pti = cell("PTI", 1, 1, header: true, party: "Pakistan Tehreek-e-Insaf")
        let pmln = cell("PML(N)", 1, 2, header: true, party: "Pakistan Muslim League (N)")
        let gallup = cell("Gallup Pakistan", 2, 0)
        let ipor = cell("IPOR", 3, 0)
        let percent = { (n: Double) in Value(kind: .percent, number: n, unit: "%", status: .exact) }
        return Table(
            index: 1, section: "Opinion polls", caption: nil, line: 378,
            attributes: ["class": "wikitable sortable", "style": "text-align:center"], headerRows: 2,
            columns: ["Polling firm", "Party / PTI", "Party / PML(N)"],
            rows: [
                [firm, parties, parties],
                [firm, pti, pmln],
                [gallup, cell("46%", 2, 1, value: percent(46)), cell("31%", 2, 2, value: percent(31))],
                [ipor, cell("39%", 3, 1, value: percent(39)), cell("34%", 3, 2, value: percent(34))],
            ],
            rowInfo: (0..<4).map { RowInfo(line: 378 + $0) },
            rawRows: [[firm, parties], [pti, pmln], [gallup, cell("46%", 2, 1), cell("31%", 2, 2)],
                      [ipor, cell("39%", 3, 1), cell("34%", 3, 2)]])
    }

    /// The `{{Election results}}` contest (three of its rows).
    static var results: Contest {
        Contest(kind: .electionResults, title: "National Assembly", section: "National Assembly", line: 590,
                seatTypes: ["General", "Women", "Minority", "Total"], rows: [
                    ContestRow(party: "Pakistan Tehreek-e-Insaf", votes: 18_457_567, percent: 31.17,
                               seats: ["General": 93, "Women": 0, "Minority": 0, "Total": 93], line: 601),
                    ContestRow(party: "Pakistan Muslim League (N)", votes: 13_999_656, percent: 23.64,
                               seats: ["General": 75, "Women": 20, "Minority": 4, "Total": 99], seatChange: 16, line: 602),
                    ContestRow(party: "Pakistan Peoples Party", votes: 8_244_944, percent: 13.92,
                               seats: ["General": 54, "Women": 12, "Minority": 2, "Total": 68], line: 603),
                ], totals: ContestTotals(valid: 59_221_077, invalid: 1_400_000, electorate: 128_585_760))
    }

    static var finding: Finding {
        Finding(rule: "infobox-vs-results", severity: .error,
                message: "seats1 in the infobox disagrees with the Total seats of the results",
                expected: "99", actual: "100",
                location: FindingLocation(file: "Corpus/2024_Pakistani_general_election.wikitext", line: 22,
                                          infobox: 1, field: "seats1"))
    }

    static let doncasterTitle = "2021 Doncaster Metropolitan Borough Council election"

    /// Two ward boxes of a local election, with winners, hold/gain and totals.
    static var doncaster: Article {
        let adwick = Contest(kind: .electionBox, title: "Adwick le Street & Carcroft", section: "Ward results", line: 120,
                             rows: [
                                ContestRow(party: "Labour Party (UK)", candidate: "Sarah Smith", votes: 1_502,
                                           percent: 48.1, swing: -3.2, elected: true, line: 122),
                                ContestRow(party: "Labour Party (UK)", candidate: "John Brown", votes: 1_377,
                                           percent: 44.1, elected: true, line: 123),
                                ContestRow(party: "Conservative Party (UK)", candidate: "Ann Green", votes: 1_004,
                                           percent: 32.2, swing: 5.4, line: 124),
                             ],
                             totals: ContestTotals(invalid: 21, electorate: 11_203, turnout: 3_130,
                                                   turnoutPercent: 27.9, majority: 373, majorityPercent: 11.9),
                             outcome: ContestOutcome(result: .hold, party: "Labour Party (UK)", swing: -4.3))
        let bessacarr = Contest(kind: .electionBox, title: "Bessacarr", section: "Ward results", line: 140,
                                rows: [
                                    ContestRow(party: "Conservative Party (UK)", candidate: "Nick Allen", votes: 2_210,
                                               percent: 51.0, elected: true, line: 142),
                                    ContestRow(party: "Labour Party (UK)", candidate: "Mo Khan", votes: 1_650,
                                               percent: 38.1, line: 143),
                                ],
                                totals: ContestTotals(electorate: 9_870, turnout: 4_333, turnoutPercent: 43.9, majority: 560),
                                outcome: ContestOutcome(result: .gain, from: "Labour Party (UK)",
                                                        to: "Conservative Party (UK)", swing: 6.1))
        return Article(title: doncasterTitle,
                       source: Source(path: "Corpus/2021_Doncaster_Metropolitan_Borough_Council_election.wikitext"),
                       contests: [adwick, bessacarr], templatesSeen: ["Election box candidate with party link": 5])
    }

    /// Every awkward thing the writers must survive: control characters, quotes, emoji,
    /// non-finite and extreme numbers, repeated map keys, empty collections, nested table.
    static var tricky: Article {
        let weird = "quote \" backslash \\ nul \u{0} bell \u{7} tab \t nl \n cr \r del \u{7F} é 中文 🇵🇰 \u{2028}"
        let cell = Cell(text: weird, raw: "''\(weird)''", origin: GridPosition(row: 0, col: 0), line: 1,
                        attributes: OrderedPairs([.init(key: "style", value: "a"), .init(key: "style", value: "b"),
                                                    .init(key: "junk\"", value: "")]),
                        links: [Link(target: "A|B", text: "a")],
                        value: Value(kind: .unparsed, number: .nan, low: -.infinity, high: .infinity))
        let nested = Table(index: 2, line: 2, headerRows: 0, columns: ["x"], rows: [[cell]],
                           rowInfo: [RowInfo(line: 2, isSection: true)], rawRows: [[cell]],
                           parent: Table.Parent(table: 1, row: 0, col: 0))
        let outer = Table(index: 1, caption: "", line: 1, columns: ["x"], rows: [[cell]], rowInfo: [RowInfo(line: 1)],
                          rawRows: [[cell]])
        let row = ContestRow(party: weird, votes: Int.max, percent: .nan, percentComputed: true,
                             seats: OrderedPairs([.init(key: "a", value: Int.min), .init(key: "a", value: 1)]), seatChange: Int.min, swing: -0.0, line: 0)
        let contest = Contest(kind: .resultsTable, line: 9, rows: [row],
                              totals: ContestTotals(turnoutPercent: .infinity, majorityPercent: 1e-300))
        let field = Field(key: weird, raw: "", text: "", value: Value(kind: .empty), line: 1)
        return Article(title: weird, source: Source(path: nil, pageId: Int.max, revisionId: 0),
                       infoboxes: [Infobox(template: "Infobox", line: 1, fields: [field],
                                           groups: [FieldGroup(index: 0, fields: [weird: weird])])],
                       tables: [outer, nested], contests: [contest],
                       findings: [Finding(rule: "r", severity: .info, message: weird)],
                       templatesSeen: OrderedPairs([.init(key: weird, value: 1), .init(key: "x", value: 2),
                                                     .init(key: "x", value: 3)]))
    }

    /// An article with nothing in it.
    static var empty: Article { Article(title: "") }

    static var all: [Article] { [pakistan, doncaster, tricky, empty] }
}
