/// A typed value that stores no string: what the quick pass decides for the common shapes
/// (plain numbers, percentages, years, simple dates, words, nothing).
///
/// It is plain data, so copying and dropping it costs nothing; its ``unit`` and ``iso`` are made
/// only when asked for. ``typed`` gives the same value as ``ValueParser/parse(_:)-(String)``.
public struct PlainValue: Sendable, Equatable {
    // Layout: sixteen bytes (the number, then small fields), so a value and its optional travel
    // in two registers through the quick pass instead of being copied through memory.
    private var storedNumber: Double
    /// The kind of value.
    public var kind: ValueKind
    /// How much of the text the value covers.
    public var status: ParseStatus
    private var flags: UInt8 = 0  // Flag bits: which optional parts are present
    private var storedMonth: UInt8 = 0
    private var storedYear: Int16 = 0  // at most four digits
    private var storedDay: UInt8 = 0

    private enum Flag {
        static let number: UInt8 = 1, percentUnit: UInt8 = 2, year: UInt8 = 4, day: UInt8 = 8
    }

    init(kind: ValueKind, status: ParseStatus, number: Double? = nil) {
        self.storedNumber = number ?? 0
        self.kind = kind
        self.status = status
        if number != nil { flags = Flag.number }
    }

    /// The number, as in ``TypedValue/number``.
    public var number: Double? {
        get { flags & Flag.number != 0 ? storedNumber : nil }
        set {
            storedNumber = newValue ?? 0
            flags = newValue == nil ? flags & ~Flag.number : flags | Flag.number
        }
    }

    /// True when the unit is `%` (a signed percentage, a ``ValueKind/change``).
    var percentUnit: Bool {
        get { flags & Flag.percentUnit != 0 }
        set { flags = newValue ? flags | Flag.percentUnit : flags & ~Flag.percentUnit }
    }

    /// The date's year (``ValueKind/date``), or the year (``ValueKind/year``); at most four digits.
    var year: Int? {
        get { flags & Flag.year != 0 ? Int(storedYear) : nil }
        set {
            assert((0...9999).contains(newValue ?? 0), "a year of at most four digits")
            storedYear = Int16(truncatingIfNeeded: newValue ?? 0)
            flags = newValue == nil ? flags & ~Flag.year : flags | Flag.year
        }
    }

    /// The date's month, 0 when there is none.
    var month: Int {
        get { Int(storedMonth) }
        set { storedMonth = UInt8(truncatingIfNeeded: newValue) }
    }

    /// The date's day.
    var day: Int? {
        get { flags & Flag.day != 0 ? Int(storedDay) : nil }
        set {
            storedDay = UInt8(truncatingIfNeeded: newValue ?? 0)
            flags = newValue == nil ? flags & ~Flag.day : flags | Flag.day
        }
    }

    static var text: PlainValue { PlainValue(kind: .text, status: .none) }
    static var empty: PlainValue { PlainValue(kind: .empty, status: .exact) }
    static var unparsed: PlainValue { PlainValue(kind: .unparsed, status: .none) }

    /// True when ``unit`` or ``iso`` is not nil.
    @inline(__always) public var hasStrings: Bool { flags & (Flag.percentUnit | Flag.year) != 0 || storedMonth != 0 }

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
