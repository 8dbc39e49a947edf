/// What a column of a results wikitable holds, as far as a contest is concerned.
enum ResultsColumnRole: Equatable, Sendable {
    /// The party (or alliance) of the row.
    case party
    /// The candidate of the row.
    case candidate
    /// Votes received.
    case votes
    /// Share of the vote, in percent.
    case percent
    /// Seats won; `type` names the seat type (`Seats` unless a sub-header names one).
    case seats(type: String)
    /// A `+/−` without a stated target: it belongs to the quantity column before it.
    case change
    /// Change in vote share, in percentage points.
    case swing
    /// Change in seats.
    case seatChange

    /// True for the columns that hold a number of the contest (not a name).
    var isQuantity: Bool {
        switch self {
        case .party, .candidate: return false
        default: return true
        }
    }
}

/// The header names a results wikitable is recognised by, matched after ``key(_:)``
/// (lower case, spaces, dots and colons removed, dashes and `−` as `-`, `±` as `+/-`).
///
/// | role | header names |
/// |---|---|
/// | party | Party, Parties, Political party, Party name, Party/Alliance, Alliance, Coalition, Parties and alliances, Party or alliance |
/// | candidate | Candidate, Candidate name, Name of candidate, Nominee, Presidential candidate |
/// | votes | Votes, Vote count, Popular vote, Votes obtained, Votes received, Votes polled, Votes won, Votes cast, No. of votes, Number of votes, Total votes |
/// | percent | %, Vote %, Votes %, % of votes, % of vote, % of the vote, % of valid votes, Popular vote %, Vote share, Share, Percentage, Percent, Pct. |
/// | seats | Seats, Seat, Seats won, Won, Total seats |
/// | swing | Swing, Swing %, Swing (pp), ±%, +/−%, ±pp, Change %, % change, pp |
/// | seat change | Seat change, Seats change, Change in seats, Seats +/−, +/− seats |
/// | change | +/−, ±, Change, Net, Net change (seat change after a seats column, swing after a percent column) |
///
/// A derived column name such as `Popular vote / Votes` is read from the innermost part out:
/// the innermost part that is a synonym decides (`Popular vote / %` is a percent). Under a seats
/// header, an unknown innermost part names the seat type (`Seats / General`); the sub-headers
/// Contested, Fielded, Before, Previous, Up and Not up are not seats won and are ignored.
/// "Candidates" (plural) is not a candidate column: results tables use it for the number of
/// candidates a party fielded.
enum ResultsColumnSynonyms {
    static let party: Set<String> = [
        "party", "parties", "politicalparty", "partyname", "party/alliance", "alliance/party", "party/coalition",
        "alliance", "coalition", "partiesandalliances", "partyoralliance", "partiesandcoalitions",
    ]
    static let candidate: Set<String> = [
        "candidate", "candidatename", "nameofcandidate", "nominee", "presidentialcandidate",
    ]
    static let votes: Set<String> = [
        "votes", "votecount", "popularvote", "popularvotes", "votesobtained", "votesreceived", "votespolled",
        "voteswon", "votescast", "noofvotes", "numberofvotes", "#ofvotes", "totalvotes",
    ]
    static let percent: Set<String> = [
        "%", "vote%", "votes%", "%ofvotes", "%ofvote", "%ofthevote", "%votes", "voteshare", "share",
        "percentage", "percent", "pct", "popularvote%", "%ofvalidvotes",
    ]
    static let seats: Set<String> = ["seats", "seat", "seatswon", "won", "totalseats"]
    static let swing: Set<String> = ["swing", "+/-%", "+/-pp", "change%", "%change", "pp", "swing%", "swing(pp)"]
    static let seatChange: Set<String> = ["seatchange", "seats+/-", "+/-seats", "seatschange", "changeinseats"]
    static let change: Set<String> = ["+/-", "change", "net", "netchange"]
    /// Sub-headers under Seats that are not the seats won.
    static let notSeatsWon: Set<String> = ["contested", "fielded", "before", "previous", "prev", "up", "notup", "candidates"]

    /// The role a header part names, or nil.
    static func role(of key: String) -> ResultsColumnRole? { roles[key] }

    /// Every synonym with its role: one hash per lookup instead of one per set. A synonym in
    /// two sets takes the role of the set listed first.
    private static let roles: [String: ResultsColumnRole] = {
        var roles: [String: ResultsColumnRole] = [:]
        let order: [(Set<String>, ResultsColumnRole)] = [
            (votes, .votes), (party, .party), (candidate, .candidate), (percent, .percent),
            (seats, .seats(type: "Seats")), (swing, .swing), (seatChange, .seatChange), (change, .change),
        ]
        for (synonyms, role) in order {
            for key in synonyms where roles[key] == nil { roles[key] = role }
        }
        return roles
    }()

    /// The comparison key of a header part: `Vote %` → `vote%`, `+/–` → `+/-`, `No. of votes` → `noofvotes`.
    static func key(_ text: Substring) -> String {
        if let ascii = asciiKey(text) { return ascii }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                if let b = keyByte(UInt8(scalar.value)) { out.append(Unicode.Scalar(b)) }
                continue
            }
            switch scalar {
            case "\u{00A0}":
                continue
            case "\u{2212}", "\u{2013}", "\u{2014}", "\u{2012}":
                out.append("-")
            case "\u{00B1}":
                out.append(contentsOf: "+/-".unicodeScalars)
            default:
                out.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            }
        }
        return String(out)
    }

    /// What an ASCII character becomes in a key: nil (dropped) for space, tab, newline, `.`
    /// and `:`; otherwise itself, lower-cased.
    @inline(__always)
    private static func keyByte(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x20, 0x09, 0x0A, 0x2E, 0x3A: nil
        default: b >= 0x41 && b <= 0x5A ? b | 0x20 : b
        }
    }

    /// `key` of an ASCII part, byte by byte (nearly every header); nil for any other part.
    private static func asciiKey(_ text: Substring) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            for b in bytes where b >= 0x80 { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                var n = 0
                for b in bytes {
                    guard let k = keyByte(b) else { continue }
                    out[n] = k
                    n += 1
                }
                return n
            }
        }
    }

    /// The cheap first test on a column name, before any string is built: does it contain
    /// `vot` (any case)? Every votes synonym does.
    static func mentionsVotes(_ name: String) -> Bool {
        // A plain scan over the bytes: it runs on every column name of every table.
        var name = name
        return name.withUTF8 { b in
            guard b.count >= 3 else { return false }
            for i in 0..<(b.count - 2) where b[i] | 0x20 == 0x76 && b[i + 1] | 0x20 == 0x6F && b[i + 2] | 0x20 == 0x74 {
                return true
            }
            return false
        }
    }
}
