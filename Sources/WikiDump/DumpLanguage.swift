import Foundation

/// The language of a dump's wiki, from the start of its XML: the root's
/// `<mediawiki … xml:lang="de">`, or else the database name (`<dbname>dewiki</dbname>`).
/// Tells how the wiki writes numbers (see `NumberConvention.forLanguage`).
public enum DumpLanguage {
    /// The language code of the dump at `path` (`en`, `de`, `ltg`), or nil when the start of the
    /// XML does not say, the input is standard input, or it cannot be read (the reader that
    /// converts it reports that). Reads at most the first 64 KiB of XML.
    public static func of(path: String) -> String? {
        guard path != "-", let file = try? DumpFile(path: path) else { return nil }
        let raw = FileSource(file)
        guard let magic = try? raw.peek(3) else { return nil }
        let source: ByteSource = magic == Array("BZh".utf8) ? BZ2Source(input: raw, path: path) : raw
        var head = [UInt8](repeating: 0, count: 1 << 16)
        var filled = 0
        while filled < head.count {
            let n = (try? head.withUnsafeMutableBytes { try source.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...])) }) ?? 0
            if n <= 0 { break }
            filled += n
        }
        return language(inXML: String(decoding: head[..<filled], as: UTF8.self))
    }

    /// The language that the start of a dump's XML names.
    static func language(inXML head: String) -> String? {
        if let root = head.range(of: "<mediawiki"), let close = head[root.upperBound...].firstIndex(of: ">") {
            let tag = head[root.upperBound..<close]
            if let lang = tag.range(of: "xml:lang=\""), let end = tag[lang.upperBound...].firstIndex(of: "\"") {
                let code = tag[lang.upperBound..<end]
                if !code.isEmpty { return String(code) }
            }
        }
        if let open = head.range(of: "<dbname>"), let close = head.range(of: "</dbname>", range: open.upperBound..<head.endIndex) {
            let name = head[open.upperBound..<close.lowerBound]
            if name.hasSuffix("wiki"), name.count > 4 { return String(name.dropLast(4)).replacingOccurrences(of: "_", with: "-") }
        }
        return nil
    }
}
