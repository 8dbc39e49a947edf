import WikiModel

/// A growable byte buffer written through a raw pointer, for the exporters' hot loops.
///
/// Appending to an `[UInt8]` checks uniqueness and capacity on every call; this buffer is not
/// copyable, so it needs neither check beyond "is there room". Its storage moves only when it
/// grows, so a pointer into it stays valid until the next append (what SQLite's
/// `SQLITE_STATIC` bindings rely on).
struct ByteBuffer: ~Copyable {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    /// Bytes written so far.
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Empties the buffer, keeping its capacity.
    mutating func removeAll() { count = 0 }

    /// The bytes written so far, valid until the next append.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// A copy of the bytes as an array.
    var array: [UInt8] { Array(bytes) }

    /// Makes room for `extra` more bytes, doubling the storage when it is full.
    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(count + extra) }
    }

    private mutating func grow(_ needed: Int) {
        base = base.grown(count: count, capacity: &capacity, toHold: needed)
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        reserve(bytes.count)
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        append(bytes.bindMemory(to: UInt8.self))
    }

    /// Appends a string's UTF-8 (labelled, so that a literal picks the `StaticString` overload).
    mutating func append(contentsOf string: String) {
        string.withUTF8Bytes { append($0) }
    }

    /// Appends a literal such as `" | "`: a constant length makes the copy a few moves.
    @inline(__always)
    mutating func append(_ literal: StaticString) {
        if literal.hasPointerRepresentation {
            append(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
        } else {
            literal.withUTF8Buffer { append($0) }  // a one-scalar literal is stored as the scalar
        }
    }

    /// Appends the decimal digits of `value` (with `-` when negative) without building a String.
    mutating func appendDecimal(_ value: Int) {
        reserve(20)  // "-9223372036854775808"
        if value < 0 { append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude  // UInt, so Int.min is fine
        let start = count
        repeat {  // least significant digit first, then turned around
            base[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            count += 1
            magnitude /= 10
        } while magnitude > 0
        var digits = UnsafeMutableBufferPointer(start: base + start, count: count - start)
        digits.reverse()
    }
}

extension String {
    /// Calls `body` with the string's UTF-8, without a copy for a native string (a bridged one
    /// is made native and contiguous first).
    @inline(__always)
    func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }
}
