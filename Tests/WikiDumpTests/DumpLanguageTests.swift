import Foundation
import Testing
import WikiDump

/// The language a dump names at its start, for how its wiki writes numbers.
@Suite struct DumpLanguageTests {
    @Test func samples() throws {
        #expect(DumpLanguage.of(path: try Samples.path(Samples.small)) == "ltg")
        #expect(DumpLanguage.of(path: try Samples.path(Samples.tiny)) == "ltg")
        for name in Samples.bz2 {  // bzip2, single- and multistream
            #expect(DumpLanguage.of(path: try Samples.path(name)) == "en", "\(name)")
        }
    }

    @Test func unreadableOrSilent() throws {
        #expect(DumpLanguage.of(path: "-") == nil)
        #expect(DumpLanguage.of(path: "/nonexistent/dump.xml") == nil)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dumplang-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let noLang = folder.appendingPathComponent("a.xml")
        try Data("<mediawiki version=\"0.10\">\n<siteinfo><dbname>dewiki</dbname></siteinfo>".utf8).write(to: noLang)
        #expect(DumpLanguage.of(path: noLang.path) == "de")  // from the database name
        let garbage = folder.appendingPathComponent("b.xml.bz2")
        try Data("BZh9 not really".utf8).write(to: garbage)
        #expect(DumpLanguage.of(path: garbage.path) == nil)
    }
}
