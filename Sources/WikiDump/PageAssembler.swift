/// Turns a scanned page into a `DumpPage`, applying the filters cheapest first so that rejected
/// pages are never decoded in full.
struct PageAssembler: Sendable {
    let options: DumpOptions
    let path: String

    /// The page, nil when a filter drops it. Throws a recoverable `.malformedPage` error.
    func assemble(_ page: ScannedPage) throws -> DumpPage? {
        let s = page.syntax
        let fields: PageFields
        do {
            fields = try PageParser.parse(s, page.range)
        } catch {
            throw DumpError(.malformedPage, path: path, error.message,
                            offset: page.offset + (error.at - page.range.lowerBound))
        }
        let ns = try fields.namespace.map { try number($0, s, page, "<ns>") } ?? 0
        if let keep = options.namespaces, !keep.contains(ns) { return nil }
        if options.skipRedirects && fields.redirect != nil { return nil }
        guard let titleRange = fields.title, let idRange = fields.id else { return nil }  // checked by the parser
        let title = EntityDecoder.string(UnsafeRawBufferPointer(rebasing: s.bytes[titleRange]))
        if let f = options.titleFilter, !f(title) { return nil }
        let text = fields.text.map { EntityDecoder.decode(UnsafeRawBufferPointer(rebasing: s.bytes[$0])) } ?? []
        if text.count > options.maxTextBytes {
            throw DumpError(.pageTooLarge, path: path,
                            "skipped: text is \(text.count) bytes, over the limit of \(options.maxTextBytes)",
                            offset: page.offset, title: title, pageID: try? number(idRange, s, page, "<id>"))
        }
        if let f = options.textFilter, !text.withUnsafeBytes({ f($0) }) { return nil }
        return DumpPage(
            title: title,
            namespace: ns,
            id: try number(idRange, s, page, "<id>"),
            redirect: fields.redirect.map { EntityDecoder.attributeString(UnsafeRawBufferPointer(rebasing: s.bytes[$0])) },
            revisionID: try fields.revisionID.map { try number($0, s, page, "revision <id>") },
            timestamp: fields.timestamp.map { EntityDecoder.string(UnsafeRawBufferPointer(rebasing: s.bytes[trimmed($0, s)])) },
            text: text,
            textDeleted: fields.textDeleted,
            offset: page.offset,
            compressedOffset: page.compressedOffset)
    }

    /// A decimal integer with optional sign and surrounding whitespace; overflow is an error.
    private func number(_ r: Range<Int>, _ s: XMLSyntax, _ page: ScannedPage, _ what: String) throws -> Int {
        let t = trimmed(r, s)
        var i = t.lowerBound
        let e = t.upperBound
        var negative = false
        if i < e && s[i] == UInt8(ascii: "-") { negative = true; i += 1 }
        var value = 0
        var ok = i < e
        while i < e && ok {
            let d = Int(s[i]) - 48
            ok = d >= 0 && d <= 9
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(d)
            ok = ok && !o1 && !o2
            value = a
            i += 1
        }
        guard ok else {
            throw DumpError(.malformedPage, path: path, "\(what) is not a number",
                            offset: page.offset + (r.lowerBound - page.range.lowerBound))
        }
        return negative ? -value : value
    }

    private func trimmed(_ r: Range<Int>, _ s: XMLSyntax) -> Range<Int> {
        var i = r.lowerBound, e = r.upperBound
        while i < e && XMLSyntax.isSpace(s[i]) { i += 1 }
        while e > i && XMLSyntax.isSpace(s[e - 1]) { e -= 1 }
        return i..<e
    }
}
