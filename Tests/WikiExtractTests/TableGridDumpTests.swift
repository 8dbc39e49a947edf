import Foundation
import Testing
import TestSupport
import Wikitext
import WikiExtract
import WikiModel

/// Our side of `scripts/table-diff-wtp.py`: with `WIKICONV_DUMP_GRIDS=1`, writes every table of
/// Corpus/ to `/tmp/wikiconv-grids.json` (or `WIKICONV_GRIDS_PATH`) as raw cell text per grid
/// slot (`null` where no cell is), the way wikitextparser's `Table.data(span=True, strip=False)`
/// shows it.
@Suite("Tables: grid dump for the wikitextparser differential")
struct TableGridDumpTests {
    @Test("dump grids over Corpus/ when asked")
    func dump() throws {
        let env = ProcessInfo.processInfo.environment
        guard env["WIKICONV_DUMP_GRIDS"] == "1" else { return }
        var files: [String: Any] = [:]
        for url in Fixtures.corpusFiles() {
            let doc = WikitextDocument(parsing: [UInt8](try Data(contentsOf: url)))
            files[url.lastPathComponent] = TableExtractor.extract(doc).map { t -> [String: Any] in
                [
                    "index": t.index, "line": t.line, "parent": t.parent?.table as Any? ?? NSNull(),
                    "grid": t.rows.map { row in row.map { TableGrid.isEmptySlot($0) ? NSNull() : $0.raw as Any } },
                ]
            }
        }
        let path = env["WIKICONV_GRIDS_PATH"] ?? "/tmp/wikiconv-grids.json"
        let data = try JSONSerialization.data(withJSONObject: files, options: [.sortedKeys])
        try data.write(to: URL(fileURLWithPath: path))
        #expect(!files.isEmpty)
    }
}
