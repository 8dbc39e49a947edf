/// One party or candidate line of a contest. Values the source leaves empty are nil, never zero.
public struct ContestRow: Codable, Sendable, Equatable {
    /// The party as plain text, or nil.
    public var party: String?
    /// The candidate as plain text, or nil.
    public var candidate: String?
    /// Votes received.
    public var votes: Int?
    /// Share of the valid votes, in percent as written (31.17).
    public var percent: Double?
    /// True when `percent` was computed from the votes because the source did not state it.
    public var percentComputed: Bool
    /// Seats won per seat type, in the contest's `seatTypes` order; a type the source leaves empty is absent.
    public var seats: OrderedPairs<Int>
    /// The change in seats (`gainN − lossN`, a `+/−` seats column), signed.
    public var seatChange: Int?
    /// The change in vote share in percentage points (an election box's `change`), signed.
    public var swing: Double?
    /// True for a winner (winning candidate, elected member).
    public var elected: Bool
    /// A single transferable vote's tally at each count, from the first (which `votes` also
    /// holds) on, with nil for a count where the source gives none (the candidate was elected
    /// or excluded earlier); nil for other contests. Counts after the first may be fractional
    /// (transfers of fractions of a ballot, as in Scottish counts).
    public var counts: [Double?]?
    /// Footnotes taken out of the row's values.
    public var notes: [Note]
    /// The 1-based line of the row in the source.
    public var line: Int

    /// Creates a contest row.
    public init(party: String? = nil, candidate: String? = nil, votes: Int? = nil, percent: Double? = nil,
                percentComputed: Bool = false, seats: OrderedPairs<Int> = OrderedPairs(), seatChange: Int? = nil,
                swing: Double? = nil, elected: Bool = false, counts: [Double?]? = nil, notes: [Note] = [], line: Int) {
        self.party = party
        self.candidate = candidate
        self.votes = votes
        self.percent = percent
        self.percentComputed = percentComputed
        self.seats = seats
        self.seatChange = seatChange
        self.swing = swing
        self.elected = elected
        self.counts = counts
        self.notes = notes
        self.line = line
    }
}
