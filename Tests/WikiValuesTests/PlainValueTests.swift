import Testing
@testable import WikiValues

/// ``PlainValue`` packs its optional parts into sixteen bytes, and ``DateGrammar`` writes iso
/// strings straight into a small string: both must read back exactly what was put in.
@Suite struct PlainValueTests {
    @Test func packedPartsReadBack() {
        var v = PlainValue(kind: .date, status: .exact)
        #expect(v.number == nil && v.year == nil && v.day == nil && v.month == 0 && !v.hasStrings)
        v.year = 9999
        v.month = 12
        v.day = 31
        #expect(v.year == 9999 && v.month == 12 && v.day == 31 && v.iso == "9999-12-31" && v.hasStrings)
        v.day = nil
        v.year = 0
        #expect(v.year == 0 && v.day == nil && v.iso == "0000-12")
        v.number = -0.0
        #expect(v.number?.bitPattern == (-0.0).bitPattern)
        v.number = nil
        #expect(v.number == nil)
        var p = PlainValue(kind: .change, status: .partial, number: 1.5)
        p.percentUnit = true
        #expect(p.typed == TypedValue(kind: .change, number: 1.5, unit: "%", status: .partial))
        #expect(MemoryLayout<PlainValue>.size <= 16 && MemoryLayout<PlainValue?>.size <= 16)
    }

    @Test func isoStringsAreTheirDigits() {
        for year in 0...9999 { #expect(DateGrammar.iso(year: year) == String(1_0000 + year).dropFirst()) }
        #expect(DateGrammar.iso(year: nil, month: 2, day: 8) == "--02-08")
        #expect(DateGrammar.iso(year: 2024, month: 2, day: nil) == "2024-02")
        #expect(DateGrammar.iso(year: 824, month: 11, day: 30) == "0824-11-30")
        #expect(DateGrammar.iso(year: 2024, month: 2, day: 8).utf8.count == 10)
    }
}
