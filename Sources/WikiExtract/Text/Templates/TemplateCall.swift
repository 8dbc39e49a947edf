import Wikitext
import WikiModel

/// A template occurrence as a renderer sees it: its arguments by position and by name.
///
/// Arguments are found when asked for, by walking the template's parameters by id: a
/// renderer reads two or three of them, so nothing is collected up front. Values are nodes,
/// so a renderer can pass them on to be rendered (links, markup and nested templates included).
struct TemplateCall {
    let document: WikitextDocument
    /// The `template` node's id.
    let id: Int32
    /// The registry key the template was found under (lower-cased, spaces folded).
    let key: String
    /// For subpage families (`{{party shading/Labour}}`): the part after the `/`, as written.
    let subpage: String?

    init(document: WikitextDocument, id: Int32, key: String, subpage: String?) {
        self.document = document
        self.id = id
        self.key = key
        self.subpage = subpage
    }

    init(node: Node, key: String, subpage: String?) {
        self.init(document: node.document, id: node.id, key: key, subpage: subpage)
    }

    /// The `template` node.
    var node: Node { document.node(id) }

    /// The value of positional argument `index` (1-based); an explicit `1=` wins, as in MediaWiki.
    func argument(_ index: Int) -> Node? {
        var position = 0
        var positional: Int32 = -1
        var explicit: Int32 = -1  // the value of the last `index=` (-1 when it has none)
        var parameter = document.firstChild(of: id, kind: .parameter)
        while parameter >= 0 {
            let value = document.firstChild(of: parameter, kind: .parameterValue)
            let name = document.firstChild(of: parameter, kind: .parameterName)
            if name >= 0 {
                if Self.isNumber(keyBytes(name), index) { explicit = value }
            } else {
                position += 1
                if position == index { positional = value }
            }
            parameter = nextParameter(after: parameter)
        }
        let found = explicit >= 0 ? explicit : positional
        return found >= 0 ? document.node(found) : nil
    }

    /// The value of a named argument (the last one wins, as in MediaWiki).
    func named(_ key: String) -> Node? {
        var found: Int32 = -1
        var parameter = document.firstChild(of: id, kind: .parameter)
        while parameter >= 0 {
            let name = document.firstChild(of: parameter, kind: .parameterName)
            if name >= 0, Self.spells(keyBytes(name), key) {
                found = document.firstChild(of: parameter, kind: .parameterValue)
            }
            parameter = nextParameter(after: parameter)
        }
        return found >= 0 ? document.node(found) : nil
    }

    /// The first named argument present among `keys` (aliases, in order of preference, held
    /// as bytes): as `named(key)` for each key in turn, in one walk over the parameters (a
    /// citation asks for a dozen aliases). Each parameter's name is compared by length, then
    /// by bytes, with no string touched.
    func named(_ keys: ParameterKeys) -> Node? {
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: keys.count) { last in
            lastValues(keys, into: last)
            return first(in: last, 0..<keys.count)
        }
    }

    /// The value of the first key in `keys` (positions in a ``lastValues(_:into:)`` answer)
    /// that is present, as ``named(_:)-(ParameterKeys)`` finds it for those keys alone.
    func first(in last: UnsafeMutableBufferPointer<Int32>, _ keys: Range<Int>) -> Node? {
        for k in keys where last[k] >= 0 { return document.node(last[k]) }
        return nil
    }

    /// Per key of `keys`, the value of its last occurrence (-1 when it has none), as
    /// `named(key)` finds it, into `last` (`keys.count` slots): one walk over the parameters
    /// for every key, so a citation reads its three parts' dozen aliases at once.
    func lastValues(_ keys: ParameterKeys, into last: UnsafeMutableBufferPointer<Int32>) {
        last.initialize(repeating: -1)
        document.source.withUnsafeBufferPointer { source in
            var parameter = document.firstChild(of: id, kind: .parameter)
            while parameter >= 0 {
                let name = document.firstChild(of: parameter, kind: .parameterName)
                if name >= 0 {
                    let found: UInt64
                    if let plain = plainKey(name, source) {
                        found = keys.matches(UnsafeBufferPointer(rebasing: source[plain]))
                    } else {
                        found = keyBytes(name).withUnsafeBufferPointer { keys.matches($0) }
                    }
                    if found != 0 {
                        let v = document.firstChild(of: parameter, kind: .parameterValue)
                        var bits = found
                        while bits != 0 {
                            last[bits.trailingZeroBitCount] = v
                            bits &= bits &- 1
                        }
                    }
                }
                parameter = nextParameter(after: parameter)
            }
        }
    }

    /// The trimmed source range of a parameter key (node `name`) when it holds no comment
    /// (no `<`): the bytes ``keyBytes(_:)`` gives then. Nil otherwise.
    private func plainKey(_ name: Int32, _ source: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let range = document.range(of: name)
        var lo = range.lowerBound, hi = range.upperBound
        var i = lo
        while i < hi {
            if source[i] == 0x3C { return nil }
            i += 1
        }
        while lo < hi, Self.isBlank(source[lo]) { lo += 1 }
        while hi > lo, Self.isBlank(source[hi - 1]) { hi -= 1 }
        return lo..<hi
    }

    /// The raw wikitext of an argument, comments removed and trimmed: for switches such as
    /// `df=y` or `abbr=on` and for names such as a party (`{{party color|Labour Party (UK)}}`).
    func raw(_ node: Node?) -> String {
        node?.textWithoutComments ?? ""
    }

    /// `raw(node).isEmpty` (true when absent), with no string made when the argument holds
    /// no comment: it is blank when every byte is whitespace as `trimmedText` trims it.
    func isBlank(_ node: Node?) -> Bool {
        guard let node else { return true }
        guard !document.contains(.comment, below: node.id) else { return raw(node).isEmpty }
        let range = node.range
        return document.source.withUnsafeBufferPointer { source in
            for i in range where !(source[i] == 0x20 || source[i] == 0x09 || source[i] == 0x0A
                                   || source[i] == 0x0D || source[i] == 0x0C) { return false }
            return true
        }
    }

    /// The raw text of positional argument `index`, trimmed ("" when absent).
    func raw(_ index: Int) -> String { raw(argument(index)) }

    /// The raw text of a named argument, trimmed ("" when absent).
    func raw(_ key: String) -> String { raw(named(key)) }

    /// The number of positional arguments (explicit numeric keys included).
    var positionalCount: Int {
        var count = 0, highest = 0
        var parameter = document.firstChild(of: id, kind: .parameter)
        while parameter >= 0 {
            let name = document.firstChild(of: parameter, kind: .parameterName)
            if name < 0 {
                count += 1
            } else {
                highest = max(highest, Self.countedPosition(keyBytes(name)))
            }
            parameter = nextParameter(after: parameter)
        }
        return max(count, highest)
    }

    /// Every positional argument up to ``positionalCount``, argument `i` at offset `i - 1`, each
    /// as ``argument(_:)`` gives it (an explicit `i=` wins), in one walk over the parameters:
    /// asking `argument(i)` for every `i` walks them all each time, quadratic in a list of
    /// thousands of items.
    func positionalArguments() -> [Node?] {
        var positional: [Int32] = []
        var explicit: [Int: Int32] = [:]  // the value of the last `k=` per number k
        var highest = 0
        var parameter = document.firstChild(of: id, kind: .parameter)
        while parameter >= 0 {
            let value = document.firstChild(of: parameter, kind: .parameterValue)
            let name = document.firstChild(of: parameter, kind: .parameterName)
            if name >= 0 {
                let bytes = keyBytes(name)
                if let k = Self.decimal(bytes) { explicit[k] = value }
                highest = max(highest, Self.countedPosition(bytes))
            } else {
                positional.append(value)
            }
            parameter = nextParameter(after: parameter)
        }
        return (0..<max(positional.count, highest)).map { i in
            let named = explicit[i + 1] ?? -1
            let found = named >= 0 ? named : (i < positional.count ? positional[i] : -1)
            return found >= 0 ? document.node(found) : nil
        }
    }

    /// The position a numbered key adds to ``positionalCount``: its number when it is one to
    /// three digits (`2=`, `03=`), else 0.
    private static func countedPosition(_ key: ArraySlice<UInt8>) -> Int {
        guard !key.isEmpty, key.count < 4, key.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return 0 }
        return key.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    /// The number a key spells as `String(number)` does (digits, no sign, no leading zero), or nil.
    private static func decimal(_ key: ArraySlice<UInt8>) -> Int? {
        guard let first = key.first, first >= 0x31, first <= 0x39, key.count <= 18,
              key.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return key.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    /// The next `parameter` child of the template after `parameter`, or -1.
    private func nextParameter(after parameter: Int32) -> Int32 {
        var next = document.nextSibling(of: parameter)
        while next >= 0 && document.kind(of: next) != .parameter { next = document.nextSibling(of: next) }
        return next
    }

    /// The bytes of a parameter key (node `name`), trimmed (comments removed only when there are any).
    private func keyBytes(_ name: Int32) -> ArraySlice<UInt8> {
        let source = document.source
        let range = document.range(of: name)
        var lo = range.lowerBound, hi = range.upperBound
        if source[lo..<hi].contains(0x3C) { return ArraySlice(document.node(name).textWithoutComments.utf8) }  // `<!--`
        while lo < hi, Self.isBlank(source[lo]) { lo += 1 }
        while hi > lo, Self.isBlank(source[hi - 1]) { hi -= 1 }
        return source[lo..<hi]
    }

    /// True when `key` spells `number` in decimal as `String(number)` does (no sign, no leading zero).
    private static func isNumber(_ key: ArraySlice<UInt8>, _ number: Int) -> Bool {
        spells(key, String(number))
    }

    /// True when `bytes` are the UTF-8 of `key` (lengths compared first: most keys differ there).
    private static func spells(_ bytes: ArraySlice<UInt8>, _ key: String) -> Bool {
        let utf8 = key.utf8
        guard bytes.count == utf8.count else { return false }
        return utf8.withContiguousStorageIfAvailable { k in k.elementsEqual(bytes) } ?? bytes.elementsEqual(utf8)
    }

    @inline(__always) private static func isBlank(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
    }
}

/// Parameter names a renderer asks for in order of preference (`title`, `trans-title` …), as
/// UTF-8 bytes back to back: made once per renderer, compared with a parameter's name bytes.
struct ParameterKeys: Sendable {
    /// The keys' bytes, back to back.
    private let bytes: [UInt8]
    /// Where each key ends in `bytes`.
    private let ends: [Int]
    /// Per name length, one bit per key of that length: a name is compared only with those.
    private let byLength: [UInt64]

    /// The keys, at most 64.
    init(_ keys: [String]) {
        precondition(keys.count <= 64, "at most 64 keys")
        var bytes: [UInt8] = [], ends: [Int] = []
        var byLength: [UInt64] = []
        for (k, key) in keys.enumerated() {
            bytes += key.utf8
            ends.append(bytes.count)
            let length = key.utf8.count
            if byLength.count <= length { byLength += repeatElement(0, count: length + 1 - byLength.count) }
            byLength[length] |= 1 << UInt64(k)
        }
        self.bytes = bytes
        self.ends = ends
        self.byLength = byLength
    }

    /// How many keys there are.
    var count: Int { ends.count }

    /// One bit per key (bit 0 for the first) that `name` spells.
    func matches(_ name: UnsafeBufferPointer<UInt8>) -> UInt64 {
        // Only the keys of the name's length can match it; most names have none.
        guard name.count < byLength.count else { return 0 }
        var candidates = byLength[name.count]
        guard candidates != 0 else { return 0 }
        var found: UInt64 = 0
        bytes.withUnsafeBufferPointer { all in
            while candidates != 0 {
                let k = candidates.trailingZeroBitCount
                let end = ends[k]
                if CellString.sameBytes(UnsafeBufferPointer(rebasing: all[(end - name.count)..<end]), name) { found |= 1 << UInt64(k) }
                candidates &= candidates &- 1
            }
        }
        return found
    }
}
