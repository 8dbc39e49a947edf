import WikiModel

extension SQLiteExporter {
    /// One parameter value of a `RowBatch` row; text is a range of the batch's text buffer.
    enum BatchValue {
        case null
        case integer(Int)
        case real(Double)
        case text(offset: Int, count: Int)
        /// UTF-8 text that outlives every statement (a kind's `staticName`).
        case constant(UnsafePointer<UInt8>, count: Int)
    }

    /// What each parameter of one prepared statement holds, so that `RowBatch` can skip binding
    /// a number or NULL the parameter holds already (a row's `table_id`, flags and NULL columns
    /// repeat from one run to the next). Text always counts as changed: it is bound from a
    /// buffer that is overwritten between runs.
    final class BoundValues {
        private let slots: UnsafeMutablePointer<BatchValue>

        /// `count` parameters, all unknown (nothing is skipped until a parameter is bound once).
        init(count: Int) {
            slots = .allocate(capacity: max(count, 1))
            // Text never matches, so it stands for "unknown".
            slots.initialize(repeating: .text(offset: 0, count: 0), count: max(count, 1))
        }

        deinit { slots.deallocate() }

        /// True when parameter `index` (0-based) already holds `value`. Doubles compare by bits,
        /// so 0.0 and -0.0 stay apart (and NaN, bound as NULL, matches itself).
        func holds(_ value: BatchValue, at index: Int) -> Bool {
            switch (value, slots[index]) {
            case (.null, .null): return true
            case (.integer(let a), .integer(let b)): return a == b
            case (.real(let a), .real(let b)): return a.bitPattern == b.bitPattern
            case (.constant(let a, let n), .constant(let b, let m)): return a == b && n == m
            default: return false
            }
        }

        /// Records that parameter `index` now holds `value`.
        func set(_ value: BatchValue, at index: Int) { slots[index] = value }
    }
}
