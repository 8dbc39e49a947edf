import Wikitext

/// What role a template plays in the election families, from its name.
enum ElectionTemplateKind: Equatable {
    case results
    case boxBegin
    case boxCandidate(winner: Bool)
    case boxMajority
    case boxTurnout
    case boxRejected
    case boxRegistered
    case boxHold
    case boxGain
    case boxEnd
    case summaryBegin
    case summaryParty
    case summaryEnd
    case boxOther

    /// Classifies a template by its name (any case), or nil for other templates.
    init?(_ template: Template) {
        let name = template.normalizedName.lowercased()
        if name == "election results" { self = .results; return }
        if name.hasPrefix("election summary") {
            if name.hasSuffix("begin") { self = .summaryBegin }
            else if name.hasSuffix("end") { self = .summaryEnd }
            else if name.contains("party") { self = .summaryParty }
            else { return nil }
            return
        }
        guard name.hasPrefix("election box") else { return nil }
        let rest = name.dropFirst("election box".count).trimmingCharacters(in: " ")
        if rest.hasPrefix("begin") { self = .boxBegin }
        else if rest.hasPrefix("end") { self = .boxEnd }
        else if rest.hasPrefix("winning candidate") { self = .boxCandidate(winner: true) }
        else if rest.hasPrefix("candidate") { self = .boxCandidate(winner: false) }
        else if rest.hasPrefix("majority") { self = .boxMajority }
        else if rest.hasPrefix("turnout") { self = .boxTurnout }
        else if rest.hasPrefix("rejected") || rest.hasPrefix("spoilt") || rest.hasPrefix("invalid") { self = .boxRejected }
        else if rest.hasPrefix("registered electors") || rest.hasPrefix("electorate") { self = .boxRegistered }
        else if rest.hasPrefix("hold") { self = .boxHold }
        else if rest.hasPrefix("gain") { self = .boxGain }
        else { self = .boxOther }
    }
}

extension Substring {
    func trimmingCharacters(in set: Character) -> String {
        var s = self
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return String(s)
    }
}
