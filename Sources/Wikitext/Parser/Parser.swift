/// The wikitext parser: one left-to-right pass over the bytes with an explicit stack of open
/// constructs, so nesting depth costs heap, not call stack, and time stays linear.
///
/// Tolerance works like MediaWiki's preprocessor: a construct that never closes is dissolved
/// back into text (its delimiters become text, the complete nodes inside it stay), without
/// re-scanning. Tables are the exception, as in MediaWiki's Parser::handleTables: one left
/// open is closed where its context ends (flagged `unterminated`). The stack distinguishes
/// *hard* frames (`{{`, `[[`, extension bodies), which only their own closer can end, from
/// *soft* frames (HTML tags, headings, external links, tables), which give way when a closer
/// for a frame below them arrives.
///
/// Methods that only read are `@inline(__always)`: a call from a mutating method to a
/// non-mutating one copies the whole parser struct first.
struct Parser: ~Copyable {
    let src: UnsafeBufferPointer<UInt8>
    let n: Int
    /// `ByteClass.specialTable`, held here so the scan loop does no global access.
    let special = ByteClass.specialTable
    /// `TagTable.slots`, held for the same reason.
    let tagSlots = TagTable.slots
    /// `URLSchemes.scanTable`, held for the same reason (read once per URL).
    let urlScan = URLSchemes.scanTable
    /// `ByteClass.lineOpenerTable`: the first bytes of a line `lineStart` may act on.
    let lineOpeners: UnsafePointer<UInt8>
    var nodes: NodeArena
    var stack = FrameStack()
    /// Repairs left for when their frames close (see `Fixups.swift`).
    var fixups: [Fixup] = []
    var pos = 0
    /// Start of the text not yet turned into a node.
    var textStart = 0
    var atLineStart = true
    var lineStartPos = 0
    /// A `;` line: its first `:` starts the definition.
    var definitionLine = false
    var definitionDepth = 0
    /// Closing-tag search results per extension tag, so repeated searches stay linear.
    /// Indexed by tag id; empty until the first search.
    var closeTagCache: [CloseTagSearch?] = []
    /// Position of the next `>` found by the last tag scan (tag scans stay linear).
    var nextGreaterThan = -1
    var flattenWork: [(Int32, Int32, Int)] = []
    /// Comments inside the URL being scanned (start and end of each); reused, and touched
    /// only when a URL holds one, so a URL without costs no array.
    var urlComments: [(Int, Int)] = []
    /// Every template and table node as it closes or opens (see ``ParsedKinds``): extractors
    /// then never scan the whole arena for them.
    var kinds = ParsedKinds()

    /// `gateLineStarts` false makes every line start run `lineStart` in full (tests pin the
    /// gate against it).
    init(_ src: UnsafeBufferPointer<UInt8>, gateLineStarts: Bool = true) {
        self.src = src
        self.n = src.count
        lineOpeners = gateLineStarts ? ByteClass.lineOpenerTable : ByteClass.anyByteTable
        // Pages average about one node per 8 bytes, table-heavy ones one per 3. Reserving for
        // the latter costs only address space (pages never written are never touched).
        nodes = NodeArena(capacity: src.count / 3 + 64)
    }

    /// Parses the whole buffer and returns the arena, which the caller must deallocate (node 0
    /// is the document), with the page's templates and tables.
    consuming func parse() -> (nodes: UnsafeBufferPointer<RawNode>, kinds: ParsedKinds) {
        _ = nodes.append(RawNode(kind: .document, start: 0, end: n, parent: -1))
        pushFrame(.document, node: 0, part: 0, prevLast: -1, limit: n)
        parseRedirect()
        var chunk = SpecialChunk()
        startLineIfDue()
        while true {
            let limit = stack.top.limit
            if pos >= limit {
                if stack.count == 1 { break }
                endOfContext()
                // A line start that met the end of a context waits for the text after it.
                startLineIfDue()
                continue
            }
            var b = src[pos]
            if special[Int(b)] == 0 {
                pos = scanText(from: pos &+ 1, limit: limit, chunk: &chunk)
                // Dispatch the special byte found here: no line starts after text, and the
                // checks at the loop's top would only be repeated.
                guard pos < limit else { continue }
                b = src[pos]
            }
            switch b {
            case 0x0A:
                newline()
                startLineIfDue()
            case UInt8(ascii: "{"): openBrace()
            case UInt8(ascii: "}"): closeBrace()
            case UInt8(ascii: "["): openBracket()
            case UInt8(ascii: "]"): closeBracket()
            case UInt8(ascii: "|"): pipe()
            case UInt8(ascii: "!"): bang()
            case UInt8(ascii: "="): equals()
            case UInt8(ascii: "<"): lessThan()
            case UInt8(ascii: "&"): ampersand()
            case UInt8(ascii: "'"): apostrophes()
            case UInt8(ascii: ":"): colon()
            case UInt8(ascii: "_"): underscore()
            default: pos += 1
            }
        }
        flushText(to: n)
        nodes[0].end = UInt32(n)
        settleFixups(from: 0)
        let arena = nodes.finish()
        kinds.settle(arena)
        return (arena, kinds)
    }

    /// Runs `lineStart` when a line has started and its first byte is before the limit: only
    /// a newline (or the page start) makes one due, so the scan loop never tests for it. A
    /// line whose first byte starts nothing (a letter, `[`, an empty line …) skips the call.
    @inline(__always)
    mutating func startLineIfDue() {
        if atLineStart && pos < stack.top.limit {
            atLineStart = false
            if lineOpeners[Int(src[pos])] != 0 { lineStart() }
        }
    }

    /// Skips bytes that start no markup: from the last chunk's lanes when `start` is in it,
    /// then 16 at a time while they last (noting the chunk a special byte is found in), then
    /// one by one. Returns the first special byte's offset, or `limit` if none is before it.
    @inline(__always)
    func scanText(from start: Int, limit: Int, chunk: inout SpecialChunk) -> Int {
        var i = start
        let k = start &- chunk.base
        if UInt(bitPattern: k) < 16 {
            if let j = chunk.first(from: k) { return Swift.min(chunk.base &+ j, limit) }
            i = chunk.base &+ 16
        }
        if i &+ 16 <= limit, let base = UnsafeRawPointer(src.baseAddress) {
            repeat {
                let bits = ByteClass.specialBits(in: base.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self))
                if bits != 0 {
                    chunk = SpecialChunk(base: i, bits: bits)
                    return i &+ bits.trailingZeroBitCount
                }
                i &+= 16
            } while i &+ 16 <= limit
        }
        while i < limit && special[Int(src[i])] == 0 { i &+= 1 }
        return Swift.min(i, limit)
    }

    /// The top frame's kind.
    @inline(__always)
    var topKind: FrameKind { stack.top.kind }

    /// The index of the nearest frame, from the top, that is not one of the inline soft
    /// frames (HTML tag, external link, heading).
    @inline(__always)
    func nearestStructural() -> Int { stack.top.structural }

    /// The index of the nearest hard frame.
    @inline(__always)
    var nearestHard: Int { stack.top.hard }

    /// Closes frames above index `i`, degrading each as MediaWiki would.
    mutating func unwind(above i: Int) {
        while stack.count - 1 > i { failTop() }
    }

    /// The current limit was reached: an extension body ends, or an open construct fails.
    mutating func endOfContext() {
        if topKind == .extensionBody {
            finishExtensionBody()
        } else {
            failTop()
        }
    }

    /// Closes the top frame because something below it closed or its context ended.
    mutating func failTop() {
        flushText(to: pos)
        switch stack.top.kind {
        case .document:
            return
        case .htmlTag:
            leaveTagUnclosed()
        case .heading:
            closeHeading()
        case .tableCell, .tableCaption, .tableRow:
            // The table below will dissolve these with itself.
            closeTablePart(at: pos)
        case .extensionBody:
            finishExtensionBody()
        case .table:
            closeUnterminatedTable()
        case .braces, .wikilink, .externalLink:
            dissolveTop()
        }
    }

    /// Pops the top frame and replaces its node by its flattened content.
    mutating func dissolveTop() {
        let f = stack.removeLast()
        dropFixups(from: f.fixups)
        nodes[f.node].parent = -1
        setEnd(f.part, pos)
        if f.param >= 0 { setEnd(f.param, pos) }
        setEnd(f.node, pos)
        let parent = stack.top.part
        let (head, tail) = flatten(f.node)
        let (h, t) = wrapIfFostered(parent: parent, head: head, tail: tail)
        replaceLastChild(of: parent, prev: f.prevLast, head: h, tail: t)
        textStart = pos
    }

    /// A list of nodes going straight into a table or row (outside cells) is wrapped in one
    /// `tableFostered` node, so that dissolving the table later splices it in O(1) instead of
    /// walking it again (nested failures would otherwise go quadratic).
    mutating func wrapIfFostered(parent: Int32, head: Int32, tail: Int32) -> (Int32, Int32) {
        let kind = nodes[parent].kind
        guard head >= 0, head != tail, kind == .table || kind == .tableRow else { return (head, tail) }
        let wrapper = newNode(.tableFostered, Int(nodes[head].start), Int(nodes[tail].end))
        nodes[wrapper].firstChild = head
        nodes[wrapper].lastChild = tail
        fixChildren(of: wrapper, after: -1, through: tail)  // final already: nothing joins a wrapper
        return (wrapper, wrapper)
    }

    @inline(__always)
    mutating func setEnd(_ node: Int32, _ end: Int) {
        nodes[node].end = UInt32(truncatingIfNeeded: end)
    }

    /// A `#REDIRECT` at the very start of the page.
    mutating func parseRedirect() {
        var p = 0
        while p < n && (src[p] == 0x20 || src[p] == 0x09 || src[p] == 0x0A) { p += 1 }
        let word: [UInt8] = Array("#redirect".utf8)
        guard p + word.count <= n else { return }
        for k in 0..<word.count where ByteClass.lower(src[p + k]) != word[k] { return }
        flushText(to: p)
        addChild(.redirect, p, p + word.count, to: 0)
        pos = p + word.count
        textStart = pos
        atLineStart = false
    }
}

/// A cached search for an extension tag's closing tag.
struct CloseTagSearch {
    var from: Int
    var limit: Int
    /// Start and end of the closing tag found, or -1.
    var start: Int
    var end: Int
}
