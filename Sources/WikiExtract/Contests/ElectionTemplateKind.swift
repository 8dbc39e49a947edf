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
    /// `{{STV Election box candidate2}}`: first preferences in `count1`, elected in bold.
    case stvCandidate
    /// `{{STV Election box end2}}`: the box's totals, then the end.
    case stvEnd
    /// `{{Canadian election result/top}}` (`{{CANelec/top}}`): opens a box.
    case canadianTop
    /// `{{Canadian election result}}` (`{{CANelec}}`): a candidate, positional.
    case canadianCandidate
    /// `{{Canadian election result/total}}`: valid votes, rejected ballots, turnout or electors.
    case canadianTotal
    case canadianGain
    case canadianHold
    case boxOther

    /// Classifies a template by its name (any case), or nil for other templates.
    init?(_ template: Template) {
        let name = Template.normalize(template.name).utf8.map(ElectionTemplateKind.lower)
        guard let kind = name.withUnsafeBufferPointer({ Self.classify(lowercasedName: $0) }) else { return nil }
        self = kind
    }

    /// Classifies the template node `id`. A name of ASCII bytes without comments is folded from
    /// the source into a stack buffer (no array, no string); any other name takes
    /// `init(_: Template)`.
    init?(_ id: Int32, in document: WikitextDocument) {
        let name = document.firstChild(of: id)
        guard name >= 0, document.kind(of: name) == .templateName else { return nil }
        let range = document.range(of: name)
        // .some(kind) from the bytes; nil when the name needs the string path.
        let fast: ElectionTemplateKind?? = document.source.withUnsafeBufferPointer { source in
            if document.firstChild(of: name) >= 0 && document.contains(.comment, below: name) { return nil }
            // Trimmed as `textWithoutComments` does, then folded as `Template.normalize` does.
            var s = range.lowerBound, e = range.upperBound
            while s < e && KeyBytes.isSpace(source[s]) { s += 1 }
            while e > s && KeyBytes.isSpace(source[e - 1]) { e -= 1 }
            return Self.foldTable.withUnsafeBufferPointer { fold in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(e - s, 1)) { out -> ElectionTemplateKind?? in
                    var n = 0
                    var pendingSpace = false
                    for i in s..<e {
                        let c = fold[Int(source[i])]
                        if c == 0 {
                            pendingSpace = n > 0
                            continue
                        }
                        if c == 0xFF { return nil }  // a non-ASCII byte: the string path
                        if pendingSpace { out[n] = 0x20; n += 1; pendingSpace = false }
                        out[n] = c
                        n += 1
                    }
                    let folded = UnsafeBufferPointer(rebasing: out[..<n])
                    // A `Template:` prefix is dropped by `Template.normalize`: such names take the string path.
                    if Self.starts(folded[...], "template:") { return nil }
                    return .some(Self.classify(lowercasedName: folded))
                }
            }
        }
        if let fast {
            guard let fast else { return nil }
            self = fast
        } else {
            guard let template = Template(document.node(id)) else { return nil }
            self.init(template)
        }
    }

    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    /// Per byte of a name: 0 for a blank that folds into one space (space, `_`, tab, line feed),
    /// 0xFF for a non-ASCII byte, else the byte in lower case. One load per byte does the
    /// ASCII check, the blank test and the lower-casing.
    private static let foldTable: [UInt8] = (0..<256).map { b in
        let b = UInt8(b)
        if b == 0x20 || b == 0x5F || b == 0x09 || b == 0x0A { return 0 }
        return b >= 0x80 ? 0xFF : lower(b)
    }

    private static func starts(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, _ prefix: StaticString) -> Bool {
        let p = prefix.utf8Start, count = prefix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        let b = bytes.startIndex
        for k in 0..<count where bytes[b + k] != p[k] { return false }
        return true
    }

    private static func ends(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, _ suffix: StaticString) -> Bool {
        bytes.count >= suffix.utf8CodeUnitCount && starts(bytes[(bytes.endIndex - suffix.utf8CodeUnitCount)...], suffix)
    }

    /// A plain scan: the generic `firstRange(of:)` costs tens of thousands of instructions.
    private static func contains(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        var i = bytes.startIndex
        while i + count <= bytes.endIndex {
            if starts(bytes[i...], word) { return true }
            i += 1
        }
        return false
    }

    /// `canadian election result` or `canelec`, then nothing or `/top`, `/total`, `/gain`,
    /// `/hold` (other subpages, such as `/source`, play no part); nil for other names.
    private static func canadian(_ all: Slice<UnsafeBufferPointer<UInt8>>) -> ElectionTemplateKind?? {
        var rest: Slice<UnsafeBufferPointer<UInt8>>
        if starts(all, "canadian election result") { rest = all.dropFirst(24) }
        else if starts(all, "canelec") { rest = all.dropFirst(7) }
        else { return nil }
        while rest.first == 0x20 { rest = rest.dropFirst() }
        if rest.isEmpty { return .some(.canadianCandidate) }
        guard rest.first == UInt8(ascii: "/") else { return .some(nil) }
        rest = rest.dropFirst()
        while rest.first == 0x20 { rest = rest.dropFirst() }
        if starts(rest, "top") { return .some(.canadianTop) }
        if starts(rest, "total") { return .some(.canadianTotal) }
        if starts(rest, "gain") { return .some(.canadianGain) }
        if starts(rest, "hold") { return .some(.canadianHold) }
        return .some(.boxOther)
    }

    /// Classifies a normalized name in lower case.
    private static func classify(lowercasedName name: UnsafeBufferPointer<UInt8>) -> ElectionTemplateKind? {
        let all = name[...]
        if all.count == 16 && starts(all, "election results") { return .results }
        if starts(all, "election summary") {
            if ends(all, "begin") { return .summaryBegin }
            else if ends(all, "end") { return .summaryEnd }
            else if contains(all, "party") { return .summaryParty }
            else { return nil }
        }
        if let kind = canadian(all) { return kind }
        if starts(all, "stv election box") {
            // Single transferable vote: `begin2`, `candidate2`, `candidate without party link`, `end2` …
            var rest = all.dropFirst(16)
            while rest.first == 0x20 { rest = rest.dropFirst() }
            if starts(rest, "begin") { return .boxBegin }
            else if starts(rest, "candidate") { return .stvCandidate }
            else if starts(rest, "end") { return .stvEnd }
            else { return .boxOther }
        }
        guard starts(all, "election box") else { return nil }
        var rest = all.dropFirst(12)  // "election box"
        while rest.first == 0x20 { rest = rest.dropFirst() }
        // The compact boxes (`Election box inline begin`, `inline candidate with party link`,
        // `inline incumbent` …) take the parameters of the full ones.
        if starts(rest, "inline ") {
            rest = rest.dropFirst(7)
            while rest.first == 0x20 { rest = rest.dropFirst() }
            if starts(rest, "incumbent") { return .boxCandidate(winner: false) }
        }
        if starts(rest, "begin") { return .boxBegin }
        else if starts(rest, "end") { return .boxEnd }
        else if starts(rest, "winning candidate") { return .boxCandidate(winner: true) }
        else if starts(rest, "candidate") { return .boxCandidate(winner: false) }
        else if starts(rest, "majority") { return .boxMajority }
        else if starts(rest, "turnout") { return .boxTurnout }
        else if starts(rest, "rejected") || starts(rest, "spoilt") || starts(rest, "invalid") { return .boxRejected }
        else if starts(rest, "registered electors") || starts(rest, "electorate") { return .boxRegistered }
        else if starts(rest, "hold") { return .boxHold }
        else if starts(rest, "gain") { return .boxGain }
        else { return .boxOther }
    }
}
