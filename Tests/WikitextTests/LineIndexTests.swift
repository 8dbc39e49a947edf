import Foundation
import Testing
import TestSupport
@testable import Wikitext

/// `LineIndex` writes line starts straight into reserved storage and falls back to `append`
/// when a page has more lines than reserved: both paths must give what a plain walk gives.
@Suite("Line index")
struct LineIndexTests {
    /// Line starts found one byte at a time: the slow reference.
    static func walked(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == 0x0A { starts.append(i + 1) }
        return starts
    }

    static func indexed(_ bytes: [UInt8]) -> [Int] {
        bytes.withUnsafeBufferPointer { LineIndex($0).lineStarts }
    }

    @Test("every Corpus/ file: the same line starts as a byte walk")
    func corpus() throws {
        let files = Fixtures.corpusFiles()
        #expect(files.count >= 39)
        for url in files {
            let bytes = try Fixtures.corpusBytes(url.lastPathComponent)
            #expect(Self.indexed(bytes) == Self.walked(bytes), "\(url.lastPathComponent)")
        }
    }

    @Test("more lines than reserved go on with append", arguments: [0, 1, 15, 16, 17, 40, 1000, 5000])
    func shortLines(_ count: Int) {
        let lines = Array(repeating: UInt8(0x0A), count: count)  // every line empty
        #expect(Self.indexed(lines) == Self.walked(lines))
        let mixed = Array("a\n|-\n|x\n\n".utf8) + lines + Array("tail".utf8)
        #expect(Self.indexed(mixed) == Self.walked(mixed))
    }

    @Test("empty input and no final newline")
    func edges() {
        #expect(Self.indexed([]) == [0])
        #expect(Self.indexed(Array("abc".utf8)) == [0])
        #expect(Self.indexed(Array("abc\n".utf8)) == [0, 4])
    }
}

/// The arena node and the parser frame are padded to power-of-two strides (indexing is a
/// shift); a field added later should not undo that silently.
@Suite("Layout strides")
struct LayoutStrideTests {
    @Test("RawNode is 32 bytes, Frame 128")
    func strides() {
        #expect(MemoryLayout<RawNode>.stride == 32)
        #expect(MemoryLayout<Frame>.stride == 128)
    }
}
