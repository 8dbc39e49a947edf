import Wikitext
import WikiModel
import WikiValues

/// Reads the parameters of one election template: keys matched loosely (case, spaces, `_`),
/// values rendered to plain text and parsed to numbers.
///
/// Works on node ids and source bytes: a key is kept as its byte range and compared with the
/// wanted key byte by byte, so reading a template builds no `Parameter`, no key string and no
/// dictionary. A value is rendered only when a caller asks for it.
struct TemplateFields {
    let document: WikitextDocument
    /// The template node.
    let template: Int32
    /// The parameters in source order (the last of a repeated key wins, as in MediaWiki).
    private var entries: [Entry] = []
    private let renderer: ValueRenderer

    /// Keys that are not a plain source range (see `Entry.spelled`).
    private var spelledKeys: [(spelled: String, normalized: [UInt8])] = []

    /// One parameter (plain data, so scans copy no references). The key is the trimmed source
    /// range `keyStart..<keyEnd` when it is ASCII without comments (nearly all keys);
    /// otherwise, and for positional parameters, `spelledKeys[spelled]` holds it as read
    /// (`Parameter.key`) and as `normalize` makes it.
    struct Entry {
        var parameter: Int32
        var value: Int32
        var keyStart = 0, keyEnd = 0
        var spelled: Int32 = -1
        var isNamed: Bool
        /// `hash` of the normalized key, when the template has at least `hashedFrom` entries.
        var hash: UInt64 = 0
    }

    /// From this many parameters on (`{{Election results}}` has hundreds), keys are hashed once
    /// so a lookup compares one integer per parameter; below it (an election box has a handful)
    /// hashing costs more than comparing the bytes, which mostly differ at once.
    private static let hashedFrom = 9
    private var hashed: Bool { entries.count >= Self.hashedFrom }
    /// From this many parameters on, the hashes are also indexed: the last entry with each hash
    /// (`chainHead`) and, for each entry, the one before it with the same hash (`chainNext`,
    /// -1 for none). A lookup then visits only entries with the wanted hash; a scan of every
    /// entry per lookup made a template of 40,000 rows take a minute (each row asks for its
    /// own keys). Below it a scan is cheaper than building the index.
    private static let indexedFrom = 256
    private var chainHead: [UInt64: Int32] = [:]
    private var chainNext: [Int32] = []

    init(_ template: Int32, in document: WikitextDocument, renderer: ValueRenderer) {
        self.document = document
        self.template = template
        self.renderer = renderer
        var position = 0
        entries.reserveCapacity(16)  // election box templates have a handful of parameters
        var p = document.firstChild(of: template)
        while p >= 0 {
            defer { p = document.nextSibling(of: p) }
            guard document.kind(of: p) == .parameter else { continue }
            let name = document.firstChild(of: p, kind: .parameterName)
            var entry = Entry(parameter: p, value: document.firstChild(of: p, kind: .parameterValue), isNamed: name >= 0)
            if let range = name < 0 ? nil : Self.plainKey(name, document) {
                (entry.keyStart, entry.keyEnd) = (range.lowerBound, range.upperBound)
            } else {
                // Positional, or a comment or a non-ASCII byte in the key: the string path, as
                // `Parameter.key` reads it.
                let key: String
                if name < 0 {
                    position += 1
                    key = String(position)
                } else {
                    key = document.node(name).textWithoutComments
                }
                let normalized = Array(Self.normalize(key).utf8)
                entry.spelled = Int32(spelledKeys.count)
                spelledKeys.append((key, normalized))
            }
            entries.append(entry)
        }
        guard hashed else { return }
        document.source.withUnsafeBufferPointer { source in
            for i in entries.indices {
                let entry = entries[i]
                if entry.spelled >= 0 {
                    entries[i].hash = spelledKeys[Int(entry.spelled)].normalized.withUnsafeBufferPointer { Self.hash($0, 0..<$0.count) }
                } else {
                    entries[i].hash = Self.hash(source, entry.keyStart..<entry.keyEnd)
                }
            }
        }
        guard entries.count >= Self.indexedFrom else { return }
        chainHead.reserveCapacity(entries.count)
        chainNext.reserveCapacity(entries.count)
        for i in entries.indices {
            chainNext.append(chainHead[entries[i].hash] ?? -1)
            chainHead[entries[i].hash] = Int32(i)
        }
    }

    /// True when the key hashes are indexed (see `indexedFrom`).
    private var isIndexed: Bool { !chainHead.isEmpty }

    /// The last entry whose key hashes to `wanted` and satisfies `match`, if any.
    private func indexedEntry(_ wanted: UInt64, _ match: (Int) -> Bool) -> Int? {
        var i = Int(chainHead[wanted] ?? -1)
        while i >= 0 {
            if match(i) { return i }
            i = Int(chainNext[i])
        }
        return nil
    }

    /// The trimmed byte range of a key that is ASCII and holds no comment, else nil.
    private static func plainKey(_ name: Int32, _ document: WikitextDocument) -> Range<Int>? {
        let range = document.range(of: name)
        return document.source.withUnsafeBufferPointer { source -> Range<Int>? in
            var s = range.lowerBound, e = range.upperBound
            for i in s..<e where source[i] >= 0x80 { return nil }
            // A lone text child holds no comment: the subtree search only for other names.
            let first = document.firstChild(of: name)
            if first >= 0, document.kind(of: first) != .text || document.nextSibling(of: first) >= 0,
               document.contains(.comment, below: name) { return nil }
            while s < e && KeyBytes.isSpace(source[s]) { s += 1 }
            while e > s && KeyBytes.isSpace(source[e - 1]) { e -= 1 }
            return s..<e
        }
    }

    /// `Seats %`, `seats%` and `seats_%` are one key; `votes1_2` (row 1, second round) and
    /// `votes12` (row 12) are two: an underscore between digits is kept.
    static func normalize(_ key: String) -> String {
        let bytes = Array(key.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            let scalars = Array(key.lowercased().unicodeScalars)
            func digit(_ k: Int) -> Bool { k >= 0 && k < scalars.count && scalars[k].properties.numericType == .decimal }
            var kept = String.UnicodeScalarView()
            for (k, c) in scalars.enumerated() where !(c == " " || c == "\t" || c == "\n" || (c == "_" && !(digit(k - 1) && digit(k + 1)))) {
                kept.append(c)
            }
            return String(kept)
        }
        // ASCII keys (nearly all): lower and drop blanks byte by byte.
        return bytes.withUnsafeBufferPointer { b in
            String(unsafeUninitializedCapacity: b.count) { out in
                var n = 0
                for i in b.indices where !isDropped(b, i, b.indices) {
                    out[n] = lower(b[i])
                    n += 1
                }
                return n
            }
        }
    }

    /// True when `bytes[i]` is left out of a key: a blank, or an underscore not between digits.
    @inline(__always) private static func isDropped(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ range: Range<Int>) -> Bool {
        let b = bytes[i]
        if b == 0x20 || b == 0x09 || b == 0x0A { return true }
        guard b == 0x5F else { return false }
        return !(i > range.lowerBound && i + 1 < range.upperBound && isDigit(bytes[i - 1]) && isDigit(bytes[i + 1]))
    }

    @inline(__always) private static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) private static func lower(_ b: UInt8) -> UInt8 { KeyBytes.lower(b) }

    /// FNV-1a over the bytes of `bytes[range]` as `normalize` leaves them.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in range where !isDropped(bytes, i, range) { h = (h ^ UInt64(lower(bytes[i]))) &* 0x100_0000_01b3 }
        return h
    }

    /// True when `a[ra]` and `b[rb]` normalize to the same bytes.
    private static func sameKey(_ a: UnsafeBufferPointer<UInt8>, _ ra: Range<Int>,
                                _ b: UnsafeBufferPointer<UInt8>, _ rb: Range<Int>) -> Bool {
        var i = ra.lowerBound, j = rb.lowerBound
        while true {
            while i < ra.upperBound && isDropped(a, i, ra) { i += 1 }
            while j < rb.upperBound && isDropped(b, j, rb) { j += 1 }
            if i == ra.upperBound || j == rb.upperBound { return i == ra.upperBound && j == rb.upperBound }
            if lower(a[i]) != lower(b[j]) { return false }
            i += 1
            j += 1
        }
    }

    /// The index of the parameter for a key (ASCII), if given; the last one wins. Keys are
    /// compared byte by byte, behind a hash check when the keys are hashed (`hashedFrom`).
    private func entry(_ key: String) -> Int? {
        var key = key
        return key.withUTF8 { k in
            var i = entries.count - 1
            if hashed {
                let wanted = Self.hash(k, 0..<k.count)
                if isIndexed { return indexedEntry(wanted) { matches(entries[$0], k) } }
                while i >= 0 {
                    if entries[i].hash == wanted && matches(entries[i], k) { return i }
                    i -= 1
                }
                return nil
            }
            while i >= 0 {
                if matches(entries[i], k) { return i }
                i -= 1
            }
            return nil
        }
    }

    /// True when the entry's key normalizes to the same bytes as the key `k`.
    private func matches(_ entry: Entry, _ k: UnsafeBufferPointer<UInt8>) -> Bool {
        if entry.spelled >= 0 {
            return spelledKeys[Int(entry.spelled)].normalized.withUnsafeBufferPointer { Self.sameKey($0, 0..<$0.count, k, 0..<k.count) }
        }
        return document.source.withUnsafeBufferPointer { Self.sameKey($0, entry.keyStart..<entry.keyEnd, k, 0..<k.count) }
    }

    /// True when the template gives the key (ASCII).
    func has(_ key: String) -> Bool { entry(key) != nil }

    /// The value node of the first of several keys that is given; nil when that parameter has
    /// no value node or none is given.
    private func value(anyOf keys: [String]) -> Int32? {
        for key in keys {
            if let i = entry(key) { return entries[i].value >= 0 ? entries[i].value : nil }
        }
        return nil
    }

    /// The value node of a key, as `value(anyOf: [key])` (no array for the common one-key call).
    private func value(_ key: String) -> Int32? {
        guard let i = entry(key) else { return nil }
        return entries[i].value >= 0 ? entries[i].value : nil
    }

    /// The rendered plain text of a parameter (nil when absent or blank).
    func text(_ key: String) -> String? { text(value: value(key)) }

    /// The rendered plain text of the first given of several keys.
    func text(_ keys: String...) -> String? { text(value: value(anyOf: keys)) }

    private func text(value: Int32?) -> String? {
        guard let value else { return nil }
        let text = renderer.render(value, in: document).text
        return text.isEmpty ? nil : text
    }

    /// Rendered text and the footnotes taken out of it.
    func rendered(_ key: String) -> RenderedText? {
        guard let value = value(key) else { return nil }
        return renderer.render(value, in: document)
    }

    /// True when the parameter's value opens with bold (`'''Name'''`), the mark of an elected
    /// candidate in single transferable vote boxes.
    func startsBold(_ key: String) -> Bool {
        guard let value = value(key) else { return false }
        var child = document.firstChild(of: value)
        while child >= 0, document.kind(of: child) == .text,
              document.source[document.range(of: child)].allSatisfy(Self.isBlank) {
            child = document.nextSibling(of: child)
        }
        guard child >= 0, document.kind(of: child) == .formatting else { return false }
        let apostrophes = document.node(child).aux
        return apostrophes == 3 || apostrophes == 5
    }

    /// A parameter's number: votes, seats, percentages, signed changes. Nil when absent,
    /// empty (`–`), or not a number (`''New''`).
    func number(_ key: String) -> Double? { number(value: value(key)) }

    /// The number of the first given of several keys.
    func number(_ keys: String...) -> Double? { number(value: value(anyOf: keys)) }

    /// A whole number, as for votes and seats.
    func integer(_ key: String) -> Int? { Self.whole(number(value: value(key))) }

    /// The whole number of the first given of several keys.
    func integer(_ keys: String...) -> Int? { Self.whole(number(value: value(anyOf: keys))) }

    /// `n` as an Int when it is a whole number of sensible size (votes, seats), else nil.
    static func whole(_ n: Double?) -> Int? {
        guard let n, n.rounded() == n, abs(n) < 1e15 else { return nil }
        return Int(n)
    }

    private func number(value: Int32?) -> Double? {
        guard let value else { return nil }
        if let n = plainNumber(value) { return n }
        return TemplateFields.number(in: renderer.render(value, in: document).text)
    }

    /// The number of a value that is one text of digits and `,.%+-` between blanks (`12,345`,
    /// ` 45.2 `), read from the source bytes: rendering would give exactly those bytes (a lone
    /// text run folds to itself, trimmed), so no string is built. `.some(nil)` is "not a
    /// number"; nil means the value needs rendering.
    private func plainNumber(_ value: Int32) -> Double?? {
        let text = document.firstChild(of: value)
        guard text >= 0, document.kind(of: text) == .text, document.nextSibling(of: text) < 0 else { return nil }
        let range = document.range(of: text)
        return document.source.withUnsafeBufferPointer { source -> Double?? in
            var s = range.lowerBound, e = range.upperBound
            while s < e && Self.isBlank(source[s]) { s += 1 }
            while e > s && Self.isBlank(source[e - 1]) { e -= 1 }
            guard s < e else { return nil }
            for i in s..<e {
                let b = source[i]
                guard (b >= 0x30 && b <= 0x39) || b == 0x2C || b == 0x2E || b == 0x25 || b == 0x2B || b == 0x2D else { return nil }
            }
            let parsed = ValueParser.parse(UnsafeBufferPointer(rebasing: source[s..<e]))
            return .some(Self.number(of: parsed))
        }
    }

    /// Blanks that folding trims off a one-line text: space, tab, line feed, carriage return.
    @inline(__always) private static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    /// The number in a plain text, when the text is one.
    static func number(in text: String) -> Double? { number(of: ValueParser.parse(text)) }

    /// The number of a parsed value, when it is one.
    private static func number(of value: TypedValue) -> Double? {
        switch value.kind {
        case .integer, .decimal, .percent, .change, .percentagePoints, .year:
            return value.number
        default:
            return nil
        }
    }

    /// The normalized keys of the named parameters, in source order.
    var namedKeys: [String] {
        entries.filter(\.isNamed).map { entry in
            if entry.spelled >= 0 { return String(decoding: spelledKeys[Int(entry.spelled)].normalized, as: UTF8.self) }
            return Self.normalize(document.string(entry.keyStart..<entry.keyEnd))
        }
    }

    /// The line of the parameter whose key is exactly `key` as written (`Template.parameter`:
    /// case and spaces count, the last one wins), or nil.
    func line(ofParameterSpelled key: String) -> Int? {
        var key = key
        let found: Int32? = key.withUTF8 { k in
            func same(_ i: Int) -> Bool {
                if entries[i].spelled >= 0 { return spelledKeys[Int(entries[i].spelled)].spelled == String(decoding: k, as: UTF8.self) }
                // An ASCII key: string equality is byte equality.
                let (s, e) = (entries[i].keyStart, entries[i].keyEnd)
                return e - s == k.count && document.source.withUnsafeBufferPointer { source in
                    (0..<k.count).allSatisfy { source[s + $0] == k[$0] }
                }
            }
            // The same key as written normalizes the same, so it is among the entries of its hash.
            if isIndexed { return indexedEntry(Self.hash(k, 0..<k.count), same).map { entries[$0].parameter } }
            var i = entries.count - 1
            while i >= 0 {
                if same(i) { return entries[i].parameter }
                i -= 1
            }
            return nil
        }
        return found.map { document.lines.line(of: document.range(of: $0).lowerBound) }
    }

    /// The line of the template.
    var line: Int { document.lines.line(of: document.range(of: template).lowerBound) }
}

/// Renders parameter values to plain text as `PlainText.render` does, with one renderer
/// reused for every value of a page instead of a new one per value.
final class ValueRenderer {
    private var renderer = PlainTextRenderer()

    /// The plain text of the value node `id` (a part: its children render).
    func render(_ id: Int32, in document: WikitextDocument) -> RenderedText {
        if let text = SimpleText.render(id, in: document) { return RenderedText(text: text) }
        renderer.reset()
        renderer.render(id, in: document)
        return renderer.finish()
    }
}
