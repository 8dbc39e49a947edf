import Foundation
import Testing
import TestSupport
@testable import Wikitext

/// The URL scheme checks compare packed keys and scan letters 16 at a time; these pin them
/// against plain lookups in the scheme lists, on every word and `[` of the corpus.
@Suite("URL schemes")
struct URLSchemeTests {
    /// The letter runs (up to 12 letters) of `bytes` as ranges.
    static func words(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var i = 0
        while i < bytes.count {
            guard ByteClass.isLetter(bytes[i]) else { i += 1; continue }
            var e = i
            while e < bytes.count && ByteClass.isLetter(bytes[e]) { e += 1 }
            if e - i <= 12 { words.append(i..<e) }
            i = e
        }
        return words
    }

    static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: range.map { ByteClass.lower(bytes[$0]) }, as: UTF8.self)
    }

    /// `URLSchemes.bracketed` as written before its letter scan went 16 bytes at a time.
    static func bracketedReference(_ src: UnsafeBufferPointer<UInt8>, at p: Int, limit: Int) -> Int? {
        guard p + 1 < limit else { return nil }
        if src[p] == UInt8(ascii: "/") {
            return src[p + 1] == UInt8(ascii: "/") && p + 2 < limit ? 2 : nil
        }
        var q = p
        while q < limit && q - p < 10 && ByteClass.isLetter(src[q]) { q += 1 }
        guard q > p, q < limit, src[q] == UInt8(ascii: ":") else { return nil }
        let name = lowercased(src, p..<q)
        guard let scheme = URLSchemes.bracketed.first(where: { $0.starts(with: Array(name.utf8) + [UInt8(ascii: ":")]) }),
              p + scheme.count < limit else { return nil }
        for i in (q - p)..<scheme.count where src[p + i] != scheme[i] { return nil }
        return scheme.count
    }

    @Test("every scheme name matches in any case, and nothing else does")
    func names() {
        for name in URLSchemes.bare.union(URLSchemes.bareColon) {
            for spelling in [name, name.uppercased(), name.prefix(1).uppercased() + name.dropFirst()] {
                let bytes = Array(spelling.utf8)
                bytes.withUnsafeBufferPointer { b in
                    #expect(URLSchemes.isBareScheme(b, 0..<b.count) == URLSchemes.bare.contains(name), "\(spelling)")
                    #expect(URLSchemes.isBareColonScheme(b, 0..<b.count) == URLSchemes.bareColon.contains(name), "\(spelling)")
                }
            }
        }
        for other in ["htt", "httpx", "worldwine", "worldwinds", "mailt", "x", "ssss"] {
            Array(other.utf8).withUnsafeBufferPointer { b in
                #expect(!URLSchemes.isBareScheme(b, 0..<b.count), "\(other)")
                #expect(!URLSchemes.isBareColonScheme(b, 0..<b.count), "\(other)")
            }
        }
    }

    @Test("every word of the corpus: the scheme checks agree with the lists")
    func corpusWords() throws {
        for url in Fixtures.corpusFiles() {
            let bytes = try Fixtures.corpusBytes(url.lastPathComponent)
            bytes.withUnsafeBufferPointer { b in
                for word in Self.words(b) {
                    let name = Self.lowercased(b, word)
                    #expect(URLSchemes.isBareScheme(b, word) == URLSchemes.bare.contains(name), "\(name)")
                    #expect(URLSchemes.isBareColonScheme(b, word) == URLSchemes.bareColon.contains(name), "\(name)")
                }
            }
        }
    }

    @Test("after every `[` of the corpus, at every limit near it: bracketed agrees with a plain scan")
    func corpusBrackets() throws {
        for url in Fixtures.corpusFiles() {
            let bytes = try Fixtures.corpusBytes(url.lastPathComponent)
            bytes.withUnsafeBufferPointer { b in
                for p in b.indices where b[p] == UInt8(ascii: "[") && p + 1 < b.count {
                    for limit in [b.count] + (p + 2...min(p + 14, b.count)).map({ $0 }) {
                        #expect(URLSchemes.bracketed(b, at: p + 1, limit: limit) == Self.bracketedReference(b, at: p + 1, limit: limit))
                    }
                }
            }
        }
    }
}

/// An external link's URL scan skips the runs `URLSchemes.plainRunEnd` passes over: every
/// byte it passes must be one the byte-by-byte rule takes whole (a URL byte, not `<` or `'`).
@Suite("URL runs")
struct URLRunTests {
    @Test("the plain-run bytes are URL bytes that need no closer look")
    func plainRunBytes() {
        for b in 0..<256 where URLSchemes.scanTable[b] == 1 {
            let byte = UInt8(b)
            #expect(URLSchemes.isURLByte(byte) && byte != UInt8(ascii: "<") && byte != UInt8(ascii: "'"), "\(b)")
        }
        // And the 16-byte step stops where the table says: at each byte, alone in plain bytes.
        for b in 0..<256 {
            let bytes = Array(repeating: UInt8(ascii: "a"), count: 5) + [UInt8(b)] + Array(repeating: UInt8(ascii: "a"), count: 26)
            bytes.withUnsafeBufferPointer { src in
                let end = URLSchemes.plainRunEnd(src, from: 0, limit: src.count, table: URLSchemes.scanTable)
                #expect(end == (URLSchemes.scanTable[b] == 1 ? src.count : 5), "\(b)")
            }
        }
    }
}
