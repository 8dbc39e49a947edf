import Foundation
import Testing
import TestSupport
import WikiDump


/// Reads everything, going on after recoverable errors; returns the page count.
private func drain(_ path: String) -> Int {
    guard let reader = try? DumpReader(path: path, options: .all) else { return 0 }
    var pages = 0
    var steps = 0
    while steps < 100_000 {
        steps += 1
        do {
            guard try reader.next() != nil else { break }
            pages += 1
        } catch let e as DumpError where e.isRecoverable {
            continue
        } catch {
            #expect(!"\(error)".contains("\n"))
            break
        }
    }
    #expect(steps < 100_000, "reader did not terminate on \(path)")
    return pages
}

/// Mutated copies of real samples (flipped bytes, XML metacharacters dropped in, cuts) never
/// crash or hang the reader: every outcome is pages and/or one `DumpError`.
@Test(arguments: [Samples.tiny, Samples.testcorpus])
func mutatedInputsNeverCrash(sample: String) throws {
    let original = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Samples.path(sample))))
    let dir = try Samples.tempDir()
    var rng = SeededGenerator(seed: 42)
    let specials = Array("<>&;/\"'![]-?#x".utf8) + [0, 0x0D, 0xFF]
    for round in 0..<150 {
        var bytes = original
        for _ in 0..<Int.random(in: 1...8, using: &rng) {
            let at = Int.random(in: 0..<bytes.count, using: &rng)
            switch Int.random(in: 0..<3, using: &rng) {
            case 0: bytes[at] = specials.randomElement(using: &rng) ?? 0
            case 1: bytes[at] ^= UInt8.random(in: 1...255, using: &rng)
            default: bytes.insert(contentsOf: specials.shuffled(using: &rng).prefix(3), at: at)
            }
        }
        if round % 5 == 0 { bytes.removeLast(Int.random(in: 0..<bytes.count, using: &rng)) }
        let url = dir.appendingPathComponent("m\(round)-" + sample)
        try Data(bytes).write(to: url)
        _ = drain(url.path)
    }
}
