/// Where the parts of one `<page>` that we keep are, as offsets into the scanner's buffer.
/// Ranges are raw (still escaped) bytes.
struct PageFields {
    var title: Range<Int>?
    var namespace: Range<Int>?
    var id: Range<Int>?
    /// The raw value of `<redirect title="…"/>`.
    var redirect: Range<Int>?
    var hasRevision = false
    var revisionID: Range<Int>?
    var timestamp: Range<Int>?
    /// The content of `<text>`; nil when the element is self-closing or absent.
    var text: Range<Int>?
    var textDeleted = false
}

/// A complete `<page>` that cannot be used; `at` is an offset into the buffer.
struct PageProblem: Error {
    let message: String
    let at: Int
}

/// Finds the fields of one complete `<page>…</page>` by walking its tags.
///
/// Only the direct children of `<page>` and of its `<revision>` count, so the `<id>` of a
/// `<contributor>` is never taken for the revision id. With several revisions the last wins.
enum PageParser {
    private enum Field { case title, namespace, id, revisionID, timestamp, text }

    /// The fields of the complete page in `page`. With `partial`, `page` may be only the start
    /// of a page, and the fields complete so far are returned instead of a `PageProblem`.
    static func parse(_ syntax: XMLSyntax, _ page: Range<Int>, partial: Bool = false) throws(PageProblem) -> PageFields {
        var fields = PageFields()
        var depth = 0  // open elements, counting <page> itself
        var inRevision = false
        var open: (field: Field, name: Range<Int>, contentStart: Int, depth: Int)?
        var i = page.lowerBound
        let end = page.upperBound
        while let lt = syntax.find(UInt8(ascii: "<"), from: i, to: end) {
            switch syntax.markup(at: lt, to: end) {
            case .incomplete, .invalid:
                i = lt + 1  // a stray `<` in content; the scanner treated it the same way
            case .other(let e):
                i = e
            case .end(let name, let e):
                i = e
                depth -= 1
                if let o = open, depth == o.depth {
                    guard syntax.bytes[o.name].elementsEqual(syntax.bytes[name]) else {
                        throw PageProblem(message: "mismatched end tag", at: lt)
                    }
                    set(o.field, o.contentStart..<lt, in: &fields)
                    open = nil
                } else if depth == 1 && inRevision {
                    inRevision = false
                }
                if depth <= 0 { return try checked(fields, page) }
            case .start(let name, let attrs, let selfClosing, let e):
                i = e
                let field = classify(syntax, name, depth: depth, inRevision: inRevision)
                if depth == 1 && syntax.equals(name, "revision") && !selfClosing {
                    inRevision = true
                    fields.hasRevision = true
                    fields.revisionID = nil; fields.timestamp = nil; fields.text = nil; fields.textDeleted = false
                } else if depth == 1 && syntax.equals(name, "redirect") {
                    fields.redirect = syntax.attribute("title", in: attrs) ?? fields.redirect
                }
                if field == .text {
                    fields.textDeleted = syntax.attribute("deleted", in: attrs) != nil
                    fields.text = nil
                }
                if let field, open == nil {
                    if selfClosing {
                        set(field, e..<e, in: &fields)
                        if field == .text { fields.text = nil }
                    } else {
                        open = (field, name, e, depth)
                    }
                }
                if !selfClosing { depth += 1 }
            }
        }
        if partial { return fields }
        throw PageProblem(message: "page ends before </page>", at: page.lowerBound)
    }

    /// The title and id of a page from its first bytes (for reporting a page that is skipped
    /// before it is complete); nil where they are not there.
    static func identity(_ syntax: XMLSyntax, _ start: Range<Int>) -> (title: String?, id: Int?) {
        guard let fields = try? parse(syntax, start, partial: true) else { return (nil, nil) }
        let title = fields.title.map { EntityDecoder.string(UnsafeRawBufferPointer(rebasing: syntax.bytes[$0])) }
        var id: Int?
        if let r = fields.id {
            let digits = syntax.bytes[r].filter { !XMLSyntax.isSpace($0) }
            if !digits.isEmpty && digits.count < 19 && digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                id = digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
            }
        }
        return (title, id)
    }

    private static func classify(_ s: XMLSyntax, _ name: Range<Int>, depth: Int, inRevision: Bool) -> Field? {
        if depth == 1 {
            if s.equals(name, "title") { return .title }
            if s.equals(name, "ns") { return .namespace }
            if s.equals(name, "id") { return .id }
        } else if depth == 2 && inRevision {
            if s.equals(name, "id") { return .revisionID }
            if s.equals(name, "timestamp") { return .timestamp }
            if s.equals(name, "text") { return .text }
        }
        return nil
    }

    private static func set(_ field: Field, _ r: Range<Int>, in f: inout PageFields) {
        switch field {
        case .title: if f.title == nil { f.title = r }
        case .namespace: if f.namespace == nil { f.namespace = r }
        case .id: if f.id == nil { f.id = r }
        case .revisionID: if f.revisionID == nil { f.revisionID = r }
        case .timestamp: if f.timestamp == nil { f.timestamp = r }
        case .text: f.text = r
        }
    }

    private static func checked(_ f: PageFields, _ page: Range<Int>) throws(PageProblem) -> PageFields {
        if f.title == nil { throw PageProblem(message: "page without <title>", at: page.lowerBound) }
        if f.id == nil { throw PageProblem(message: "page without <id>", at: page.lowerBound) }
        return f
    }
}
