import Foundation
import Testing
import TestSupport
import Wikitext
@testable import WikiExtract
@testable import WikiModel

/// Cell attributes kept as bytes of the page source (strings made only when read) must read
/// exactly as the string path reads them: the same pairs, the same spans.
struct AttributeSourceTests {
    /// Every table and cell attribute node of every Corpus page: spans read from the bytes equal
    /// spans read from the pairs, and a store keeping the bytes gives the pairs back.
    @Test func corpusAttributesReadAsParsed() throws {
        var checked = 0
        for url in Fixtures.corpusFiles() {
            let document = WikitextDocument(parsing: [UInt8](try Data(contentsOf: url)))
            var store = CellStore.Builder(source: document.source)
            var expected: [OrderedPairs<String>] = []
            for node in document.nodes(of: .cellAttributes) + document.nodes(of: .tableAttributes) {
                let pairs = TableAttributes.parse(bytes: document.source[node.range])
                let spans = Self.spans(document.source[node.range])
                let fromPairs = TableLimits.spans(pairs)
                #expect(spans.count == pairs.count)
                #expect(spans.rowspan == fromPairs.rowspan && spans.colspan == fromPairs.colspan)
                guard spans.count > 0 else { continue }
                store.append(text: .own(""), raw: .own(""), line: 1, attributeSource: node.range)
                expected.append(pairs)
            }
            let frozen = CellStore(store)
            for (index, pairs) in expected.enumerated() {
                let content = CellContent(frozen, index)
                #expect(content.hasExtras)
                #expect(content.attributes == pairs)
            }
            checked += expected.count
        }
        #expect(checked > 4000)  // 4,312 in Corpus/
    }

    /// The last `rowspan`/`colspan` counts, names fold case, values clamp as HTML clamps them.
    @Test func spansFromBytes() {
        let cases: [(String, count: Int, rowspan: Int, colspan: Int)] = [
            (#"ROWSPAN=" +3x" rowspan=2 Colspan=0"#, 3, 2, 1),
            (#"colspan="99999" rowspan=70000 junk"#, 3, TableLimits.maxRowspan, TableLimits.maxColspan),
            (#"rowspan=0 colspan=abc style="a b""#, 3, 0, 1),
            ("  / ", 0, 1, 1),
        ]
        for c in cases {
            let spans = Self.spans(Array(c.0.utf8)[...])
            #expect(spans.count == c.count && spans.rowspan == c.rowspan && spans.colspan == c.colspan, "\(c.0)")
            let fromPairs = TableLimits.spans(TableAttributes.parse(c.0))
            #expect(fromPairs.rowspan == c.rowspan && fromPairs.colspan == c.colspan, "\(c.0)")
        }
    }

    /// A cell without attributes of its own has none, whichever way the store keeps them.
    @Test func cellsWithoutAttributes() {
        var store = CellStore.Builder(source: Array("a|b".utf8))
        store.append(text: .source(0..<1), raw: .source(0..<1), line: 1)
        store.append(text: .source(2..<3), raw: .source(2..<3), line: 1, attributes: ["x": "y"])
        let frozen = CellStore(store)
        #expect(!CellContent(frozen, 0).hasExtras && CellContent(frozen, 0).attributes.isEmpty)
        #expect(CellContent(frozen, 1).hasExtras && CellContent(frozen, 1).attributes == ["x": "y"])
    }

    private static func spans(_ bytes: ArraySlice<UInt8>) -> (count: Int, rowspan: Int, colspan: Int) {
        bytes.withUnsafeBufferPointer { TableLimits.spans(bytes: $0) }
    }
}
