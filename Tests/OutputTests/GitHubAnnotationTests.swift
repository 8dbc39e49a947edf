import Foundation
import Testing
import TestSupport

/// `validate --format github` writes GitHub Actions workflow commands, which the runner shows
/// as annotations on the files and lines of a pull request.
@Suite("validate --format github")
struct GitHubAnnotationTests {
    /// Doncaster's Thorne & Moorends box: Tracey Wheeler's 611 votes of 3,318 ballots are
    /// 18.4%, the box says 19.6. `%` is escaped as the runner requires (`%25`).
    @Test("a file's finding: ::error with file, line and the rule as title; status 1")
    func fileFinding() throws {
        let directory = try TemporaryDirectory()
        let name = "2021_Doncaster_Metropolitan_Borough_Council_election.wikitext"
        try Data(try Fixtures.corpusBytes(name)).write(to: URL(fileURLWithPath: directory.path(name)))
        let run = try BadInputTests.run(["validate", name, "--format", "github"], in: directory.path(""))
        #expect(run.status == 1)
        let lines = String(decoding: run.stdout, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(lines.contains("::error file=\(name),line=1609,title=percent-of-votes::Tracey Wheeler in election box "
            + "'Thorne & Moorends (3 seats)' (line 1566): 611 votes are 18.41%25 of the 3,318 ballots cast, "
            + "but the percent says 19.6 (expected 18.4%25, got 19.6%25)"))
        #expect(lines.allSatisfy { $0.hasPrefix("::error file=") || $0.hasPrefix("::warning file=") || $0.hasPrefix("::notice file=") })
    }

    /// A dump page's lines are not the dump file's: the annotation names the dump, and the
    /// page and line lead the message.
    @Test("a dump page's finding: on the dump file, the page and line in the message")
    func dumpFinding() throws {
        let dump = try Fixtures.shared("dumps/dumpster-dive_smallwiki-latest-pages-articles.xml").path
        let directory = try TemporaryDirectory()
        let run = try BadInputTests.run(["validate", dump, "--format", "github"], in: directory.path(""))
        let lines = String(decoding: run.stdout, as: UTF8.self).split(separator: "\n").map(String.init)
        let austreja = try #require(lines.first { $0.contains("[Austreja line 24]") })
        #expect(austreja.hasPrefix("::warning file=\(dump),title=ragged-row::[Austreja line 24] table 1 row 8"))
        #expect(!austreja.contains(",line="))
    }
}
