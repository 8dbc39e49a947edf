import Foundation
import Testing
import TestSupport
@testable import Wikitext

/// `TagTable` packs tag names into words and probes its own slots; these pin it against
/// `TagNames.lookup` (the name table) on every name and on every tag name of the corpus.
@Suite("Tag table")
struct TagTableTests {
    static func same(_ a: TagInfo?, _ b: TagInfo?) -> Bool {
        a?.id == b?.id && a?.kind == b?.kind
    }

    @Test("every tag name in any case, and near misses, as the name table reads them")
    func names() {
        var spellings: [String] = []
        for (name, _) in TagNames.all where name.utf8.allSatisfy(ByteClass.isAlnum) {
            spellings += [name, name.uppercased(), name.prefix(1).uppercased() + name.dropFirst(),
                          String(name.dropLast()), name + "x", name + "1", "x" + name]
        }
        spellings += ["a", "z", "h7", "0", "abcdefghijklmnop", "abcdefghijklmnopq", "SyntaxHighlightX"]
        for spelling in spellings {
            // At the start of a long buffer (words loaded whole) and at its very end (byte by byte).
            for padded in [spelling + " " + String(repeating: "x", count: 20), String(repeating: "x", count: 3) + spelling] {
                let bytes = Array(padded.utf8)
                let p = padded.hasPrefix(spelling) ? 0 : 3
                bytes.withUnsafeBufferPointer { b in
                    let e = p + spelling.utf8.count
                    #expect(Self.same(TagTable.lookup(TagTable.slots, b, p, e), TagNames.lookup(b, p..<e)), "\(spelling)")
                }
            }
        }
    }

    @Test("every run of letters and digits after `<` or `</` in the corpus")
    func corpusTags() throws {
        for url in Fixtures.corpusFiles() {
            let bytes = try Fixtures.corpusBytes(url.lastPathComponent)
            bytes.withUnsafeBufferPointer { b in
                for i in b.indices where b[i] == UInt8(ascii: "<") {
                    let p = i + 1 < b.count && b[i + 1] == UInt8(ascii: "/") ? i + 2 : i + 1
                    var e = p
                    while e < b.count && ByteClass.isAlnum(b[e]) && e - p < 24 { e += 1 }
                    guard e > p else { continue }
                    #expect(Self.same(TagTable.lookup(TagTable.slots, b, p, e), TagNames.lookup(b, p..<e)))
                }
            }
        }
    }
}

/// The template name check reads 16 bytes at a time; this pins `templateNameChunk` against a
/// byte-by-byte reading at every template of the corpus.
@Suite("Template name chunks")
struct TemplateNameChunkTests {
    /// What `templateNameChunk` should find in `b[start..<start + count]`, read byte by byte.
    static func reference(_ b: [UInt8], _ start: Int, _ count: Int) -> (Bool, Bool, Bool) {
        var invalid = false, newline = false, content = false
        for k in start..<start + count {
            switch b[k] {
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["), UInt8(ascii: "]"),
                 UInt8(ascii: "{"), UInt8(ascii: "}"): invalid = true
            case 0x0A: newline = true
            case 0x20, 0x09, 0x0D: break
            default: content = true
            }
        }
        return (invalid, newline, content)
    }

    static func chunk(_ b: [UInt8], _ start: Int) -> SIMD16<UInt8> {
        SIMD16<UInt8>(b[start..<start + 16])
    }

    @Test("after every `{{` of the corpus, at every count: the chunk agrees with its bytes")
    func corpusNames() throws {
        var checked = 0
        for url in Fixtures.corpusFiles() {
            let b = try Fixtures.corpusBytes(url.lastPathComponent)
            for i in b.indices where b[i] == UInt8(ascii: "{") && i + 2 < b.count && b[i + 1] == UInt8(ascii: "{") {
                for start in stride(from: i + 2, to: min(i + 50, b.count - 16), by: 16) {
                    let v = Self.chunk(b, start)
                    for count in 1...17 {
                        let expected = Self.reference(b, start, min(count, 16))
                        let found = ByteClass.templateNameChunk(v, first: count)
                        #expect(found.invalid == expected.0)
                        #expect(found.newline == expected.1)
                        #expect(found.content == expected.2)
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 1000)
    }
}
