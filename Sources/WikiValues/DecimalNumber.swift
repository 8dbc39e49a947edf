/// A number as written: `mantissa × 10^exponent`, built digit by digit so that `23.64`
/// becomes exactly the Double `23.64` and scale words (`million`) only move the exponent.
struct DecimalNumber {
    /// Up to 19 significant digits.
    var mantissa: UInt64 = 0
    /// Power of ten applied to the mantissa.
    var exponent: Int = 0
    /// Significant digits kept in the mantissa.
    var digits = 0
    /// True once digits were dropped because the mantissa was full (the value is rounded).
    var rounded = false
    /// Digits written before the decimal point, and whether there was a fraction.
    var integerDigits = 0
    var hasFraction = false
    /// True when the integer part used a grouping separator (`1,500`, `1 500`).
    var grouped = false
    /// True when written in scientific notation (`2.12E-05`).
    var scientific = false
    /// True for `0` followed by more integer digits (`01208`): a code, not a quantity.
    var leadingZero = false

    /// Appends one digit of the integer part.
    mutating func addIntegerDigit(_ d: UInt8) {
        if integerDigits == 1, digits == 0 { leadingZero = true }
        integerDigits += 1
        add(d, fraction: false)
    }

    /// Appends one digit after the decimal point.
    mutating func addFractionDigit(_ d: UInt8) {
        hasFraction = true
        add(d, fraction: true)
    }

    private mutating func add(_ d: UInt8, fraction: Bool) {
        if digits == 0 && d == 0 {
            // Leading zeros carry no digits but still shift a fraction.
            if fraction { exponent -= 1 }
            return
        }
        if digits < 19 {
            mantissa = mantissa &* 10 &+ UInt64(d)
            digits += 1
            if fraction { exponent -= 1 }
        } else {
            rounded = rounded || d != 0
            if !fraction { exponent += 1 }
        }
    }

    /// True when the value has no fractional part (after any scale word).
    var isWhole: Bool {
        if mantissa == 0 || exponent >= 0 { return true }
        if -exponent > 19 { return false }
        return mantissa % DecimalNumber.powersOfTen[-exponent] == 0
    }

    /// The value as a Double, correctly rounded; nil when it overflows to infinity.
    var double: Double? {
        if mantissa == 0 { return 0 }
        // Clinger's fast path: both operands are exact doubles, so one rounding.
        if mantissa < 1 << 53, exponent >= -22, exponent <= 22 {
            let m = Double(mantissa)
            let p = DecimalNumber.exactDoublePowers[abs(exponent)]
            return exponent < 0 ? m / p : m * p
        }
        guard let d = Double("\(mantissa)e\(exponent)"), d.isFinite else { return nil }
        return d
    }

    /// 10^0 … 10^22, each exact as a Double (the fast path relies on that).
    static let exactDoublePowers: [Double] = {
        var p: [Double] = [1]
        for _ in 1...22 { p.append(p.last! * 10) }
        return p
    }()

    /// 10^0 … 10^19 as integers, for the whole-number test.
    static let powersOfTen: [UInt64] = {
        var p: [UInt64] = [1]
        for _ in 1...19 { p.append(p.last! &* 10) }
        return p
    }()
}
