import WikiModel

/// A growable run of plain values in memory of its own, for the layout's per-slot loops:
/// appends and reads without `Array`'s uniqueness and bounds checks. Keeping indices below
/// `count` is the caller's job.
struct LayoutBuffer<Element: BitwiseCopyable>: ~Copyable {
    /// The first element; valid until the next append.
    private(set) var base: UnsafeMutablePointer<Element>
    /// Elements written so far.
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    subscript(i: Int) -> Element {
        get { base[i] }
        nonmutating set { base[i] = newValue }
    }

    mutating func append(_ element: Element) {
        if count == capacity { grow(to: count + 1) }
        (base + count).initialize(to: element)
        count += 1
    }

    /// Appends `n` copies of `element`.
    mutating func append(_ element: Element, count n: Int) {
        if count + n > capacity { grow(to: count + n) }
        (base + count).initialize(repeating: element, count: n)
        count += n
    }

    /// Makes room for `n` more elements and counts them as written: the caller fills them
    /// through the pointer returned (the first of them).
    mutating func extend(by n: Int) -> UnsafeMutablePointer<Element> {
        if count + n > capacity { grow(to: count + n) }
        defer { count += n }
        return base + count
    }

    /// Forgets the elements written, keeping the memory.
    mutating func removeAll() { count = 0 }

    private mutating func grow(to minimum: Int) {
        base = base.grown(count: count, capacity: &capacity, toHold: minimum)
    }
}
