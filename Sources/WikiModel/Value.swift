/// A typed value parsed from plain text. The text itself stays beside it (in `Field` or `Cell`).
///
/// A percent is stored as written (23.64, not 0.2364) and a change carries its sign.
/// Members that do not apply are nil (and left out of the JSON).
public struct Value: Codable, Sendable, Equatable {
    /// What the text turned out to be.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// A whole number: `13,999,656`.
        case integer
        /// A number with a fractional part: `3.5`.
        case decimal
        /// A percentage: `23.64%`.
        case percent
        /// A signed change: `{{increase}}16`, `▼2`, `−0.71 pp`.
        case change
        /// Percentage points that are not a change: `4.2 pp`.
        case percentagePoints
        /// A calendar date: `30 June 2023`.
        case date
        /// A year on its own: `2024`.
        case year
        /// Two numbers or dates: `10–12`.
        case range
        /// Words, not a quantity.
        case text
        /// Nothing at all.
        case empty
        /// Looked like a quantity but did not parse.
        case unparsed
    }

    /// How sure the parse is.
    public enum Status: String, Codable, Sendable, CaseIterable {
        /// The whole text was the value.
        case exact
        /// The text marks the value as approximate (`c.`, `~`, `about`, `over`).
        case approximate
        /// A value was read but other text beside it was ignored.
        case partial
    }

    // Layout as in WikiValues' `TypedValue`: `status` stored second and the optionals spelled
    // `Optional<…>` (no implicit `= nil`), so the compiler's memberwise initializer exists beside
    // the public one and the public one forwards to it. That compiles to plain stores, where
    // assigning members one by one copies and releases the whole value on every cell.

    /// The kind of value.
    public var kind: Kind
    /// How sure the parse is; nil when it does not apply (text, empty).
    public var status: Optional<Status>
    /// The number (signed for a change; as written for a percent), or nil.
    public var number: Optional<Double>
    /// The lower end of a range.
    public var low: Optional<Double>
    /// The upper end of a range.
    public var high: Optional<Double>
    /// A unit given with the number, e.g. `pp`, `%`, `km`.
    public var unit: Optional<String>
    /// ISO 8601 form of a date or year: `2023-06-30`, `2023-06`, `2023`.
    public var iso: Optional<String>

    enum CodingKeys: String, CodingKey { case kind, number, low, high, unit, iso, status }
}

extension Value {
    /// Creates a value.
    public init(kind: Kind, number: Double? = nil, low: Double? = nil, high: Double? = nil,
                unit: String? = nil, iso: String? = nil, status: Status? = nil) {
        self.init(kind: kind, status: status, number: number, low: low, high: high, unit: unit, iso: iso)
    }
}
