/// Splits a numbered parameter key into its stem and index: `popular_vote1` → (`popular_vote`, 1).
///
/// The stem must be non-empty and digit-free, so positional keys (`1`) and two-index keys
/// (`st1t2`, which belong to election-results templates) are not numbered keys here. The key
/// itself always keeps its digits (DBpedia#231).
struct NumberedKey: Equatable {
    let stem: String
    let index: Int

    init?(_ key: String) {
        let bytes = Array(key.utf8)
        var end = bytes.count
        while end > 0, bytes[end - 1] >= 0x30 && bytes[end - 1] <= 0x39 { end -= 1 }
        guard end > 0, end < bytes.count, end >= bytes.count - 4 else { return nil }
        guard !bytes[..<end].contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        guard let index = Int(String(decoding: bytes[end...], as: UTF8.self)) else { return nil }
        var stemEnd = end
        while stemEnd > 0, bytes[stemEnd - 1] == 0x20 { stemEnd -= 1 }  // `party 1` → `party`
        guard stemEnd > 0 else { return nil }
        self.stem = String(decoding: bytes[..<stemEnd], as: UTF8.self)
        self.index = index
    }
}
