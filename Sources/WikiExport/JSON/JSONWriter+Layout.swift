import WikiModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffer growth, separators and indentation for `JSONWriter`.
extension JSONWriter {
    /// Makes room for `extra` more bytes, doubling the buffer when it is full. The sum wraps
    /// unchecked: both are far below `Int.max` (a buffer in memory and a small request), and
    /// this runs for nearly every value written.
    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if count &+ extra > capacity { grow(count &+ extra) }
    }

    /// Doubles the capacity until it holds `needed`. The buffer is `malloc`ed so that it can
    /// grow by `realloc`: a buffer as big as the largest article (megabytes, on every run)
    /// is then usually extended in place or remapped rather than copied.
    mutating func grow(_ needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        guard let bigger = realloc(buffer, newCapacity) else { fatalError("JSONWriter: out of memory") }
        buffer = bigger.assumingMemoryBound(to: UInt8.self)
        capacity = newCapacity
    }

    /// A `malloc`ed buffer of `capacity` bytes (freed with `free`, grown with `realloc`).
    static func allocateBytes(_ capacity: Int) -> UnsafeMutablePointer<UInt8> {
        guard let bytes = malloc(capacity) else { fatalError("JSONWriter: out of memory") }
        return bytes.assumingMemoryBound(to: UInt8.self)
    }

    /// Stores one byte; the caller has reserved room.
    @inline(__always)
    mutating func put(_ byte: UInt8) {
        buffer[count] = byte
        count &+= 1  // within the reserved room, so far below `Int.max`
    }

    /// Copies bytes; the caller has reserved room.
    @inline(__always)
    mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        (buffer + count).update(from: source, count: bytes.count)
        count &+= bytes.count
    }

    /// Appends bytes, reserving room first.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count)
        put(bytes)
    }

    @inline(__always)  // a constant length makes the copy a few moves
    mutating func appendLiteral(_ literal: StaticString) {
        if literal.hasPointerRepresentation {
            append(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
        } else {
            literal.withUTF8Buffer { append($0) }  // a one-scalar literal is stored as the scalar
        }
    }

    /// Separator and indentation before an array element or a top-level value.
    mutating func beforeValue() {
        if afterKey {
            afterKey = false
            return
        }
        guard depth > 0 else { return }
        assert(current.isArray, "JSONWriter: object member written without key(_:)")
        separate()
    }

    /// Separator and indentation before an object member.
    mutating func beginMember() {
        assert(depth > 0 && !current.isArray && !afterKey, "JSONWriter: key(_:) outside an object or twice in a row")
        afterKey = false
        guard depth > 0 else { return }
        separate()
    }

    /// Writes the comma (after the first item) and, in pretty style, the newline and indent.
    mutating func separate() {
        let first = current.count == 0
        current.count += 1
        switch style {
        case .compact:
            if !first { appendRaw(UInt8(ascii: ",")) }
        case .pretty where current.inline:
            if !first {
                reserve(2)
                put(UInt8(ascii: ","))
                put(UInt8(ascii: " "))
            }
        case .pretty:
            newline(indent: depth, comma: !first)
        }
    }

    mutating func open(_ frame: Frame) {
        if depth > 0 {
            if depth > enclosingCapacity { growEnclosing() }
            enclosing[depth - 1] = current
        }
        current = frame
        depth += 1
    }

    mutating func end(_ closer: UInt8, array: Bool) {
        assert(!afterKey, "JSONWriter: key(_:) without a value")
        guard depth > 0 else {
            assertionFailure("JSONWriter: end without begin")
            return
        }
        assert(current.isArray == array, "JSONWriter: mismatched end")
        let frame = current
        depth -= 1
        if depth > 0 { current = enclosing[depth - 1] }
        if style == .pretty && frame.count > 0 && !frame.inline { newline(indent: depth, comma: false) }
        appendRaw(closer)
    }

    mutating func growEnclosing() {
        enclosing = enclosing.moved(count: enclosingCapacity, toCapacity: enclosingCapacity * 2)
        enclosingCapacity *= 2
    }

    /// An optional comma, a newline and two spaces per level.
    mutating func newline(indent: Int, comma: Bool) {
        reserve(2 + 2 * indent)
        if comma { put(UInt8(ascii: ",")) }
        put(UInt8(ascii: "\n"))
        (buffer + count).initialize(repeating: UInt8(ascii: " "), count: 2 * indent)
        count += 2 * indent
    }
}
