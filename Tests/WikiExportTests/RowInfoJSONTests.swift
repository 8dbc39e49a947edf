import Testing
@testable import WikiExport
import WikiModel

/// `plainRowInfo` (a row without attributes or party, written in one step) writes the same
/// bytes as the general calls it stands for, in both styles and at several depths.
@Suite struct RowInfoJSONTests {
    /// The general path: `beginObject()`, the four members, `endObject()`.
    private func general(_ info: RowInfo, _ json: inout JSONWriter) {
        json.beginObject()
        json.key("line"); json.int(info.line)
        json.key("isSection"); json.bool(info.isSection)
        json.key("attributes"); json.emptyObject()
        json.key("styleParty"); json.string(info.styleParty)
        json.endObject()
    }

    @Test func plainRowsMatchTheGeneralCalls() {
        let lines = [0, 1, 9, 10, 99, 100, 999, 1000, 9999, 10_000, 123_456, -1]
        let infos = lines.flatMap { [RowInfo(line: $0), RowInfo(line: $0, isSection: true)] }
        for style in [JSONWriter.Style.compact, .pretty] {
            for depth in 0..<12 {  // the indentation crosses 16 spaces
                func document(_ item: (RowInfo, inout JSONWriter) -> Void) -> String {
                    writtenJSON(style) { json in
                        for _ in 0..<depth { json.beginObject(); json.key("rows") }
                        json.beginArray()
                        for info in infos { item(info, &json) }
                        json.endArray()
                        for _ in 0..<depth { json.endObject() }
                    }
                }
                let fast = document { info, json in ArticleJSON.writeRowInfo(info, to: &json) }
                #expect(fast == document(general), "\(style) at depth \(depth)")
            }
        }
    }

    @Test func insideAnInlineArrayTheGeneralPathIsTaken() {
        var json = JSONWriter(style: .pretty)
        json.beginArray(inline: true)
        let wrote = json.plainRowInfo(line: 3, isSection: false)
        #expect(!wrote)
        #expect(json.count == 1)  // only the `[`
    }
}
