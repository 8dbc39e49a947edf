import WikiModel

/// `first-preferences`: in a single transferable vote (a contest whose rows carry `counts`),
/// every valid ballot gives exactly one first preference, so the candidates' first-count votes
/// add up to the stated valid votes. Votes are counts: any difference is an error.
public struct FirstPreferencesRule: Rule {
    /// The rule id.
    public let id = "first-preferences"
    /// What the rule checks, in one line.
    public let summary = "Single transferable vote: the first preferences add up to the valid votes."

    /// Creates the rule.
    public init() {}

    /// The rule's findings on the context's article.
    public func check(_ context: CheckContext) -> [Finding] {
        context.contests.compactMap(check)
    }

    func check(_ facts: ContestFacts) -> Finding? {
        let contest = facts.contest
        guard let valid = contest.totals.valid, contest.rows.contains(where: { $0.counts != nil }),
              let votes = facts.allVotes else { return nil }
        let sum = votes.reduce(0, +)  // bounded: the context judges only sensible figures
        guard sum != valid else { return nil }
        return Finding(
            rule: id, severity: .error,
            message: "the first preferences of the \(votes.count) candidates of \(facts.name) add up to "
                + "\(Format.integer(sum)), but its valid votes are \(Format.integer(valid))",
            expected: Format.integer(valid), actual: Format.integer(sum), location: facts.location())
    }
}
