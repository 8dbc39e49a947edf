import Testing
@testable import WikiExtract

/// The literal tables must give exactly what making the string would.
struct AttributeLiteralsTests {
    static let names = ["rowspan", "style", "align", "colspan", "scope", "valign", "bgcolor", "title",
                        "width", "class", "data-sort-value", "height", "nowrap", "id"]
    static let values = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "center", "left", "right",
                         "wikitable", "top", "col", "row", "middle"]

    @Test func namesMatchCaseFolded() {
        for name in Self.names {
            for spelling in [name, name.uppercased(), name.prefix(1).uppercased() + name.dropFirst()] {
                var bytes = Array(spelling.utf8)
                #expect(bytes.withUnsafeMutableBufferPointer { AttributeLiterals.name(UnsafeBufferPointer($0)) } == name)
            }
        }
        for other in ["styles", "styl", "stylE\0", "rowspa", "x", "data-sort-valuex"] {
            var bytes = Array(other.utf8)
            #expect(bytes.withUnsafeMutableBufferPointer { AttributeLiterals.name(UnsafeBufferPointer($0)) } == nil)
        }
    }

    @Test func valuesMatchExactly() {
        for value in Self.values {
            var bytes = Array(value.utf8)
            #expect(bytes.withUnsafeMutableBufferPointer { AttributeLiterals.value(UnsafeBufferPointer($0)) } == value)
        }
        for other in ["Center", "LEFT", "0", "22", "wikitable ", ""] {
            var bytes = Array(other.utf8)
            #expect(bytes.withUnsafeMutableBufferPointer { AttributeLiterals.value(UnsafeBufferPointer($0)) } == nil)
        }
    }

    @Test func parseKeepsSpellings() {
        let a = TableAttributes.parse(#"ROWSPAN="2" Align=Center class=wikitable valign=top"#)
        #expect(a.entries.map(\.key) == ["rowspan", "align", "class", "valign"])
        #expect(a.entries.map(\.value) == ["2", "Center", "wikitable", "top"])
    }
}
