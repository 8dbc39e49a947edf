import Foundation
import WikiExport

/// The part of "extract+all formats" that no faster code can remove: creating, writing and
/// renaming the same files (count and sizes) the export wrote, with no conversion at all.
/// On a machine where creating a file costs ~0.1 ms of kernel time, Output/'s few hundred
/// files are a large share of the all-formats budget; the bench prints this floor beside it.
enum FileWriteFloor {
    /// Sizes of the regular files below `folder` (what one export pass wrote).
    static func fileSizes(under folder: String) -> [Int] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var sizes: [Int] = []
        while let path = walker.nextObject() as? String {
            let attributes = try? FileManager.default.attributesOfItem(atPath: folder + "/" + path)
            if attributes?[.type] as? FileAttributeType == .typeRegular {
                sizes.append((attributes?[.size] as? Int) ?? 0)
            }
        }
        return sizes
    }

    /// Median thread CPU seconds of writing files of `sizes` into `folder` through
    /// `AtomicFile` (temporary name, write, rename), as the exporters do.
    static func seconds(sizes: [Int], folder: String, runs: Int) throws -> Double {
        let bytes = [UInt8](repeating: 0x61, count: sizes.max() ?? 0)
        var times: [Double] = []
        for run in 0..<max(1, runs) {
            let directory = folder + "/run-\(run)"
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let start = BenchCommand.threadCPUSeconds()
            for (i, size) in sizes.enumerated() {
                try AtomicFile.write(Array(bytes[..<size]), to: directory + "/file-\(i)")
            }
            times.append(BenchCommand.threadCPUSeconds() - start)
        }
        times.sort()
        return times[times.count / 2]
    }
}
