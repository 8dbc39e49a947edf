import Testing
@testable import WikiValues

/// Words the quick path decides although their first letters open a month, a weekday or a
/// `c.`-style qualifier: the date patterns and the prefix pattern cannot match them. Each is
/// pinned against the full grammar, and next to it the shapes that still go to the grammar.
@Suite struct QuickWordGateTests {
    private static func quick(_ text: String) -> PlainValue? {
        var copy = text
        return copy.withUTF8 { bytes in
            let t = ByteText(bytes)
            let (lo, hi) = t.trimmed(0, t.count)
            return QuickValue.value(t, lo, hi)
        }
    }

    private static func full(_ text: String) -> TypedValue {
        var copy = text
        return copy.withUTF8 { ValueParser.parse($0, quick: false) }
    }

    /// Decided here now, as the grammar decides them.
    @Test(arguments: [
        "Marlins", "Montgomery", "Juniper", "Mars", "Mark Keddell", "Decatur", "Mariners", "Julian Golding",
        "Mark (2)", "Friday-night", "Satisfied", "Augusta, GA",
        "C#", "C (C99)", "C++ (STL)", "C", "c", "Ca", "CA 94", "Est", "est 5", "Estonia 12",
    ])
    func decidedAsTheGrammar(_ text: String) {
        let value = Self.quick(text)
        #expect(value != nil, "\(text.debugDescription) should be decided quickly")
        #expect(value?.typed == Self.full(text), "\(text.debugDescription)")
    }

    /// Still left to the grammar (or decided the same way): a month with a number after it, a
    /// weekday with `.`, `,` or a space after it, a qualifier with its `.`.
    @Test(arguments: [
        "Mar 5", "Mar. 5", "March 5, 2024", "Mar, 2010", "Mark 2", "May 2020", "Mar\u{00A0}5", "Marché 5",
        "Mon 5 May", "Mon. 5 May", "Mon, 5 May", "Monday, May 5", "Mon\u{00A0}5 May", "Sun 5", "Sun",
        "c. 5", "ca. 5", "est. 5", "C. 5", "circa 5", "c.5", "approx 5", "Maybe 5", "Sunderland 2", "Monty (3)",
    ])
    func agreesAtTheEdges(_ text: String) {
        if let value = Self.quick(text) { #expect(value.typed == Self.full(text), "\(text.debugDescription)") }
    }
}
