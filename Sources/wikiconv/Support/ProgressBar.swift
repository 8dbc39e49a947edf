import Foundation

/// A one-line progress bar on stderr: percent, pages/s, MB/s and ETA. It draws only when
/// stderr is a terminal (CI logs and pipes stay clean) and at most ten times a second.
struct ProgressBar {
    private let enabled: Bool
    private let start = ContinuousClock.now
    private var lastDraw = ContinuousClock.now - .seconds(1)

    init() { enabled = isatty(STDERR_FILENO) == 1 }

    /// Redraws with `done` of `total` bytes (nil total: no percentage or ETA) and `pages` read.
    mutating func update(done: Int, total: Int?, pages: Int, force: Bool = false) {
        guard enabled else { return }
        let now = ContinuousClock.now
        guard force || now - lastDraw >= .milliseconds(100) else { return }
        lastDraw = now
        let elapsed = max(1e-6, (now - start).seconds)
        let rate = Double(done) / 1e6 / elapsed
        var line = String(format: "%8d pages  %7.1f pages/s  %6.1f MB/s", pages, Double(pages) / elapsed, rate)
        if let total, total > 0 {
            let fraction = min(1, Double(done) / Double(total))
            let width = 24, filled = Int(fraction * Double(width))
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            let eta = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0
            line = "\(bar) " + String(format: "%5.1f%%  ", fraction * 100) + line + String(format: "  ETA %4.0fs", eta)
        }
        FileHandle.standardError.write(Data(("\r" + line).utf8))
    }

    /// Ends the bar's line.
    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
