/// The currency signs a value may open with, as the value parser reads them (`Patterns.prefix`,
/// group `cur`): `$` after up to three capitals (`$`, `US$`, `C$`), `Rs`, or a sign of its own.
public enum CurrencySigns {
    /// The signs that stand alone.
    public static let symbols = ["€", "£", "¥", "₹", "₨", "₱", "₩", "₽", "₺", "₦"]

    /// True when `bytes` open with a currency sign.
    public static func opens(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var letters = 0
        while letters < bytes.count, letters < 3, bytes[letters] >= 0x41, bytes[letters] <= 0x5A { letters += 1 }
        if letters < bytes.count, bytes[letters] == 0x24 { return true }  // `$`, `US$`, `C$`
        if bytes.count >= 2, bytes[0] == 0x52, bytes[1] == 0x73 { return true }  // `Rs`
        return symbolBytes.contains { sign in bytes.count >= sign.count && zip(sign, bytes).allSatisfy { $0 == $1 } }
    }

    private static let symbolBytes = symbols.map { Array($0.utf8) }
}
