import Foundation
import Testing
import TestSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Killing `wikiconv convert` mid-way leaves no partial file under a final name (issue 6).
///
/// The built `wikiconv` converts a dump made of `Corpus/` into every format. It is stopped once
/// some articles are written:
/// - SIGINT and SIGTERM: the process ends by that signal and leaves no temporary file at all;
/// - SIGKILL: temporary files may stay, but only under their temporary names
///   (`.NAME.wikiconv-PID-N.tmp`), and the next run in the same folder removes them.
/// In every case, each file present under its final name is byte for byte the file a complete
/// run writes: nothing half-written is ever visible.
///
/// The binary is the one `swift test` builds beside the test bundle (or `$WIKICONV_BIN`).
@Suite("Killing convert mid-way", .serialized)
struct InterruptTests {
    enum Stop: String, CaseIterable, Sendable {
        case interrupt, terminate, kill
        var signal: Int32 {
            switch self {
            case .interrupt: return SIGINT
            case .terminate: return SIGTERM
            case .kill: return SIGKILL
            }
        }
    }

    @Test("SIGINT, SIGTERM and SIGKILL leave no partial output file", arguments: Stop.allCases)
    func killMidway(_ stop: Stop) throws {
        let binary = try Self.wikiconv()
        let directory = try TemporaryDirectory()
        // Grow the input until the signal lands mid-way (a release build is fast).
        var copies = 1
        while copies <= 64 {
            let dump = try Self.writeDump(copies: copies, in: directory)
            let output = directory.path("out-\(stop.rawValue)-\(copies)")
            if let stopped = try Self.runAndStop(binary, dump: dump, output: output, signal: stop.signal) {
                try Self.check(stop, output: output, stopped: (try Self.snapshot(output), stopped.status, stopped.reason),
                               binary: binary, dump: dump)
                return
            }
            copies *= 4
        }
        Issue.record("wikiconv always finished before it could be stopped (input up to \(copies / 4) copies of Corpus/)")
    }

    /// The checks after a stopped run in `output`.
    static func check(_ stop: Stop, output: String, stopped: (snapshot: [String: Data], status: Int32, reason: Process.TerminationReason),
                      binary: String, dump: String) throws {
        #expect(stopped.reason == .uncaughtSignal, "wikiconv did not end by the signal")
        #expect(stopped.status == stop.signal, "wikiconv ended by signal \(stopped.status), not \(stop.signal)")
        let temporary = stopped.snapshot.keys.filter { isTemporary($0) }.sorted()
        let final = stopped.snapshot.keys.filter { !isTemporary($0) }.sorted()
        #expect(final.contains { $0.hasPrefix("json/") }, "the run was stopped before writing anything")
        #expect(!final.contains("articles.jsonl") && !final.contains("wikiconv.sqlite"),
                "files written over the whole run appeared under their final name before the end")
        switch stop {
        case .interrupt, .terminate:
            #expect(temporary.isEmpty, "temporary files left after \(stop.rawValue): \(temporary.prefix(5))")
        case .kill:
            // kill -9 cannot be caught: what stays must be recognisably temporary (checked by
            // isTemporary above) and the run-long files must be among them.
            #expect(temporary.contains { $0.hasPrefix(".articles.jsonl.wikiconv-") }, "\(temporary.prefix(5))")
        }

        // A complete run into the same folder: it cleans up stale temporary files and writes
        // everything; each file the stopped run left must be exactly that file.
        let rerun = try run(binary, dump: dump, output: output)
        #expect(rerun == 0, "the complete run after the stop exited \(rerun)")
        let complete = try snapshot(output)
        let leftovers = complete.keys.filter { isTemporary($0) || $0.contains(".wikiconv-") }.sorted()
        #expect(leftovers.isEmpty, "temporary files left after the next complete run: \(leftovers.prefix(5))")
        #expect(complete["articles.jsonl"] != nil && complete["wikiconv.sqlite"] != nil)
        for name in final where complete[name] != stopped.snapshot[name] {
            Issue.record("\(name) was left partial (or different) by the stopped run")
        }
    }

    // MARK: - Running wikiconv

    /// `$WIKICONV_BIN`, else `wikiconv` beside this test bundle in the build folder.
    static func wikiconv() throws -> String {
        if let chosen = ProcessInfo.processInfo.environment["WIKICONV_BIN"] { return chosen }
        var candidates: [URL] = []
        let me = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        candidates.append(me)
        candidates.append(Bundle.main.bundleURL)
        candidates.append(contentsOf: Bundle.allBundles.map(\.bundleURL))
        for start in candidates {
            var folder = start.deletingLastPathComponent()
            for _ in 0..<4 {  // .../debug/X.xctest[/Contents/MacOS/X]
                let binary = folder.appendingPathComponent("wikiconv").path
                if FileManager.default.isExecutableFile(atPath: binary) { return binary }
                folder = folder.deletingLastPathComponent()
            }
        }
        throw Missing(description: "the wikiconv binary is not beside the test bundle (\(me.path)); "
                      + "run `swift build` first or set WIKICONV_BIN")
    }

    struct Missing: Error, CustomStringConvertible { var description: String }

    static func process(_ binary: String, dump: String, output: String) -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["convert", dump, "--output", output]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        return process
    }

    /// Runs to the end; returns the exit status.
    static func run(_ binary: String, dump: String, output: String) throws -> Int32 {
        let p = process(binary, dump: dump, output: output)
        try p.run()
        p.waitUntilExit()
        return p.terminationStatus
    }

    /// Starts a conversion and sends `signal` once a few articles are written. Nil when the
    /// process finished first.
    static func runAndStop(_ binary: String, dump: String, output: String, signal: Int32) throws
        -> (status: Int32, reason: Process.TerminationReason)? {
        let p = process(binary, dump: dump, output: output)
        try p.run()
        let json = (output as NSString).appendingPathComponent("json")
        let deadline = Date().addingTimeInterval(300)
        while p.isRunning && Date() < deadline {
            let written = (try? FileManager.default.contentsOfDirectory(atPath: json))?.filter { !$0.hasPrefix(".") }.count ?? 0
            if written >= 5 { break }
            usleep(5_000)
        }
        guard p.isRunning else {
            p.waitUntilExit()
            return nil
        }
        kill(p.processIdentifier, signal)
        let patience = Date().addingTimeInterval(60)
        while p.isRunning && Date() < patience { usleep(10_000) }
        if p.isRunning {
            kill(p.processIdentifier, SIGKILL)
            Issue.record("wikiconv did not stop within 60 s of signal \(signal) (is it ignored by the test runner?)")
        }
        p.waitUntilExit()
        return (p.terminationStatus, p.terminationReason)
    }

    // MARK: - Files

    /// A pages-articles dump holding every Corpus/ article `copies` times (distinct titles and ids).
    static func writeDump(copies: Int, in directory: TemporaryDirectory) throws -> String {
        let path = directory.path("corpus-x\(copies).xml")
        var xml = "<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\" version=\"0.11\">\n"
        var id = 1
        for copy in 1...copies {
            for file in Fixtures.corpusFiles() {
                let text = try String(contentsOf: file, encoding: .utf8)
                let title = file.deletingPathExtension().lastPathComponent.replacingOccurrences(of: "_", with: " ")
                xml += """
                  <page>
                    <title>\(escape(title)) \(copy)</title>
                    <ns>0</ns>
                    <id>\(id)</id>
                    <revision>
                      <id>\(id * 10)</id>
                      <timestamp>2024-01-01T00:00:00Z</timestamp>
                      <text xml:space="preserve">\(escape(text))</text>
                    </revision>
                  </page>

                """
                id += 1
            }
        }
        xml += "</mediawiki>\n"
        try Data(xml.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// Every file under `root` (relative path → bytes); folders are left out.
    static func snapshot(_ root: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: root) else { return files }
        while let relative = walker.nextObject() as? String {
            let path = (root as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            files[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
        }
        return files
    }

    /// A temporary name: `.NAME.wikiconv-PID-N.tmp` (possibly with a suffix such as `-journal`).
    static func isTemporary(_ relative: String) -> Bool {
        let name = (relative as NSString).lastPathComponent
        guard name.hasPrefix("."), let marker = name.range(of: ".wikiconv-", options: .backwards) else { return false }
        let rest = name[marker.upperBound...]
        return rest.range(of: #"^[0-9]+-[0-9]+\.tmp(-.*)?$"#, options: .regularExpression) != nil
    }
}
