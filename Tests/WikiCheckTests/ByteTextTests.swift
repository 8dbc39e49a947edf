import Testing
@testable import WikiCheck

/// The byte shortcuts give the answers of the `Character` calls they replace, also for text
/// where bytes and characters differ (combining marks, `\r\n`, canonical equivalents).
@Suite struct ByteTextTests {
    static let texts = [
        "", "Votes", "Winner / Votes", "+/−", "a/\u{301}b/c", "x /\u{301}", "navbox nowraplinks", "NAVBOX",
        "Sum \u{301}x", " lead  ing ", "a \u{0308}b c", "\u{212A}elvin", "n\u{0061}\u{0301}vbox", "line\r\nbreak",
        "tab\there", "é / è", "a\u{85}b", "a\u{2028}b", "dash — x", String(repeating: "long word ", count: 12),
    ]

    @Test func containsMatchesCharacterSearch() {
        for text in Self.texts + ["navbox", "x navboxy", "kelvin \u{212A}"] {
            for word: StaticString in ["navbox", "box", "k", "nowraplinks", "elvin"] {
                #expect(ByteText.contains(text, ascii: word) == text.contains("\(word)"), "\(text) / \(word)")
            }
        }
    }

    @Test func lastSlashMatchesCharacterSearch() {
        for text in Self.texts {
            #expect(ByteText.lastSlash(text) == text.lastIndex(of: "/"), "\(text)")
        }
    }

    @Test func splitMatchesCharacterSplit() {
        for text in Self.texts + Self.texts.map(RowRole.words) {
            #expect(ByteText.splitAtSpaces(text) == text.split(separator: " "), "\(text)")
        }
    }

    @Test func newlineScanMatchesCharacters() {
        for text in Self.texts {
            #expect(ByteText.hasNoNewline(text) == !text.contains(where: { (c: Character) in c.isNewline }), "\(text)")
        }
    }

    @Test func oneLineKeepsItsMeaning() {
        #expect(Format.oneLine("  a \t b\r\n c  ") == "a b c")
        #expect(Format.oneLine(String(repeating: "x", count: 61)) == String(repeating: "x", count: 59) + "…")
        #expect(Format.oneLine(String(repeating: "x", count: 60)) == String(repeating: "x", count: 60))
        #expect(Format.oneLine("é  \u{2028} è") == "é è")
    }
}
