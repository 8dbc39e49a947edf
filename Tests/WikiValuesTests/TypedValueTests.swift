import Foundation
import Testing
import WikiValues

/// The value type itself: JSON shape and the fields each kind fills.
@Suite struct TypedValueTests {
    @Test func encodesOnlyTheFieldsThatApply() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let swing = String(decoding: try encoder.encode(ValueParser.parse("−0.71 pp")), as: UTF8.self)
        #expect(swing == #"{"kind":"change","number":-0.71,"status":"exact","unit":"pp"}"#)
        let date = String(decoding: try encoder.encode(ValueParser.parse("30 June 2023")), as: UTF8.self)
        #expect(date == #"{"iso":"2023-06-30","kind":"date","status":"exact"}"#)
        let back = try JSONDecoder().decode(TypedValue.self, from: Data(swing.utf8))
        #expect(back == ValueParser.parse("−0.71 pp"))
    }

    /// Fields that do not apply stay nil, for every kind the corpus table produces.
    @Test func fieldsMatchTheKind() {
        for row in CorpusValuesTests.rows {
            let v = ValueParser.parse(row.text)
            switch v.kind {
            case .integer, .decimal, .percent, .change, .percentagePoints:
                #expect(v.number != nil && v.low == nil && v.high == nil && v.iso == nil, "\(row)")
            case .year:
                #expect(v.number != nil && v.iso != nil, "\(row)")
            case .date:
                #expect(v.number == nil && v.iso != nil, "\(row)")
            case .range:
                #expect(v.number == nil && v.low != nil && v.high != nil, "\(row)")
            case .text, .unparsed:
                #expect(v == TypedValue(kind: v.kind, status: .none), "\(row)")
            case .empty:
                #expect(v == .empty, "\(row)")
            }
        }
    }
}
