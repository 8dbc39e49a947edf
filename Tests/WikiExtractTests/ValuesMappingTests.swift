import Testing
import WikiModel
import WikiValues
@testable import WikiExtract

/// `TypedValue` → `Value`: kind names, numbers, units and status.
@Suite struct ValuesMappingTests {
    @Test func everyKindMapsByName() {
        #expect(Set(ValueKind.allCases.map(\.rawValue)) == Set(Value.Kind.allCases.map(\.rawValue)))
    }

    @Test(arguments: [
        ("13,999,656", Value(kind: .integer, number: 13_999_656, status: .exact)),
        ("23.64%", Value(kind: .percent, number: 23.64, status: .exact)),
        ("−0.71pp", Value(kind: .change, number: -0.71, unit: "pp", status: .exact)),
        ("+16", Value(kind: .change, number: 16, status: .exact)),
        ("8 February 2024", Value(kind: .date, iso: "2024-02-08", status: .exact)),
        ("2018", Value(kind: .year, number: 2018, iso: "2018", status: .exact)),
        ("Nawaz Sharif", Value(kind: .text)),
        ("", Value(kind: .empty, status: .exact)),
        ("47.8% (−3.9pp)", Value(kind: .percent, number: 47.8, status: .partial)),
        ("c. 1,500", Value(kind: .integer, number: 1500, status: .approximate)),
    ])
    func maps(_ text: String, _ expected: Value) {
        #expect(ValueMapping.value(of: text) == expected)
    }
}
