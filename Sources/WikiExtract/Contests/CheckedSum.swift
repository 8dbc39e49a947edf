extension Sequence where Element == Int {
    /// The sum, or nil when it overflows `Int` (absurd figures: twenty thousand parties of
    /// 10^15 votes each), so a total is left unstated instead of trapping.
    var checkedSum: Int? {
        var sum = 0
        for n in self {
            let (next, overflow) = sum.addingReportingOverflow(n)
            if overflow { return nil }
            sum = next
        }
        return sum
    }
}
