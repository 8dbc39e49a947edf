import Wikitext

/// The names a template occurrence is known by.
///
/// MediaWiki resolves `{{Party_color}}`, `{{party  color}}` and `{{Template:Party color}}` to the
/// same page: `_` is a space, runs of spaces fold, a `Template:` prefix goes, and the first
/// letter's case does not matter.
struct TemplateName: Equatable {
    /// The name as counted in `templatesSeen`: folded as above, first letter lower-cased, the
    /// rest as written (`cite news`, `party color`, `Election box begin` → `election box begin`).
    /// Parser functions keep their colon (`formatnum:`, `#if:`); `#invoke:` keeps the module.
    let seen: String

    /// The registry key: `seen` with every ASCII letter lower-cased.
    var lookup: String {
        String(decoding: seen.utf8.map(Self.lower), as: UTF8.self)
    }

    /// Reads the name of a `template` node straight from the source bytes.
    init(of template: Node) {
        var out: [UInt8] = []
        Self.normalizedBytes(of: template, into: &out)
        seen = String(decoding: out, as: UTF8.self)
    }

    /// Normalizes raw name bytes (see the type's note).
    init(bytes raw: [UInt8], parserFunction: Bool = false) {
        var out: [UInt8] = []
        Self.normalize(raw[...], parserFunction: parserFunction, into: &out)
        seen = String(decoding: out, as: UTF8.self)
    }

    /// The normalized name of a `template` node (the bytes of `seen`) into a reusable buffer:
    /// lets a census count names without building a string for each occurrence.
    static func normalizedBytes(of template: Node, into out: inout [UInt8]) {
        normalizedBytes(of: template.id, in: template.document, into: &out)
    }

    /// `normalizedBytes(of:into:)` for the template node `id`, read by id (no `Node` per part).
    static func normalizedBytes(of id: Int32, in document: WikitextDocument, into out: inout [UInt8]) {
        let isFunction = isParserFunction(id, in: document)
        let source = document.source
        if let nameRange = plainNameRange(of: id, in: document) {
            normalize(source[nameRange], parserFunction: isFunction, into: &out)  // the usual case
            return
        }
        let nameID = document.firstChild(of: id)
        guard nameID >= 0, document.kind(of: nameID) == .templateName else {
            out.removeAll(keepingCapacity: true)
            return
        }
        var bytes: [UInt8] = []
        var part = document.firstChild(of: nameID)
        while part >= 0 {
            if document.kind(of: part) != .comment { bytes += source[document.range(of: part)] }
            part = document.nextSibling(of: part)
        }
        normalize(bytes[...], parserFunction: isFunction, into: &out)
    }

    /// The source range of the template node `id`'s name when the name is one text run (the
    /// usual case: no comment or other part in it), else nil. The normalized name is a function
    /// of these bytes and the flavor alone, which lets a census remember spellings.
    @inline(__always)
    static func plainNameRange(of id: Int32, in document: WikitextDocument) -> Range<Int>? {
        let nameID = document.firstChild(of: id)
        guard nameID >= 0, document.kind(of: nameID) == .templateName else { return nil }
        let nameRange = document.range(of: nameID)
        let first = document.firstChild(of: nameID)
        guard first >= 0, document.kind(of: first) == .text, document.range(of: first) == nameRange else { return nil }
        return nameRange
    }

    /// True when the template node `id` is a parser function (`{{#if:…}}`, `{{formatnum:…}}`).
    @inline(__always)
    static func isParserFunction(_ id: Int32, in document: WikitextDocument) -> Bool {
        document.node(id).aux == Int(TemplateFlavor.parserFunction.rawValue)
    }

    /// Folds blanks and `_`, drops `Template:`, lower-cases the first letter (parser functions:
    /// the name before the colon), into `out`.
    static func normalize(_ raw: ArraySlice<UInt8>, parserFunction: Bool, into out: inout [UInt8]) {
        // Written through a buffer of the raw length (folding only shrinks), then cut to size.
        if out.count < raw.count { out.append(contentsOf: repeatElement(0, count: raw.count - out.count)) }
        let n = out.withUnsafeMutableBufferPointer { buffer in
            var n = 0
            var pendingSpace = false
            for b in raw {
                if b == 0x20 || b == 0x5F || b == 0x09 || b == 0x0A || b == 0x0D {
                    pendingSpace = n > 0
                    continue
                }
                if pendingSpace { buffer[n] = 0x20; n += 1; pendingSpace = false }
                buffer[n] = b
                n += 1
            }
            return n
        }
        out.removeLast(out.count - n)
        if parserFunction, let colon = out.firstIndex(of: 0x3A) {
            for i in 0..<colon { out[i] = Self.lower(out[i]) }
            if !out[..<colon].elementsEqual("#invoke".utf8) { out.removeSubrange((colon + 1)...) }
        } else if Self.hasPrefix(out, "template:") {
            out.removeFirst(9)
            while out.first == 0x20 { out.removeFirst() }
        }
        if let first = out.first { out[0] = Self.lower(first) }
    }

    /// True when `bytes` starts with the lower-case ASCII `prefix`, ignoring ASCII case.
    static func hasPrefix(_ bytes: [UInt8], _ prefix: StaticString) -> Bool {
        guard bytes.count >= prefix.utf8CodeUnitCount else { return false }
        let p = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        for i in 0..<p.count where lower(bytes[i]) != p[i] { return false }
        return true
    }

    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
}
