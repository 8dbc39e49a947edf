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
        // Bytes, not Characters: this runs for every election-like template of a page, and
        // String.hasPrefix compares canonical equivalents, which costs far more than the names need.
        let name = Array(template.normalizedName.utf8).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        func starts(_ bytes: ArraySlice<UInt8>, _ prefix: StaticString) -> Bool {
            let p = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
            return bytes.count >= p.count && zip(bytes, p).allSatisfy { $0 == $1 }
        }
        func ends(_ bytes: ArraySlice<UInt8>, _ suffix: StaticString) -> Bool {
            let p = UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount)
            return bytes.count >= p.count && zip(bytes.suffix(p.count), p).allSatisfy { $0 == $1 }
        }
        let all = name[...]
        if all.elementsEqual("election results".utf8) { self = .results; return }
        if starts(all, "election summary") {
            if ends(all, "begin") { self = .summaryBegin }
            else if ends(all, "end") { self = .summaryEnd }
            else if all.firstRange(of: "party".utf8) != nil { self = .summaryParty }
            else { return nil }
            return
        }
        guard starts(all, "election box") else { return nil }
        var rest = all.dropFirst("election box".utf8.count)
        while rest.first == 0x20 { rest = rest.dropFirst() }
        if starts(rest, "begin") { self = .boxBegin }
        else if starts(rest, "end") { self = .boxEnd }
        else if starts(rest, "winning candidate") { self = .boxCandidate(winner: true) }
        else if starts(rest, "candidate") { self = .boxCandidate(winner: false) }
        else if starts(rest, "majority") { self = .boxMajority }
        else if starts(rest, "turnout") { self = .boxTurnout }
        else if starts(rest, "rejected") || starts(rest, "spoilt") || starts(rest, "invalid") { self = .boxRejected }
        else if starts(rest, "registered electors") || starts(rest, "electorate") { self = .boxRegistered }
        else if starts(rest, "hold") { self = .boxHold }
        else if starts(rest, "gain") { self = .boxGain }
        else { self = .boxOther }
    }
}
