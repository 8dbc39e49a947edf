/// What a piece of plain text turned out to be.
public enum ValueKind: String, Sendable, CaseIterable, Codable {
    /// A whole number: `13,999,656`, `100`, `1.5 million`.
    case integer
    /// A number with a fraction: `95.855`, `3.14`.
    case decimal
    /// An unsigned percentage, stored as written: `23.64%` → 23.64.
    case percent
    /// A number written with a change sign (`+`, `−` U+2212, `▲`, `▼`): `+16`, `−0.71 pp`.
    /// A hyphen-minus or en dash is an ordinary minus: `-130.76` is a decimal.
    /// `unit` says what changed: nil, `"%"`, `"pp"` or a unit word.
    case change
    /// Unsigned percentage points: `3.9 pp` (unit `"pp"`).
    case percentagePoints
    /// A calendar date; see ``TypedValue/iso``.
    case date
    /// A bare year such as `2024`; `number` holds it too.
    case year
    /// Two numbers: `10–20`, `10 to 20`, `2010–14`; see ``TypedValue/low`` and ``TypedValue/high``.
    case range
    /// Words or symbols that do not start with a number: `Nawaz Sharif`, `IND (backed by PTI)`.
    case text
    /// Nothing: whitespace, a lone dash (`—`, `–`, `-`, `−`) or `N/A`.
    case empty
    /// It starts like a number but no rule fits: `1,2,3`, `12,34`, `3/4`, `1:45.2`.
    case unparsed
}

/// How much of the text the value covers.
public enum ParseStatus: String, Sendable, Codable, CaseIterable {
    /// The whole text is the value (footnote markers such as `[1]` do not count).
    case exact
    /// A value with extra words around it: `12,100 (2010 est.)`, `c. 1500`, `336 seats`.
    case partial
    /// No value was taken (``ValueKind/text`` and ``ValueKind/unparsed``).
    case none
}

/// A typed value read from plain text. Fields that do not apply to the kind are nil (and are
/// left out when encoded, so JSON reads `{"kind":"change","number":-0.71,"unit":"pp",…}`).
public struct TypedValue: Sendable, Equatable, Hashable, Codable {
    // Layout note: `status` is stored second and the optionals are spelled `Optional<…>` (which
    // gives them no implicit `= nil`), so the compiler's memberwise initializer,
    // `init(kind:status:number:low:high:unit:iso:)`, exists next to the public one without
    // clashing. The public one forwards to it: that compiles to plain stores, where assigning
    // the members one by one copies and releases the whole value (two strings) on every call.

    /// The kind of value.
    public var kind: ValueKind
    /// How much of the text the value covers.
    public var status: ParseStatus
    /// The number, signed for a change; nil for dates, ranges, text, empty and unparsed.
    public var number: Optional<Double>
    /// The lower end of a ``ValueKind/range``.
    public var low: Optional<Double>
    /// The upper end of a ``ValueKind/range``.
    public var high: Optional<Double>
    /// `"pp"` for percentage points, `"%"` for a signed percentage or a percent range, a unit
    /// word (`"km²"`, `"MW"`) or a currency sign (`"$"`, `"US$"`, `"€"`) as written; nil otherwise.
    /// Scale words (`million`) are applied to the number, never kept as a unit.
    public var unit: Optional<String>
    /// For dates: `YYYY-MM-DD`, `YYYY-MM` (month and year) or `--MM-DD` (day and month, no year);
    /// for years: `YYYY`.
    public var iso: Optional<String>

    /// JSON members in their documented order (`kind`, `number`, …, `status`).
    enum CodingKeys: String, CodingKey { case kind, number, low, high, unit, iso, status }
}

extension TypedValue {
    /// A value with every field given; normally you get these from ``ValueParser``.
    public init(kind: ValueKind, number: Double? = nil, low: Double? = nil, high: Double? = nil,
                unit: String? = nil, iso: String? = nil, status: ParseStatus = .exact) {
        self.init(kind: kind, status: status, number: number, low: low, high: high, unit: unit, iso: iso)
    }

    // Computed, not stored: built in place they cost a few stores, where copying a stored
    // value out of a global retains and releases its two (nil) strings.

    /// Plain words, no value.
    public static var text: TypedValue { TypedValue(kind: .text, status: .none) }
    /// Nothing there.
    public static var empty: TypedValue { TypedValue(kind: .empty, status: .exact) }
    /// Looked like a value, but no rule fits.
    public static var unparsed: TypedValue { TypedValue(kind: .unparsed, status: .none) }
}
