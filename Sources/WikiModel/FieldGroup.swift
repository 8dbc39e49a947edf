/// The numbered parameters of an infobox that share one index (`party1`, `leader1`, `seats1`).
public struct FieldGroup: Codable, Sendable, Equatable {
    /// The shared index (1 for `party1`). Gaps in the source stay gaps.
    public var index: Int
    /// Field stem → plain text, in source order: `["leader": "Nawaz Sharif", "seats": "100"]`.
    public var fields: OrderedPairs<String>

    /// Creates a group.
    public init(index: Int, fields: OrderedPairs<String> = OrderedPairs()) {
        self.index = index
        self.fields = fields
    }
}
