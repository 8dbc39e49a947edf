import Foundation
import WikiDump
import WikiExport

/// `wikiconv bench --dump FILE`: the three stages of a dump conversion, each timed once in
/// one run, in MB/s of XML and pages/s.
enum DumpBench {
    static func run(_ path: String) throws {
        let clock = ContinuousClock()
        var decompressed: DumpCounts?
        let t1 = try clock.measure { decompressed = try DumpReader.decompressOnly(path: path) }.seconds
        var scanned: DumpCounts?
        let t2 = try clock.measure { scanned = try DumpReader.scanOnly(path: path) }.seconds
        guard let decompressed, let scanned else { return }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("wikiconv-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        var converted = 0
        var failure: Error?
        let t3 = clock.measure {
            do {
                let sinks = try ExportSet(formats: [.jsonl], output: scratch.path)
                converted = try DumpInput.convert(path, settings: DumpInput.Settings(), into: sinks).pages
                try sinks.finish()
            } catch { failure = error }
        }.seconds
        if let failure { throw failure }
        let mb = Double(scanned.bytes) / 1e6
        func line(_ name: String, _ t: Double, _ pages: Int?) -> String {
            let rate = pages.map { String(format: ", %.0f pages/s", Double($0) / t) } ?? ""
            return String(format: "%@: %.2f MB of XML in %.3f s = %.1f MB/s", name, mb, t, mb / t) + rate
        }
        _ = decompressed
        print(line("decompress (libbz2 only)", t1, nil))
        print(line("scan", t2, scanned.pages))
        print(line("convert to jsonl", t3, converted))
    }
}
