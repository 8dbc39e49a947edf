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
        self.init(lowercasedName: Template.normalize(template.name).utf8.map(ElectionTemplateKind.lower))
    }

    /// Classifies the template node `id`. A name of ASCII bytes without comments is read from
    /// the source (no string is built); any other name takes `init(_: Template)`.
    init?(_ id: Int32, in document: WikitextDocument) {
        let name = document.firstChild(of: id)
        guard name >= 0, document.kind(of: name) == .templateName else { return nil }
        let range = document.range(of: name)
        let folded = document.source.withUnsafeBufferPointer { source -> [UInt8]? in
            var s = range.lowerBound, e = range.upperBound
            for i in s..<e where source[i] >= 0x80 { return nil }
            // Trimmed as `textWithoutComments` does, then folded as `Template.normalize` does.
            while s < e && KeyBytes.isSpace(source[s]) { s += 1 }
            while e > s && KeyBytes.isSpace(source[e - 1]) { e -= 1 }
            var out: [UInt8] = []
            out.reserveCapacity(e - s)
            var pendingSpace = false
            for b in source[s..<e] {
                if b == 0x20 || b == 0x5F || b == 0x09 || b == 0x0A {
                    pendingSpace = !out.isEmpty
                    continue
                }
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(ElectionTemplateKind.lower(b))
            }
            // A `Template:` prefix is dropped by `Template.normalize`: such names take the string path.
            if out.count >= 9 && out[..<9].elementsEqual("template:".utf8) { return nil }
            return out
        }
        if let folded, document.firstChild(of: name) < 0 || !document.contains(.comment, below: name) {
            self.init(lowercasedName: folded)
        } else {
            guard let template = Template(document.node(id)) else { return nil }
            self.init(template)
        }
    }

    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    /// Classifies a normalized name in lower case.
    private init?(lowercasedName name: [UInt8]) {
        func starts(_ bytes: ArraySlice<UInt8>, _ prefix: StaticString) -> Bool {
            let p = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
            return bytes.count >= p.count && zip(bytes, p).allSatisfy { $0 == $1 }
        }
        func contains(_ bytes: ArraySlice<UInt8>, _ word: StaticString) -> Bool {
            // A plain scan: the generic `firstRange(of:)` costs tens of thousands of instructions.
            let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
            guard bytes.count >= w.count else { return false }
            var i = bytes.startIndex
            while i + w.count <= bytes.endIndex {
                if bytes[i..<i + w.count].elementsEqual(w) { return true }
                i += 1
            }
            return false
        }
        func ends(_ bytes: ArraySlice<UInt8>, _ suffix: StaticString) -> Bool {
            let p = UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount)
            return bytes.count >= p.count && zip(bytes.suffix(p.count), p).allSatisfy { $0 == $1 }
        }
        let all = name[...]
        if all.count == 16 && starts(all, "election results") { self = .results; return }
        if starts(all, "election summary") {
            if ends(all, "begin") { self = .summaryBegin }
            else if ends(all, "end") { self = .summaryEnd }
            else if contains(all, "party") { self = .summaryParty }
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
