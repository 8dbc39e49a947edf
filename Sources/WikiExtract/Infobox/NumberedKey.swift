/// Splits a numbered parameter key into its stem and index: `popular_vote1` → (`popular_vote`, 1).
///
/// The stem must be non-empty and digit-free, so positional keys (`1`) and two-index keys
/// (`st1t2`, which belong to election-results templates) are not numbered keys here. The key
/// itself always keeps its digits (DBpedia#231).
struct NumberedKey: Equatable {
    let stem: String
    let index: Int

    init?(_ key: String) {
        var key = key
        // The stem is decoded from the same contiguous bytes (`utf8.prefix` went generic).
        guard let (stem, index) = key.withUTF8({ bytes -> (String, Int)? in
            guard let split = Self.split(bytes) else { return nil }
            return (String(decoding: UnsafeBufferPointer(rebasing: bytes[..<split.stemEnd]), as: UTF8.self), split.index)
        }) else { return nil }
        self.stem = stem
        self.index = index
    }

    /// The index alone (`Field.group`), with no stem string made.
    static func index(of key: String) -> Int? {
        var key = key
        return key.withUTF8 { Self.split($0)?.index }
    }

    /// Where the stem ends (trailing spaces dropped: `party 1` → `party`) and the index.
    private static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> (stemEnd: Int, index: Int)? {
        var end = bytes.count
        while end > 0, isDigit(bytes[end - 1]) { end -= 1 }
        guard end > 0, end < bytes.count, end >= bytes.count - 4 else { return nil }
        for i in 0..<end where isDigit(bytes[i]) { return nil }
        var index = 0  // at most four digits: no overflow
        for i in end..<bytes.count { index = index * 10 + Int(bytes[i] - 0x30) }
        var stemEnd = end
        while stemEnd > 0, bytes[stemEnd - 1] == 0x20 { stemEnd -= 1 }
        guard stemEnd > 0 else { return nil }
        return (stemEnd, index)
    }

    @inline(__always) private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
}
