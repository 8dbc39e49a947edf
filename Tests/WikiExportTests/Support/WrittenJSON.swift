@testable import WikiExport

/// What `write` puts in a fresh writer of `style`, as text.
func writtenJSON(_ style: JSONWriter.Style, _ write: (inout JSONWriter) -> Void) -> String {
    var json = JSONWriter(style: style)
    write(&json)
    return String(decoding: json.bytes, as: UTF8.self)
}
