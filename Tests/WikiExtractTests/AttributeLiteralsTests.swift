import Testing
@testable import WikiExtract
@testable import WikiModel

/// The literal tables must give exactly what making the string would.
struct AttributeLiteralsTests {
    static let names = ["rowspan", "style", "align", "colspan", "scope", "valign", "bgcolor", "title",
                        "width", "class", "data-sort-value", "height", "nowrap", "id"]
    static let values = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "center", "left", "right",
                         "wikitable", "top", "col", "row", "middle"]

    /// `find` over the UTF-8 bytes of `text`.
    static func lookup(_ text: String, _ find: (UnsafeBufferPointer<UInt8>) -> String?) -> String? {
        Array(text.utf8).withUnsafeBufferPointer { find($0) }
    }

    @Test func namesMatchCaseFolded() {
        for name in Self.names {
            for spelling in [name, name.uppercased(), name.prefix(1).uppercased() + name.dropFirst()] {
                #expect(Self.lookup(spelling, AttributeLiterals.name) == name)
            }
        }
        for other in ["styles", "styl", "stylE\0", "rowspa", "x", "data-sort-valuex"] {
            #expect(Self.lookup(other, AttributeLiterals.name) == nil)
        }
    }

    @Test func valuesMatchExactly() {
        for value in Self.values {
            #expect(Self.lookup(value, AttributeLiterals.value) == value)
        }
        for other in ["Center", "LEFT", "0", "22", "wikitable ", ""] {
            #expect(Self.lookup(other, AttributeLiterals.value) == nil)
        }
    }

    @Test func parseKeepsSpellings() {
        let a = TableAttributes.parse(#"ROWSPAN="2" Align=Center class=wikitable valign=top"#)
        #expect(a.entries.map(\.key) == ["rowspan", "align", "class", "valign"])
        #expect(a.entries.map(\.value) == ["2", "Center", "wikitable", "top"])
    }
}
