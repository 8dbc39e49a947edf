extension Node {
    /// The node's text with leading and trailing whitespace removed.
    public var trimmedText: String {
        let source = document.source
        var s = range.lowerBound, e = range.upperBound
        while s < e && ByteClass.isSpace(source[s]) { s += 1 }
        while e > s && ByteClass.isSpace(source[e - 1]) { e -= 1 }
        return document.string(s..<e)
    }

    /// The node's text without comments, trimmed: how MediaWiki reads a template name or a
    /// parameter key.
    public var textWithoutComments: String {
        // Keys and names almost never hold a comment: then the text is a slice of the source.
        if !document.contains(.comment, below: id) { return trimmedText }
        var out: [UInt8] = []
        var cursor = range.lowerBound
        for node in descendants where node.kind == .comment {
            if node.range.lowerBound > cursor { out += document.source[cursor..<node.range.lowerBound] }
            cursor = max(cursor, node.range.upperBound)
        }
        if range.upperBound > cursor { out += document.source[cursor..<range.upperBound] }
        return String(decoding: out, as: UTF8.self).trimmingWikiWhitespace()
    }
}

extension String {
    /// Trims ASCII whitespace (space, tab, newline, carriage return, form feed).
    public func trimmingWikiWhitespace() -> String {
        var copy = self
        return copy.withUTF8 { bytes in
            var s = 0, e = bytes.count
            while s < e && ByteClass.isSpace(bytes[s]) { s += 1 }
            while e > s && ByteClass.isSpace(bytes[e - 1]) { e -= 1 }
            if s == 0 && e == bytes.count { return self }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<e]), as: UTF8.self)
        }
    }
}
