import WikiModel

/// A cell's `attributes` written straight from their bytes in the page source: the same bytes
/// as `writePairs(content.attributes, …)`, without the strings `attributes` makes.
extension ArticleJSON {
    /// The most attributes the direct path keeps track of for skipping repeated names; a cell
    /// with more (none in practice) takes the general path.
    static let maxSourceAttributes = 16

    /// Writes `,"attributes":{…}` (pretty `, "attributes": {…}`) after the first member of a
    /// cell, for a cell whose attributes are a range of the page source, and returns true.
    /// Returns false, having written nothing, when it cannot: attributes that are not a source
    /// range or that turn out empty, a byte outside ASCII anywhere in them (names are then
    /// lower-cased by Unicode rules and invalid UTF-8 is repaired), or too many of them.
    static func writeSourceAttributes(of content: CellContent, to json: inout JSONWriter) -> Bool {
        let mark = json.count
        json.putMember("attributes", first: false)
        json.appendRaw(UInt8(ascii: "{"))
        var usable = true
        var written = 0
        let done = withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: maxSourceAttributes) { names in
            let isRange = content.forEachSourceAttribute { name, value in
                guard usable else { return }
                guard written < maxSourceAttributes, isASCII(name), isASCII(value) else { usable = false; return }
                let memberStart = json.count
                if written > 0 { json.putInlineComma() }
                let quoted = json.appendQuotedLowercased(name)
                // A repeated name keeps its first value, as in `writePairs`: compare the names as
                // written (escaping is one-to-one, so equal output means equal names).
                for k in 0..<written where json.sameBytes(names[k], quoted) {
                    json.count = memberStart
                    return
                }
                names[written] = quoted
                written += 1
                json.putKeyEnd()
                json.appendQuoted(utf8: value)
            }
            return isRange && usable && written > 0
        }
        guard done else {
            json.count = mark
            return false
        }
        json.appendRaw(UInt8(ascii: "}"))
        return true
    }

    /// True when every byte is ASCII, eight at a time.
    @inline(__always)
    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let n = bytes.count
        var i = 0
        var high: UInt64 = 0
        while i + 8 <= n {
            high |= UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            i += 8
        }
        while i < n {
            high |= UInt64(base[i])
            i += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }
}

extension JSONWriter {
    /// Appends `name` (ASCII) quoted and escaped with `A`–`Z` lower-cased, and returns where it
    /// went: the same bytes as quoting the lower-cased name, since no escape holds a capital.
    /// The output is ASCII, so it is lower-cased eight bytes at a time in place, the last word
    /// overlapping (lower-casing twice changes nothing).
    mutating func appendQuotedLowercased(_ name: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        assert(!name.contains { $0 >= 0x80 }, "JSONWriter: appendQuotedLowercased of a non-ASCII name")
        let start = count
        appendQuoted(utf8: name)  // reserved `name.count + 10` from `start`: room for a word there
        let n = count - start
        let p = UnsafeMutableRawPointer(buffer + start)
        if n < 8 {  // the bytes past the end become zeros, past `count`
            p.storeBytes(of: Self.lowercasedASCII(Self.loadShort(buffer + start, n)).littleEndian, as: UInt64.self)
        } else {
            var i = 0
            while i + 8 < n {
                let word = UInt64(littleEndian: p.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                p.storeBytes(of: Self.lowercasedASCII(word).littleEndian, toByteOffset: i, as: UInt64.self)
                i += 8
            }
            let word = UInt64(littleEndian: p.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self))
            p.storeBytes(of: Self.lowercasedASCII(word).littleEndian, toByteOffset: n - 8, as: UInt64.self)
        }
        return start..<count
    }

    /// Eight ASCII bytes with `A`–`Z` lower-cased: a byte is a capital when adding 0x3F sets its
    /// high bit and adding 0x25 does not (no carry leaves a byte below 0x80); that bit, shifted
    /// to 0x20, is the case bit.
    @inline(__always)
    static func lowercasedASCII(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let capitals = (word &+ ones &* 0x3F) & ~(word &+ ones &* 0x25) & (ones &* 0x80)
        return word | capitals >> 2
    }

    /// True when the output bytes in `a` and `b` are the same.
    func sameBytes(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        CellString.sameBytes(UnsafeBufferPointer(start: buffer + a.lowerBound, count: a.count),
                             UnsafeBufferPointer(start: buffer + b.lowerBound, count: b.count))
    }

    /// `:` (pretty `: `) after a key written by the caller.
    @inline(__always)
    mutating func putKeyEnd() { putMark(UInt8(ascii: ":")) }
}
