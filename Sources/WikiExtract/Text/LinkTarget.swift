import Wikitext

/// What the renderer needs to know about a wikilink's target, read from the source bytes
/// without building strings for links that do not need them.
struct LinkTarget {
    /// The namespace kinds that decide how a link renders.
    enum Namespace { case none, file, category }

    let document: WikitextDocument
    /// The `linkTarget` node's id, or -1.
    let target: Int32
    /// `File:`/`Image:` or `Category:` (not when written `[[:File:…]]`, which is a plain link).
    let namespace: Namespace

    /// The target of the `wikilink` node `link`; `source` is the document's (held by the caller).
    init(link: Int32, in document: WikitextDocument, source: [UInt8]) {
        self.document = document
        target = document.firstChild(of: link, kind: .linkTarget)
        guard target >= 0 else { namespace = .none; return }
        let range = document.range(of: target)
        var i = range.lowerBound
        let end = range.upperBound
        while i < end, source[i] == 0x20 || source[i] == 0x09 || source[i] == 0x0A { i += 1 }
        guard i < end, source[i] != 0x3A else { namespace = .none; return }  // `[[:Category:X]]`
        var j = i
        while j < end, j - i < 12, source[j] != 0x3A { j += 1 }
        guard j < end, source[j] == 0x3A else { namespace = .none; return }
        var k = j
        while k > i, source[k - 1] == 0x20 || source[k - 1] == 0x5F { k -= 1 }
        namespace = Self.match(source[i..<k], "category") ? .category
            : (Self.match(source[i..<k], "file") || Self.match(source[i..<k], "image")) ? .file : .none
    }

    /// The target as written without comments, trimmed, a leading `:` dropped.
    var text: String {
        guard target >= 0 else { return "" }
        var t = document.node(target).textWithoutComments
        // Only a string that starts with the byte `:` can start with the character `:`.
        if t.utf8.first == 0x3A, t.hasPrefix(":") { t.removeFirst() }
        return t
    }

    private static func match(_ bytes: ArraySlice<UInt8>, _ word: StaticString) -> Bool {
        guard bytes.count == word.utf8CodeUnitCount else { return false }
        let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for (a, b) in zip(bytes, w) where TemplateName.lower(a) != b { return false }
        return true
    }
}
