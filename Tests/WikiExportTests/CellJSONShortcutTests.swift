import Testing
@testable import WikiExport
import WikiModel

/// The table-cell shortcuts that skip making model values (attributes copied from their source
/// bytes, spanned cells copied from their origin slot; values read from the cell record are
/// checked in `JSONFastPathTests`)
/// write the same bytes as the general path.
@Suite struct CellJSONShortcutTests {
    private func text(_ style: JSONWriter.Style, _ write: (inout JSONWriter) -> Void) -> String {
        writtenJSON(style, write)
    }

    /// A cell whose attributes are the range of the source holding `attributes`.
    private func sourceCell(_ attributes: String, value: Value = Value(kind: .text)) -> Cell {
        let source = Array(attributes.utf8)
        var builder = CellStore.Builder(source: source)
        builder.append(text: .own("t"), raw: .own("t"), line: 7, attributeSource: 0..<source.count, value: value)
        return Cell(content: CellContent(CellStore(builder), 0), origin: GridPosition(row: 1, col: 2))
    }

    @Test func sourceAttributesMatchTheirStrings() {
        let samples = [
            #"Style="a" STYLE=b align=center"#,
            #"class=wikitable "junk" = x / rowspan=2 Rowspan=3"#,
            #"a='1' b="unclosed"#,
            "style=background:{{party color|Labour Party (UK)}} title=\"x=y\"",
            "title=\"tab\there\" data-x='q\"uote\\' X=\u{1}",
            "título=x style=\"ç\" ALIGN=left",
            (0..<20).map { "k\($0 % 7)=v\($0)" }.joined(separator: " "),
            "=== lone",
        ]
        for style in [JSONWriter.Style.compact, .pretty] {
            for sample in samples {
                let fast = sourceCell(sample)
                let general = Cell(text: "t", raw: "t", origin: fast.origin, line: 7, attributes: fast.attributes)
                #expect(text(style) { ArticleJSON.writeCell(fast, to: &$0) }
                        == text(style) { ArticleJSON.writeCell(general, to: &$0) }, "\(sample)")
            }
        }
    }

    /// The word-wise lower-casing of attribute names against the byte rule, every ASCII byte
    /// at every position of a word, and names of every length up to 40 against their quoting.
    @Test func attributeNamesAreLowercasedLikeBytes() {
        for byte in UInt64(0)..<0x80 {
            for position in 0..<8 {
                let word = 0x4141_4141_4141_4141 & ~(0xFF << UInt64(8 * position)) | byte << UInt64(8 * position)
                let lowered = (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) << UInt64(8 * position)
                #expect(JSONWriter.lowercasedASCII(word) == 0x6161_6161_6161_6161 & ~(0xFF << UInt64(8 * position)) | lowered)
            }
        }
        let letters = Array("AbZ\"@[`z{\\q\u{1}".utf8)
        for length in 0...40 {
            let name = (0..<length).map { letters[($0 * 7 + length) % letters.count] }
            var json = JSONWriter(style: .compact)
            let range = name.withUnsafeBufferPointer { json.appendQuotedLowercased($0) }
            var expected = JSONWriter(style: .compact)
            expected.string(String(decoding: name.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self))
            #expect(json.bytes == expected.bytes && range == 0..<json.count)
        }
    }

    @Test func spannedCellsAreWrittenInEverySlot() {
        let a = Cell(text: "A", raw: "'''A'''", origin: GridPosition(row: 0, col: 0), rowspan: 2, colspan: 2, line: 3,
                     attributes: ["rowspan": "2", "colspan": "2"])
        let b = Cell(text: "B", raw: "B", origin: GridPosition(row: 0, col: 2), rowspan: 3, line: 3)
        let c = Cell(text: "C", raw: "C", origin: GridPosition(row: 2, col: 0), colspan: 2, line: 5)
        let rows = [[a, a, b], [a, a, b], [c, c, b]]
        for style in [JSONWriter.Style.compact, .pretty] {
            let expected = text(style) { json in
                json.beginArray()
                for row in rows {
                    json.beginArray()
                    for cell in row { ArticleJSON.writeCell(cell, to: &json) }
                    json.endArray()
                }
                json.endArray()
            }
            #expect(text(style) { ArticleJSON.writeGrid(GridRows(rows), to: &$0) } == expected)
        }
    }
}
