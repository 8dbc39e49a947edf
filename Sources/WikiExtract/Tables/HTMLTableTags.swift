import Glibc
import Wikitext

/// The HTML tags that shape a table (`<table>`, `<caption>`, `<thead>`, `<tbody>`, `<tfoot>`,
/// `<tr>`, `<td>`, `<th>`), recognised from source bytes without making strings.
enum HTMLTableTag: UInt8 {
    case table, caption, thead, tbody, tfoot, tr, td, th

    /// A row group (`thead`, `tbody`, `tfoot`).
    var isSection: Bool { self == .thead || self == .tbody || self == .tfoot }
    /// A cell (`td`, `th`).
    var isCell: Bool { self == .td || self == .th }

    /// The table tag named at `i` (just after `<` or `</`), any case, or nil.
    static func named(_ src: UnsafeBufferPointer<UInt8>, at i: Int) -> HTMLTableTag? {
        // Every table tag starts with `t` or `c`: most tags (`ref`, `br`, `!--`) stop here.
        guard i < src.count, src[i] | 0x20 == UInt8(ascii: "t") || src[i] | 0x20 == UInt8(ascii: "c") else { return nil }
        var e = i
        while e < src.count && e - i < 8 && isAlnum(src[e]) { e += 1 }
        guard e - i >= 2, e - i <= 7, e == src.count || !isAlnum(src[e]) else { return nil }
        @inline(__always) func lower(_ k: Int) -> UInt8 { src[i + k] | 0x20 }
        func matches(_ name: StaticString) -> Bool {
            guard name.utf8CodeUnitCount == e - i else { return false }
            return name.withUTF8Buffer { n in n.indices.allSatisfy { lower($0) == n[$0] } }
        }
        switch e - i {
        case 2:
            if matches("tr") { return .tr }
            if matches("td") { return .td }
            if matches("th") { return .th }
        case 5:
            if matches("table") { return .table }
            if matches("thead") { return .thead }
            if matches("tbody") { return .tbody }
            if matches("tfoot") { return .tfoot }
        case 7:
            if matches("caption") { return .caption }
        default:
            break
        }
        return nil
    }

    /// The table tag a `tag` node opens or closes, or nil.
    static func of(_ document: WikitextDocument, _ id: Int32) -> HTMLTableTag? {
        let range = document.range(of: id)
        return document.source.withUnsafeBufferPointer { src in
            var i = range.lowerBound + 1
            if i < range.upperBound && src[i] == UInt8(ascii: "/") { i += 1 }
            return named(src, at: i)
        }
    }

    /// True when the source may hold a table tag: the cheap test that keeps pages without
    /// one on the wikitext-only path (memchr for `<`, then a look at the name).
    static func mayOccur(in source: [UInt8]) -> Bool {
        source.withUnsafeBufferPointer { src in
            guard let base = src.baseAddress else { return false }
            // Pointers, not indexes: a page has thousands of `<` and each costs only a few
            // compares here (no bounds checks).
            let end = base + src.count
            var p = base
            while end - p > 2 {
                guard let hit = memchr(p, Int32(UInt8(ascii: "<")), end - p) else { return false }
                var q = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) + 1
                if q < end && q.pointee == UInt8(ascii: "/") { q += 1 }
                // Every table tag starts with `t` or `c`: most tags (`ref`, `br`) stop here, with no call.
                if q < end, q.pointee | 0x20 == UInt8(ascii: "t") || q.pointee | 0x20 == UInt8(ascii: "c"),
                   named(src, at: base.distance(to: q)) != nil { return true }
                p = q
            }
            return false
        }
    }

    private static func isAlnum(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A)
    }
}
