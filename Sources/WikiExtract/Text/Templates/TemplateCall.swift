import Wikitext

/// A template occurrence as a renderer sees it: its arguments by position and by name.
///
/// Built once per rendered template with one pass over its parameters; values are nodes, so
/// a renderer can pass them on to be rendered (links, markup and nested templates included).
struct TemplateCall {
    /// The `template` node.
    let node: Node
    /// The registry key the template was found under (lower-cased, spaces folded).
    let key: String
    /// For subpage families (`{{party shading/Labour}}`): the part after the `/`, as written.
    let subpage: String?
    /// Positional argument values in order (`{{x|a|b}}` → a, b); whitespace kept as written.
    private(set) var positional: [Node?] = []
    /// Named arguments in source order: the key's node and the value.
    private(set) var named: [(key: Node, value: Node?)] = []

    init(node: Node, key: String, subpage: String?) {
        self.node = node
        self.key = key
        self.subpage = subpage
        for parameter in node.children where parameter.kind == .parameter {
            let value = parameter.child(.parameterValue)
            if let name = parameter.child(.parameterName) {
                named.append((name, value))
            } else {
                positional.append(value)
            }
        }
    }

    /// The value of positional argument `index` (1-based); an explicit `1=` wins, as in MediaWiki.
    func argument(_ index: Int) -> Node? {
        if !named.isEmpty, let explicit = self.named(String(index)) { return explicit }
        return index >= 1 && index <= positional.count ? positional[index - 1] : nil
    }

    /// The value of a named argument (the last one wins, as in MediaWiki).
    func named(_ key: String) -> Node? {
        var found: Node?
        for (name, value) in named where Self.keyBytes(name).elementsEqual(key.utf8) { found = value }
        return found
    }

    /// The bytes of a parameter key, trimmed (comments removed only when there are any).
    static func keyBytes(_ name: Node) -> ArraySlice<UInt8> {
        let source = name.document.source
        var lo = name.range.lowerBound, hi = name.range.upperBound
        if source[lo..<hi].contains(0x3C) { return ArraySlice(name.textWithoutComments.utf8) }  // `<!--`
        while lo < hi, isBlank(source[lo]) { lo += 1 }
        while hi > lo, isBlank(source[hi - 1]) { hi -= 1 }
        return source[lo..<hi]
    }

    @inline(__always) private static func isBlank(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
    }

    /// The first named argument present among `keys` (aliases, in order of preference).
    func named(_ keys: [String]) -> Node? {
        for key in keys { if let v = named(key) { return v } }
        return nil
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
        var count = positional.count
        for (key, _) in named {
            let bytes = Self.keyBytes(key)
            guard !bytes.isEmpty, bytes.count < 4, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { continue }
            let n = bytes.reduce(0) { $0 * 10 + Int($1 - 0x30) }
            if n > count { count = n }
        }
        return count
    }
}
