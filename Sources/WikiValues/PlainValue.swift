/// A typed value that stores no string: what the quick pass decides for the common shapes
/// (plain numbers, percentages, years, simple dates, words, nothing).
///
/// It is plain data, so copying and dropping it costs nothing; its ``unit`` and ``iso`` are made
/// only when asked for. ``typed`` gives the same value as ``ValueParser/parse(_:)-(String)``.
public struct PlainValue: Sendable, Equatable {
    /// The kind of value.
    public var kind: ValueKind
    /// How much of the text the value covers.
    public var status: ParseStatus
    /// The number, as in ``TypedValue/number``.
    public var number: Double?
    /// True when the unit is `%` (a signed percentage, a ``ValueKind/change``).
    var percentUnit = false
    /// The date's parts (``ValueKind/date``), or the year (``ValueKind/year``).
    var year: Int?, month = 0, day: Int?

    init(kind: ValueKind, status: ParseStatus, number: Double? = nil) {
        self.kind = kind
        self.status = status
        self.number = number
    }

    static var text: PlainValue { PlainValue(kind: .text, status: .none) }
    static var empty: PlainValue { PlainValue(kind: .empty, status: .exact) }
    static var unparsed: PlainValue { PlainValue(kind: .unparsed, status: .none) }

    /// True when ``unit`` or ``iso`` is not nil.
    @inline(__always) public var hasStrings: Bool { percentUnit || year != nil || month != 0 }

    /// As ``TypedValue/unit``.
    public var unit: String? { percentUnit ? "%" : nil }

    /// As ``TypedValue/iso``.
    public var iso: String? {
        switch kind {
        case .year: year.map { DateGrammar.iso(year: $0) }
        case .date: DateGrammar.iso(year: year, month: month, day: day)
        default: nil
        }
    }

    /// The same value with its strings.
    public var typed: TypedValue {
        hasStrings ? TypedValue(kind: kind, number: number, unit: unit, iso: iso, status: status)
                   : TypedValue(kind: kind, number: number, status: status)
    }
}
