import WikiDump

/// Pages of the dump samples in `../shared/dumps` (real Wikipedia pages, CC BY-SA), read at
/// test time.
extension Fixtures {
    /// The gensim and dumpster-dive samples, and DBpedia's minidump.
    public static let gensimDump = "gensim_enwiki-latest-pages-articles1.xml-p000000010p000030302-shortened.bz2"
    public static let smallwikiDump = "dumpster-dive_smallwiki-latest-pages-articles.xml"
    public static let dbpediaDump = "dbpedia_minidump_enwiki.xml.bz2"

    /// The wikitext of the page titled `title` in the dump sample `sample`; throws when
    /// `../shared` or the page is missing.
    public static func dumpPage(_ title: String, in sample: String) throws -> String {
        let reader = try DumpReader(path: try shared("dumps/" + sample).path, options: DumpOptions())
        while let page = try reader.next() {
            if page.title == title { return String(decoding: page.text, as: UTF8.self) }
        }
        throw PageNotFound(title: title, sample: sample)
    }
}

/// A dump sample holds no page of that title.
public struct PageNotFound: Error, CustomStringConvertible {
    public let title: String, sample: String
    public var description: String { "no page '\(title)' in ../shared/dumps/\(sample)" }
}
