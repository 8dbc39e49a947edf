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

    /// The first named argument present among `keys` (aliases, in order of preference): as
    /// `named(key)` for each key in turn, in one walk over the parameters (a citation asks for
    /// a dozen aliases).
    func named(_ keys: [String]) -> Node? {
        named(ParameterKeys(keys))
    }

    /// ``named(_:)-([String])`` for keys already held as bytes: each parameter's name is
    /// compared by length, then by bytes, with no string touched.
    func named(_ keys: ParameterKeys) -> Node? {
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: keys.count) { last in
            // Per key: the value of its last occurrence (-1 when it has none), as `named(key)` finds it.
            last.initialize(repeating: -1)
            var parameter = document.firstChild(of: id, kind: .parameter)
            while parameter >= 0 {
                let name = document.firstChild(of: parameter, kind: .parameterName)
                if name >= 0 {
                    let bytes = keyBytes(name)
                    let value = bytes.withUnsafeBufferPointer { keys.matches($0) }
                    if value != 0 {
                        let v = document.firstChild(of: parameter, kind: .parameterValue)
                        for k in 0..<keys.count where value >> UInt64(k) & 1 != 0 { last[k] = v }
                    }
                }
                parameter = nextParameter(after: parameter)
            }
            guard let found = last.first(where: { $0 >= 0 }) else { return nil }
            return document.node(found)
        }
    }

    /// The raw wikitext of an argument, comments removed and trimmed: for switches such as
    /// `df=y` or `abbr=on` and for names such as a party (`{{party color|Labour Party (UK)}}`).
    func raw(_ node: Node?) -> String {
        node?.textWithoutComments ?? ""
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
                let bytes = keyBytes(name)
                if !bytes.isEmpty, bytes.count < 4, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                    highest = max(highest, bytes.reduce(0) { $0 * 10 + Int($1 - 0x30) })
                }
            }
            parameter = nextParameter(after: parameter)
        }
        return max(count, highest)
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

    /// The keys, at most 64.
    init(_ keys: [String]) {
        precondition(keys.count <= 64, "at most 64 keys")
        var bytes: [UInt8] = [], ends: [Int] = []
        for key in keys {
            bytes += key.utf8
            ends.append(bytes.count)
        }
        self.bytes = bytes
        self.ends = ends
    }

    /// How many keys there are.
    var count: Int { ends.count }

    /// One bit per key (bit 0 for the first) that `name` spells.
    func matches(_ name: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var found: UInt64 = 0
        bytes.withUnsafeBufferPointer { all in
            var start = 0
            for k in 0..<ends.count {
                let end = ends[k]
                if CellString.sameBytes(UnsafeBufferPointer(rebasing: all[start..<end]), name) { found |= 1 << UInt64(k) }
                start = end
            }
        }
        return found
    }
}
