/// A slot in a table grid: zero-based row and column, header rows included.
///
/// Written to JSON as the two-element array `[row, col]`.
public struct GridPosition: Codable, Sendable, Equatable, Hashable {
    /// Zero-based grid row (header rows count).
    public var row: Int
    /// Zero-based grid column.
    public var col: Int

    /// Creates a position.
    public init(row: Int, col: Int) {
        self.row = row
        self.col = col
    }

    /// Encodes as `[row, col]`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(row)
        try container.encode(col)
    }

    /// Decodes from `[row, col]`.
    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        row = try container.decode(Int.self)
        col = try container.decode(Int.self)
    }
}
