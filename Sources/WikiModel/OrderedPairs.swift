/// An ordered list of keyed entries, written to JSON as an object whose members keep this order.
///
/// Used wherever the output order matters and a dictionary would lose it: template counts,
/// attributes, a numbered group's fields, seats by type. Keys are expected to be unique;
/// writers keep the first entry for a repeated key.
///
/// `Codable` maps it to a JSON object. `JSONDecoder` does not report member order, so decoding
/// yields the members sorted by key; wikiconv's own writers always keep the stored order.
public struct OrderedPairs<Value>: RandomAccessCollection, ExpressibleByDictionaryLiteral {
    /// One keyed entry.
    public struct Entry {
        /// The entry's key.
        public var key: String
        /// The entry's value.
        public var value: Value

        /// Creates an entry.
        public init(key: String, value: Value) {
            self.key = key
            self.value = value
        }
    }

    /// The entries in order.
    public var entries: [Entry]

    /// Creates a list from entries, kept in the given order.
    public init(_ entries: [Entry] = []) {
        self.entries = entries
    }

    /// Creates a list from `key: value` literals, kept in source order.
    public init(dictionaryLiteral elements: (String, Value)...) {
        entries = elements.map { Entry(key: $0.0, value: $0.1) }
    }

    /// The value of the first entry with `key`, or nil (a linear search: these lists are short).
    public subscript(key: String) -> Value? {
        entries.first { $0.key == key }?.value
    }

    /// The keys in order.
    public var keys: [String] { entries.map(\.key) }

    /// Appends an entry at the end, even when the key is already present.
    public mutating func append(key: String, value: Value) {
        entries.append(Entry(key: key, value: value))
    }

    /// The first position.
    public var startIndex: Int { entries.startIndex }
    /// One past the last position.
    public var endIndex: Int { entries.endIndex }
    /// The entry at `position`.
    public subscript(position: Int) -> Entry { entries[position] }
}

extension OrderedPairs.Entry: Sendable where Value: Sendable {}
extension OrderedPairs.Entry: Equatable where Value: Equatable {}
extension OrderedPairs: Sendable where Value: Sendable {}
extension OrderedPairs: Equatable where Value: Equatable {}

extension OrderedPairs: Codable where Value: Codable {
    private struct MemberKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { return nil }
    }

    /// Encodes as a JSON object, one member per entry (the first entry wins for a repeated key).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: MemberKey.self)
        var seen = Set<String>()
        for entry in entries where seen.insert(entry.key).inserted {
            try container.encode(entry.value, forKey: MemberKey(stringValue: entry.key))
        }
    }

    /// Decodes from a JSON object; members come out sorted by key (see the type's note).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: MemberKey.self)
        let keys = container.allKeys.sorted { $0.stringValue < $1.stringValue }
        entries = try keys.map { Entry(key: $0.stringValue, value: try container.decode(Value.self, forKey: $0)) }
    }
}
