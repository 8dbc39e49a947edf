#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes XML character data: the five predefined entities, `&#NN;`/`&#xNN;` references,
/// CDATA sections (copied verbatim), comments and processing instructions (dropped), and
/// line-end normalization (`\r\n` and `\r` become `\n`, as every XML parser does).
///
/// Lenient where XML is strict, so no input makes it fail: an unknown or unterminated
/// entity and a reference to an invalid code point stay as written.
enum EntityDecoder {
    /// Decodes element content. The output is never longer than the input.
    static func decode(_ src: UnsafeRawBufferPointer) -> [UInt8] {
        let n = src.count
        guard n > 0, let base = src.baseAddress else { return [] }
        return [UInt8](unsafeUninitializedCapacity: n) { out, count in
            guard let dst = out.baseAddress else { count = 0; return }
            count = decode(base, n, into: dst)
        }
    }

    /// Decodes element content into a `String` (titles, timestamps); invalid UTF-8 becomes U+FFFD.
    static func string(_ src: UnsafeRawBufferPointer) -> String {
        String(decoding: decode(src), as: UTF8.self)
    }

    /// Decodes an attribute value: like content, and literal tabs and newlines become spaces
    /// (XML attribute-value normalization; references like `&#10;` are kept).
    static func attributeString(_ src: UnsafeRawBufferPointer) -> String {
        guard let base = src.baseAddress else { return "" }
        var bytes = [UInt8]()
        bytes.reserveCapacity(src.count)
        var i = 0
        while i < src.count {
            let b = src[i]
            if b == UInt8(ascii: "&"), let (scalar, len) = reference(base + i, src.count - i) {
                appendUTF8(scalar, to: &bytes)
                i += len
                continue
            }
            if b == 0x0D && i + 1 < src.count && src[i + 1] == 0x0A { i += 1 }
            bytes.append(b == 0x09 || b == 0x0A || b == 0x0D ? 0x20 : b)
            i += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes the decoded form of `src[0..<n]` to `dst` (room for `n` bytes); returns the length.
    private static func decode(_ src: UnsafeRawPointer, _ n: Int, into dst: UnsafeMutablePointer<UInt8>) -> Int {
        // Jump between the three bytes that need work with memchr, keeping each next position.
        var nextAmp = next(UInt8(ascii: "&"), src, 0, n)
        var nextLt = next(UInt8(ascii: "<"), src, 0, n)
        var nextCR = next(0x0D, src, 0, n)
        var i = 0, o = 0
        while true {
            let special = min(nextAmp, nextLt, nextCR)
            if special > i {
                (dst + o).update(from: (src + i).assumingMemoryBound(to: UInt8.self), count: special - i)
                o += special - i
                i = special
            }
            if i >= n { break }
            let b = src.load(fromByteOffset: i, as: UInt8.self)
            if b == UInt8(ascii: "&") {
                if let (scalar, len) = reference(src + i, n - i) {
                    o += writeUTF8(scalar, dst + o)
                    i += len
                } else {
                    dst[o] = b; o += 1; i += 1
                }
                nextAmp = next(UInt8(ascii: "&"), src, i, n)
            } else if b == 0x0D {
                dst[o] = 0x0A; o += 1; i += 1
                if i < n && src.load(fromByteOffset: i, as: UInt8.self) == 0x0A { i += 1 }
                nextCR = next(0x0D, src, i, n)
            } else {
                i = markup(src, i, n, dst, &o)
                nextLt = next(UInt8(ascii: "<"), src, i, n)
            }
            // A construct may have jumped past the other cached positions.
            if nextAmp < i { nextAmp = next(UInt8(ascii: "&"), src, i, n) }
            if nextCR < i { nextCR = next(0x0D, src, i, n) }
            if nextLt < i { nextLt = next(UInt8(ascii: "<"), src, i, n) }
        }
        return o
    }

    /// Handles the `<` at `i`: CDATA is copied (with line-end normalization), comments and
    /// processing instructions are dropped, anything else is copied as written. Returns the
    /// offset after the construct.
    private static func markup(_ src: UnsafeRawPointer, _ i: Int, _ n: Int,
                               _ dst: UnsafeMutablePointer<UInt8>, _ o: inout Int) -> Int {
        let syntax = XMLSyntax(bytes: UnsafeRawBufferPointer(start: src, count: n))
        if syntax.has("<![CDATA[", at: i, to: n), let close = syntax.find("]]>", from: i + 9, to: n) {
            var k = i + 9
            while k < close {
                var b = syntax[k]
                if b == 0x0D {
                    b = 0x0A
                    if k + 1 < close && syntax[k + 1] == 0x0A { k += 1 }
                }
                dst[o] = b; o += 1; k += 1
            }
            return close + 3
        }
        if syntax.has("<!--", at: i, to: n), let close = syntax.find("-->", from: i + 4, to: n) { return close + 3 }
        if syntax.has("<?", at: i, to: n), let close = syntax.find("?>", from: i + 2, to: n) { return close + 2 }
        dst[o] = UInt8(ascii: "<"); o += 1
        return i + 1
    }

    @inline(__always)
    private static func next(_ byte: UInt8, _ src: UnsafeRawPointer, _ from: Int, _ n: Int) -> Int {
        guard from < n, let p = memchr(src + from, Int32(byte), n - from) else { return n }
        return src.distance(to: UnsafeRawPointer(p))
    }

    /// The scalar and length of a reference starting with `&` at `p`, or nil when it is not one.
    static func reference(_ p: UnsafeRawPointer, _ avail: Int) -> (UInt32, Int)? {
        @inline(__always) func at(_ k: Int) -> UInt8 { p.load(fromByteOffset: k, as: UInt8.self) }
        let limit = min(avail, 12)  // `&#x10FFFF;` (with a few leading zeros) is the longest form
        var semi = 1
        while semi < limit && at(semi) != UInt8(ascii: ";") { semi += 1 }
        guard semi < limit else { return nil }
        if semi >= 3 && at(1) == UInt8(ascii: "#") {
            var value: UInt32 = 0
            let hex = at(2) == UInt8(ascii: "x")
            let start = hex ? 3 : 2
            guard semi > start, semi - start <= 7 else { return nil }
            for k in start..<semi {
                let c = at(k)
                let d: UInt32
                switch c {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(c - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: d = UInt32(c - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: d = UInt32(c - UInt8(ascii: "A") + 10)
                default: return nil
                }
                value = value * (hex ? 16 : 10) + d
            }
            guard value != 0, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return nil }
            return (value, semi + 1)
        }
        let name = UnsafeRawBufferPointer(start: p + 1, count: semi - 1)
        switch name.count {
        case 2 where name[1] == UInt8(ascii: "t"):
            if name[0] == UInt8(ascii: "l") { return (0x3C, 4) }
            if name[0] == UInt8(ascii: "g") { return (0x3E, 4) }
        case 3 where name[0] == UInt8(ascii: "a") && name[1] == UInt8(ascii: "m") && name[2] == UInt8(ascii: "p"):
            return (0x26, 5)
        case 4:
            if name.elementsEqual("quot".utf8) { return (0x22, 6) }
            if name.elementsEqual("apos".utf8) { return (0x27, 6) }
        default: break
        }
        return nil
    }

    /// Writes `scalar` as UTF-8 at `dst`; returns the byte count (1–4).
    @inline(__always)
    private static func writeUTF8(_ s: UInt32, _ dst: UnsafeMutablePointer<UInt8>) -> Int {
        if s < 0x80 { dst[0] = UInt8(s); return 1 }
        if s < 0x800 { dst[0] = UInt8(0xC0 | (s >> 6)); dst[1] = UInt8(0x80 | (s & 0x3F)); return 2 }
        if s < 0x10000 {
            dst[0] = UInt8(0xE0 | (s >> 12)); dst[1] = UInt8(0x80 | ((s >> 6) & 0x3F))
            dst[2] = UInt8(0x80 | (s & 0x3F)); return 3
        }
        dst[0] = UInt8(0xF0 | (s >> 18)); dst[1] = UInt8(0x80 | ((s >> 12) & 0x3F))
        dst[2] = UInt8(0x80 | ((s >> 6) & 0x3F)); dst[3] = UInt8(0x80 | (s & 0x3F)); return 4
    }

    private static func appendUTF8(_ s: UInt32, to bytes: inout [UInt8]) {
        guard let scalar = Unicode.Scalar(s) else { return }
        UTF8.encode(scalar) { bytes.append($0) }
    }
}
