/// Number formatting for `JSONWriter`: integers and doubles written straight into the buffer,
/// without building a `String`.
extension JSONWriter {
    /// Appends the decimal digits of `value` without building a String.
    mutating func appendInteger(_ value: Int) {
        reserve(20)  // "-9223372036854775808"
        putInteger(value)
    }

    /// `appendInteger` with room for 20 bytes already reserved.
    @inline(__always)
    mutating func putInteger(_ value: Int) {
        count += Self.writeInteger(value, at: buffer + count)
    }

    /// `writeInteger` with one and two digits (grid positions, spans, short row numbers) done
    /// in place, without the call; longer numbers go to `writeInteger`.
    @inline(__always)
    static func writeShortInteger(_ value: Int, at out: UnsafeMutablePointer<UInt8>) -> Int {
        if UInt(bitPattern: value) < 10 {
            out[0] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value)
            return 1
        }
        if UInt(bitPattern: value) < 100 {
            let pair = value &* 2
            out[0] = digitPairs.utf8Start[pair]
            out[1] = digitPairs.utf8Start[pair &+ 1]
            return 2
        }
        return writeInteger(value, at: out)
    }

    /// `writeInteger` with up to four digits (a cell's line number) done in place, two at a
    /// time from the digit-pair table; longer numbers go to `writeInteger`.
    @inline(__always)
    static func writeLineNumber(_ value: Int, at out: UnsafeMutablePointer<UInt8>) -> Int {
        if UInt(bitPattern: value) < 100 { return writeShortInteger(value, at: out) }
        if UInt(bitPattern: value) < 10_000 {
            let high = value / 100, low = (value &- high &* 100) &* 2
            var n = 0
            if high < 10 {
                out[0] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: high)
                n = 1
            } else {
                out[0] = digitPairs.utf8Start[high &* 2]
                out[1] = digitPairs.utf8Start[high &* 2 &+ 1]
                n = 2
            }
            out[n] = digitPairs.utf8Start[low]
            out[n &+ 1] = digitPairs.utf8Start[low &+ 1]
            return n &+ 2
        }
        return writeInteger(value, at: out)
    }

    /// Writes the decimal digits of `value` at `out` (room for 20 bytes) and returns how many
    /// bytes it wrote: for writers that keep their own cursor.
    static func writeInteger(_ value: Int, at start: UnsafeMutablePointer<UInt8>) -> Int {
        if value >= 0 && value < 10 {  // spans, grid positions, flags: mostly one digit
            start[0] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value)
            return 1
        }
        var sign = 0
        if value < 0 {
            start[0] = UInt8(ascii: "-")
            sign = 1
        }
        var magnitude = value.magnitude  // UInt, so Int.min is fine
        // Count the digits first, then write them from the last one back, two at a time
        // from a table of "00"…"99": half the divisions, and no reversal pass.
        let digits = digitCount(magnitude)
        let pairs = digitPairs.utf8Start
        var out = start + sign + digits
        while magnitude >= 100 {
            let pair = Int(truncatingIfNeeded: magnitude % 100) &* 2
            magnitude /= 100
            out -= 2
            out[0] = pairs[pair]
            out[1] = pairs[pair &+ 1]
        }
        if magnitude >= 10 {
            let pair = Int(truncatingIfNeeded: magnitude) &* 2
            out -= 2
            out[0] = pairs[pair]
            out[1] = pairs[pair &+ 1]
        } else {
            out -= 1
            out[0] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude)
        }
        return sign + digits
    }

    /// The number of decimal digits of `magnitude`: compares for the usual sizes (line numbers,
    /// grid positions), a loop for the rest.
    @inline(__always)
    static func digitCount(_ magnitude: UInt) -> Int {
        if magnitude < 100 { return magnitude < 10 ? 1 : 2 }
        if magnitude < 10_000 { return magnitude < 1_000 ? 3 : 4 }
        if magnitude < 1_000_000 { return magnitude < 100_000 ? 5 : 6 }
        var digits = 7
        var limit: UInt = 10_000_000
        while digits < 19 && magnitude >= limit {  // 10^19 still fits a UInt; |Int.min| < 10^19
            limit &*= 10
            digits += 1
        }
        return digits
    }

    /// "00", "01", … "99" back to back: two digits per table read in `appendInteger`.
    private static var digitPairs: StaticString {
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
    }

    /// `t.rounded()` (to nearest, halves away from zero) for `0 <= t < 2^52`: the integer part by
    /// conversion, and the fraction `t - whole`, which is exact there.
    @inline(__always)
    static func roundedHalfAwayFromZero(_ t: Double) -> Double {
        let whole = Double(Int(t))
        return t - whole >= 0.5 ? whole + 1 : whole
    }

    /// Integral doubles up to 2^53 print as integers (`100`, not `100.0`); others use Swift's
    /// shortest round-trip description (`23.64`, `1e-07`, `1e+20`), which is valid JSON.
    mutating func appendDouble(_ value: Double) {
        guard value.isFinite else {
            appendLiteral("null")
            return
        }
        if value == 0 && value.sign == .minus {
            appendLiteral("-0.0")  // keep the sign, e.g. a swing written as −0.0
            return
        }
        reserve(32)
        if let n = Self.writeShortDouble(value, at: buffer + count) {
            count += n
            return
        }
        var text = value.description  // at most 24 bytes
        text.withUTF8 { append($0) }
    }

    /// Writes a finite double other than −0.0 at `out` (room for 32 bytes) when it is integral
    /// up to 2^53 (as an integer) or has at most four decimals and a magnitude in [0.001, 10^9)
    /// (`[-]int.frac`, nearly every other number in a table), and returns how many bytes it
    /// wrote; nil, writing nothing, for any other. The same bytes as `appendDouble`: the fewest
    /// decimals `d` for which `m / 10^d` (correctly rounded, as parsing the text would be) is
    /// the value is the shortest round-trip form that `description` prints, and at these
    /// magnitudes no other `m` with `d` decimals rounds to the value (an ulp is far below
    /// 10^-4), so there is no tie to break.
    static func writeShortDouble(_ value: Double, at out: UnsafeMutablePointer<UInt8>) -> Int? {
        let magnitude = value.magnitude
        // Integral test and rounding by integer conversion, exact at these magnitudes:
        // `rounded()` is a libm call on the baseline x86-64 target.
        if magnitude <= 9_007_199_254_740_992 {
            let integer = Int(value)
            if Double(integer) == value { return writeInteger(integer, at: out) }
        }
        guard magnitude >= 0.001 && magnitude < 1e9 else { return nil }
        var scale = 10.0
        var scaleInt = 10
        var decimals = 1
        while true {
            let m = roundedHalfAwayFromZero(magnitude * scale)
            if m / scale == magnitude {
                let whole = Int(m)
                var n = 0
                if value < 0 {
                    out[0] = UInt8(ascii: "-")
                    n = 1
                }
                n += writeInteger(whole / scaleInt, at: out + n)
                out[n] = UInt8(ascii: ".")
                var fraction = whole % scaleInt
                for k in stride(from: n + decimals, to: n, by: -1) {
                    out[k] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: fraction % 10)
                    fraction /= 10
                }
                return n + 1 + decimals
            }
            guard decimals < 4 else { return nil }
            decimals += 1
            scale *= 10
            scaleInt &*= 10
        }
    }
}
