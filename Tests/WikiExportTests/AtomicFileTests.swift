import Foundation
import TestSupport
import Testing
@testable import WikiExport

@Suite struct AtomicFileTests {
    struct Boom: Error {}

    @Test func commitRenamesIntoPlaceAndLeavesNoTemporaryFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("out/nested/a.txt")
        try AtomicFile.write(Array("hello\n".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "hello\n")
        #expect(try directory.contents("out/nested") == ["a.txt"])
    }

    @Test func temporaryFileIsHiddenBesideTheTargetUntilCommit() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("b.csv")
        let file = try AtomicFile(path: path)
        try file.write(Array("partial".utf8))
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(file.temporaryPath.hasPrefix(directory.path(".b.csv.wikiconv-")))
        #expect(AtomicFile.pendingPaths.contains(file.temporaryPath))
        try file.commit()
        #expect(!AtomicFile.pendingPaths.contains(file.temporaryPath))
        #expect(try directory.contents() == ["b.csv"])
        #expect(throws: OutputError.self) { try file.write(Array("late".utf8)) }
        try file.commit()  // a second commit is a no-op
    }

    @Test func failureKeepsTheOldFileAndRemovesTheTemporaryOne() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("c.json")
        try AtomicFile.write(Array("old".utf8), to: path)
        #expect(throws: Boom.self) {
            try AtomicFile.write(to: path) { file in
                try file.write(Array("new but unfinished".utf8))
                throw Boom()
            }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        #expect(try directory.contents() == ["c.json"])
    }

    @Test func droppingAnUncommittedFileRemovesIt() throws {
        let directory = try TemporaryDirectory()
        do {
            let file = try AtomicFile(path: directory.path("d.txt"))
            try file.write(Array("x".utf8))
        }
        #expect(try directory.contents().isEmpty)
    }

    @Test func removeAllPendingCleansUpAfterAnInterrupt() throws {
        let directory = try TemporaryDirectory()
        let file = try AtomicFile(path: directory.path("e.txt"))
        try file.write(Array("x".utf8))
        AtomicFile.removeAllPending(under: directory.url.path)  // scoped: other tests run in parallel
        #expect(try directory.contents().isEmpty)
        file.discard()
    }

    @Test func temporaryNamesGoBesideTheTargetAsAnAbsolutePath() {
        let cwd = FileManager.default.currentDirectoryPath
        let base = cwd.hasSuffix("/") ? cwd : cwd + "/"
        #expect(AtomicFile.split("/x/y/z.json") == ("/x/y", "z.json"))
        #expect(AtomicFile.split("/z.json") == ("/", "z.json"))
        #expect(AtomicFile.split("out/csv/t.csv") == (base + "out/csv", "t.csv"))
        #expect(AtomicFile.split("t.csv") == (cwd, "t.csv"))
        #expect(AtomicFile.split("/x/dir/") == ("/x", "dir"))
        #expect(AtomicFile.split("/x/é %2F.md") == ("/x", "é %2F.md"))
    }

    @Test func unwritableDirectoryThrowsWithThePath() throws {
        let directory = try TemporaryDirectory()
        try Data().write(to: URL(fileURLWithPath: directory.path("file")))
        let error = #expect(throws: OutputError.self) { _ = try AtomicFile(path: directory.path("file/x.txt")) }
        #expect(error?.description.contains("file/.x.txt") == true)
    }
}
