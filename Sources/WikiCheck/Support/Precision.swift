/// How precisely a number is written, and how far rounding can move it.
///
/// A value written with `d` decimals can be up to half a unit of its last digit (`0.5 × 10^−d`)
/// away from the quantity it rounds. A sum of `n` such values can drift by `n` half-units.
enum Precision {
    /// Digits after the decimal point of the first number in `text` (`23.64%` → 2, `1,339` → 0).
    static func decimals(in text: String) -> Int {
        var seenDigit = false
        var afterPoint = false
        var count = 0
        for byte in text.utf8 {
            let isDigit = byte >= 0x30 && byte <= 0x39
            if afterPoint {
                if isDigit { count += 1; continue }
                break
            }
            if isDigit { seenDigit = true; continue }
            if seenDigit {
                if byte == 0x2E { afterPoint = true; continue }  // "."
                if byte == 0x2C { continue }                    // "," groups thousands
                break
            }
        }
        return count
    }

    /// Decimals of a number that only survives as a `Double` (a contest's percent): the digits
    /// of its shortest form, with a whole number counted as written without decimals.
    static func decimals(of value: Double) -> Int {
        // A double's description is ASCII: its bytes are its characters.
        let bytes = String(value).utf8
        guard !bytes.contains(0x65), let point = bytes.firstIndex(of: 0x2E) else { return 2 }  // "e", "."
        let fraction = bytes[bytes.index(after: point)...]
        return fraction.count == 1 && fraction.first == 0x30 ? 0 : fraction.count
    }

    /// Half a unit of the last digit of a number written with `decimals` decimals.
    static func halfUnit(_ decimals: Int) -> Double {
        var unit = 1.0
        for _ in 0..<max(0, decimals) { unit /= 10 }
        return unit / 2
    }

    /// How many trailing zeros every one of `values` has (at most 6); 0 when one is not whole.
    /// `17,900,000` and `20,100,000` give 5: figures rounded to hundred thousands.
    static func commonTrailingZeros(_ values: [Double]) -> Int {
        var zeros = 6
        for value in values {
            guard value.rounded() == value, abs(value) < 1e15 else { return 0 }
            var n = Int(abs(value)), z = 0
            if n == 0 { continue }
            while z < zeros, n % 10 == 0 { n /= 10; z += 1 }
            zeros = min(zeros, z)
        }
        return zeros == 6 && values.allSatisfy({ $0 == 0 }) ? 0 : zeros
    }
}
