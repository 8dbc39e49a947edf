import WikiModel

/// One column's name, built from the header cells above it (see
/// ``TableHeaders/columnNames(_:headerRows:width:)``): their texts on one line, outermost
/// first, each skipped when empty or equal to the part before it, joined with " / ". Works on
/// the cells' bytes, so a header cell costs no string of its own; one buffer serves every column.
/// The buffer is raw memory (``LayoutBuffer``): appending a part to an `[UInt8]` cost the
/// generic append path each time.
struct HeaderName: ~Copyable {
    private var buffer = LayoutBuffer<UInt8>(capacity: 64)
    private var lastStart = 0  // where the last part starts in the buffer

    /// No part so far.
    var isEmpty: Bool { buffer.count == 0 }

    /// The bytes so far.
    private var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: buffer.base, count: buffer.count) }

    /// The name (the parts are whole texts and the separator is ASCII, so decoding the joined
    /// bytes gives what joining the decoded texts would).
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Starts the next column's name, keeping the buffer.
    mutating func reset() {
        buffer.removeAll()
        lastStart = 0
    }

    /// Adds a header cell's text as the next part.
    mutating func add(_ content: CellContent) {
        let added = content.withText { text -> Bool in
            // Rendered text is trimmed with single spaces; only line breaks need work.
            guard !text.contains(0x0A) else { return addJoiningLines(text) }
            add(part: text)
            return true
        }
        if !added {
            var line = content.text.split(whereSeparator: { $0 == "\n" || $0 == " " }).joined(separator: " ")
            line.withUTF8 { add(part: $0) }
        }
    }

    /// Adds a text with line breaks as one line: its runs between spaces and line breaks,
    /// joined with single spaces. Only for ASCII text with no `\r`, where every byte is a
    /// Character of its own (so this splits exactly where splitting the string would); false
    /// otherwise, and nothing is added.
    private mutating func addJoiningLines(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !text.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return false }
        var line: [UInt8] = []
        line.reserveCapacity(text.count)
        var i = 0
        while i < text.count {
            let c = text[i]
            if c == 0x0A || c == 0x20 {
                i += 1
                continue
            }
            if !line.isEmpty { line.append(0x20) }
            while i < text.count && text[i] != 0x0A && text[i] != 0x20 {
                line.append(text[i])
                i += 1
            }
        }
        line.withUnsafeBufferPointer { add(part: $0) }
        return true
    }

    private mutating func add(part: UnsafeBufferPointer<UInt8>) {
        guard let from = part.baseAddress, !part.isEmpty else { return }
        if !isEmpty {
            if Self.same(part, UnsafeBufferPointer(rebasing: bytes[lastStart...])) { return }
            let separator = buffer.extend(by: 3)
            separator[0] = 0x20  // " / "
            separator[1] = 0x2F
            separator[2] = 0x20
        }
        lastStart = buffer.count
        buffer.extend(by: part.count).initialize(from: from, count: part.count)
    }

    /// Equal as strings: equal bytes, or (beyond ASCII) canonically equivalent once decoded.
    private static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        if CellString.sameBytes(a, b) { return true }
        guard a.contains(where: { $0 >= 0x80 }) || b.contains(where: { $0 >= 0x80 }) else { return false }
        return String(decoding: a, as: UTF8.self) == String(decoding: b, as: UTF8.self)
    }
}
