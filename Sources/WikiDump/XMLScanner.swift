#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One complete `<page>…</page>` in the scanner's buffer; valid until the next `nextPage()`.
struct ScannedPage {
    /// The scanner's whole buffer; `range` is the page within it.
    let syntax: XMLSyntax
    let range: Range<Int>
    /// Offset of `<page` in the decompressed stream.
    let offset: Int
    /// Compressed bytes consumed when the page was complete.
    let compressedOffset: Int
}

/// Streams `<page>` elements out of XML arriving in chunks, tag by tag with memchr.
///
/// Memory is bounded by the largest page: bytes before the current page are dropped on each
/// refill. In document mode the input must be a `<mediawiki>` document and must end with
/// `</mediawiki>`; in fragment mode (a multistream range) any sequence of pages is fine.
final class XMLScanner {
    private enum State { case outside, inPage, skipping, done }

    private let source: ByteSource
    private let path: String
    private let document: Bool
    private let maxPageBytes: Int
    private var buf: UnsafeMutableRawPointer
    private var capacity: Int
    private var end = 0, pos = 0, pageStart = 0
    /// Stream offset of `buf[0]`.
    private var base = 0
    private var state = State.outside
    private var atEOF = false
    private(set) var sawRootStart = false
    private(set) var sawRootEnd = false

    init(source: ByteSource, path: String, document: Bool, maxPageBytes: Int, initialCapacity: Int = 4 << 20) {
        self.source = source
        self.path = path
        self.document = document
        self.maxPageBytes = maxPageBytes
        capacity = max(initialCapacity, 4096)
        buf = .allocate(byteCount: capacity, alignment: 16)
    }

    deinit { buf.deallocate() }

    /// Decompressed bytes the scanner has looked at (drives progress and error offsets).
    var bytesScanned: Int { base + pos }
    /// Decompressed bytes read from the source so far.
    var bytesRead: Int { base + end }
    /// Compressed bytes consumed from the file so far.
    var compressedBytesRead: Int { source.compressedBytesRead }

    /// The next complete page, nil at the end of the input.
    func nextPage() throws -> ScannedPage? {
        do {
            return try scan()
        } catch let e as DumpError {
            if !e.isRecoverable { state = .done }
            throw e.located(offset: base + pos, compressedOffset: source.compressedBytesRead)
        }
    }

    private func scan() throws -> ScannedPage? {
        while true {
            if state == .done { return nil }
            let syntax = XMLSyntax(bytes: UnsafeRawBufferPointer(start: buf, count: end))
            guard let lt = syntax.find(UInt8(ascii: "<"), from: pos, to: end) else {
                if document && !sawRootStart { try checkProlog(syntax, pos..<end) }
                pos = end
                if try !refill() { return nil }
                continue
            }
            if document && !sawRootStart { try checkProlog(syntax, pos..<lt) }
            switch syntax.markup(at: lt, to: end) {
            case .incomplete:
                pos = lt
                if try !refill() { return nil }
            case .invalid:
                if document && !sawRootStart { throw notADump(syntax) }
                pos = lt + 1
            case .other(let e):
                pos = e
            case .end(let name, let e):
                pos = e
                if state == .outside {
                    if syntax.equals(name, "mediawiki") {
                        sawRootEnd = true
                        if document { try drain(); return nil }
                    }
                } else if syntax.equals(name, "page") {
                    let wasSkipping = state == .skipping
                    state = .outside
                    if !wasSkipping && e - pageStart > maxPageBytes { throw tooLarge() }
                    if !wasSkipping {
                        return ScannedPage(syntax: syntax, range: pageStart..<e, offset: base + pageStart,
                                           compressedOffset: source.compressedBytesRead)
                    }
                }
            case .start(let name, _, let selfClosing, let e):
                pos = e
                guard state == .outside else { continue }
                if document && !sawRootStart && !syntax.equals(name, "mediawiki") { throw notADump(syntax) }
                if syntax.equals(name, "mediawiki") {
                    sawRootStart = true
                } else if syntax.equals(name, "page") {
                    pageStart = lt
                    if selfClosing {
                        return ScannedPage(syntax: syntax, range: lt..<e, offset: base + lt,
                                           compressedOffset: source.compressedBytesRead)
                    }
                    state = .inPage
                }
            }
        }
    }

    /// Reads more input, dropping what is no longer needed and growing for a large page.
    /// Returns false when the input ended cleanly; throws when it ended too early.
    private func refill() throws -> Bool {
        if atEOF { return try endOfInput() }
        if state == .skipping { pageStart = pos }
        let keep = state == .outside ? pos : min(pageStart, pos)
        if state == .inPage && end - pageStart > maxPageBytes {
            state = .skipping
            throw tooLarge()
        }
        if end - keep > maxPageBytes {
            // Only an unterminated comment, CDATA section or tag gets here outside a page.
            throw DumpError(.malformedXML, path: path, "markup longer than \(maxPageBytes) bytes never ends",
                            offset: base + keep)
        }
        let readSize = 1 << 20
        if keep > 0 && capacity - end < readSize {
            memmove(buf, buf + keep, end - keep)
            base += keep; end -= keep; pos -= keep
            pageStart = max(pageStart - keep, 0)
        }
        if capacity - end < readSize / 4 {
            // A page bigger than the buffer: grow (the copy happens once per doubling).
            let bigger = capacity * 2
            let nb = UnsafeMutableRawPointer.allocate(byteCount: bigger, alignment: 16)
            nb.copyMemory(from: buf, byteCount: end)
            buf.deallocate()
            buf = nb
            capacity = bigger
        }
        let n = try source.read(into: UnsafeMutableRawBufferPointer(start: buf + end, count: capacity - end))
        end += n
        if n == 0 { atEOF = true; return try endOfInput() }
        return true
    }

    private func endOfInput() throws -> Bool {
        let wasIn = state
        state = .done
        switch wasIn {
        case .inPage, .skipping:
            throw DumpError(.truncatedXML, path: path, "XML ends inside the <page> that starts at byte \(base + pageStart)",
                            offset: base + end)
        case .outside where document:
            if base + end == 0 { throw DumpError(.empty, path: path, "the input is empty") }
            if !sawRootStart {
                throw DumpError(.notADump, path: path, "not a MediaWiki XML dump (no <mediawiki> element)")
            }
            if !sawRootEnd {
                throw DumpError(.truncatedXML, path: path, "XML ends before </mediawiki> (file truncated?)",
                                offset: base + end)
            }
        default: break
        }
        return false
    }

    /// Before `<mediawiki>` only whitespace, a byte-order mark and markup may appear.
    private func checkProlog(_ syntax: XMLSyntax, _ r: Range<Int>) throws {
        for i in r {
            let b = syntax[i]
            if XMLSyntax.isSpace(b) { continue }
            if base + i < 3 && (b == 0xEF || b == 0xBB || b == 0xBF) { continue }
            throw notADump(syntax)
        }
    }

    /// Reads what follows `</mediawiki>` so damage in the rest of a bzip2 file is reported
    /// and the byte counts are complete.
    private func drain() throws {
        state = .done
        base += end
        end = 0; pos = 0  // count the bytes but do not keep them
        while !atEOF {
            let n = try source.read(into: UnsafeMutableRawBufferPointer(start: buf, count: capacity))
            base += n
            atEOF = n == 0
        }
    }

    /// The page starting at `pageStart` is too large; its start is still in the buffer and names it.
    private func tooLarge() -> DumpError {
        let syntax = XMLSyntax(bytes: UnsafeRawBufferPointer(start: buf, count: end))
        let head = pageStart..<min(end, pageStart + (1 << 16))
        let (title, id) = PageParser.identity(syntax, head)
        return DumpError(.pageTooLarge, path: path, "skipped: page larger than \(maxPageBytes) bytes of XML",
                         offset: base + pageStart, title: title, pageID: id)
    }

    private func notADump(_ syntax: XMLSyntax) -> DumpError {
        DumpError(.notADump, path: path, "not a MediaWiki XML dump (expected <mediawiki>)", offset: base + pos)
    }
}
