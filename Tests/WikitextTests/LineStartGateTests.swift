import Foundation
import Testing
import TestSupport
@testable import Wikitext

/// The parser calls `lineStart` only for lines whose first byte is in
/// `ByteClass.lineOpenerTable`; these pin that gate against running `lineStart` at every line
/// (`gateLineStarts: false`): the arenas and the template and table lists must be identical,
/// on every Corpus/ page and on lines starting with every byte in the contexts `lineStart`
/// tells apart (page, table, cell, template, list, heading, extension body).
@Suite("Line start gate")
struct LineStartGateTests {
    /// Whether parsing `bytes` with and without the gate gives the same arena and lists.
    static func sameBothWays(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { src in
            let gated = Parser(src).parse()
            let full = Parser(src, gateLineStarts: false).parse()
            defer {
                gated.nodes.deallocate()
                full.nodes.deallocate()
            }
            guard gated.nodes.count == full.nodes.count,
                  gated.kinds.templates == full.kinds.templates,
                  gated.kinds.tables == full.kinds.tables else { return false }
            return memcmp(gated.nodes.baseAddress!, full.nodes.baseAddress!,
                          gated.nodes.count * MemoryLayout<RawNode>.stride) == 0
        }
    }

    @Test("Corpus/ holds the pages the parameterised test runs over")
    func corpusIsThere() {
        #expect(Fixtures.corpusFiles().count >= 39)
    }

    @Test("every Corpus/ page parses the same with and without the gate", arguments: Fixtures.corpusFiles().map(\.lastPathComponent))
    func corpusPage(_ name: String) throws {
        #expect(Self.sameBothWays(try Fixtures.corpusBytes(name)), "\(name)")
    }

    @Test("lines starting with every byte, in each context")
    func everyFirstByte() {
        let contexts: [(String, String)] = [
            ("", ""), ("{|\n", "\n|}"), ("{|\n| a\n", "\n|}"), ("{{t|\n", "\n}}"), ("* a\n", ""),
            ("== h ", " ==\n"), ("<ref>\n", "\n</ref>"), ("{|\n|-\n", "\n|}"), ("[[a|\n", "]]"),
        ]
        var failures: [String] = []
        for (open, close) in contexts {
            for byte in 0...255 {
                let b = UInt8(byte)
                for line in [[b], [b, b], [b, UInt8(ascii: "|"), UInt8(ascii: "}")], [b, UInt8(ascii: "x")]] {
                    let bytes = Array(open.utf8) + line + Array("\n".utf8) + line + Array(close.utf8)
                    if !Self.sameBothWays(bytes) { failures.append("\(open.debugDescription) \(byte)") }
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }
}
