import Foundation

/// Runs `work(i)` for every `i` in `0..<count` on `jobs` threads and hands the results to the
/// calling thread in index order, so what is written from them does not depend on the number
/// of threads. At most `window` results are done or under way ahead of the one the caller
/// waits for, which bounds memory whatever the speed of either side.
///
/// With one job the work runs on the calling thread, interleaved with `consume`.
enum OrderedParallel {
    static func run<T>(count: Int, jobs: Int, window: Int,
                       work: @escaping @Sendable (Int) -> T, consume: (Int, T) throws -> Void) throws {
        guard jobs > 1, count > 1 else {
            for i in 0..<count { try consume(i, work(i)) }
            return
        }
        let state = OrderedState<T>(count: count, window: max(window, jobs))
        let workers = min(jobs, count)
        for _ in 0..<workers {
            let thread = Thread { state.work(work) }
            thread.stackSize = 16 << 20  // a deeply nested page needs the main thread's room
            thread.start()
        }
        defer { state.stop(waitingFor: workers) }
        for i in 0..<count { try consume(i, state.take(i)) }
    }
}

/// What the threads of one `OrderedParallel.run` share; everything mutable is guarded by `cond`.
private final class OrderedState<T>: @unchecked Sendable {
    private let cond = NSCondition()
    private let count: Int
    private let window: Int
    private var results: [Int: T] = [:]
    private var nextToClaim = 0
    private var nextToTake = 0
    private var stopped = false
    private var finishedWorkers = 0

    init(count: Int, window: Int) {
        self.count = count
        self.window = window
    }

    func work(_ body: (Int) -> T) {
        cond.lock()
        while true {
            while !stopped && nextToClaim < count && nextToClaim >= nextToTake + window { cond.wait() }
            if stopped || nextToClaim >= count { break }
            let i = nextToClaim
            nextToClaim += 1
            cond.unlock()
            let result = body(i)
            cond.lock()
            results[i] = result
            cond.broadcast()
        }
        finishedWorkers += 1
        cond.broadcast()
        cond.unlock()
    }

    /// Result `i`, once a thread has it; the caller takes them in order.
    func take(_ i: Int) -> T {
        cond.lock()
        defer { cond.unlock() }
        while results.index(forKey: i) == nil { cond.wait() }
        nextToTake = i + 1
        cond.broadcast()
        return results.removeValue(forKey: i)!
    }

    /// Lets the threads finish the item they hold, then waits until all `workers` are gone.
    func stop(waitingFor workers: Int) {
        cond.lock()
        stopped = true
        cond.broadcast()
        while finishedWorkers < workers { cond.wait() }
        cond.unlock()
    }
}
