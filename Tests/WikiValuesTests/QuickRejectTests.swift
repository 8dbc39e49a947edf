import Testing
@testable import WikiValues

/// The quick rejections must give exactly what the full grammar gives: digit-free text
/// (``QuickReject``) and digits glued to `:` or `/` (``QuickValue``); everything near them
/// goes to the grammar.
@Suite struct QuickRejectTests {
    @Test(arguments: [
        // Digit-free text.
        "?", "??", "✔", "✘", "†", "*", "?†", "? *", "— *", "—", "–", "−−", "‒", "▲", "▼", "±", "(", "()",
        "#", "$", "€", "✔[a]", "?[1]", "[a]", "[citation needed]", "Ñame", "Über", "« »", "…", "&",
        "\u{2009}?\u{2009}", "@ Mets", "C#", "✔ Yes",
        // The same shapes with a digit: the grammar decides.
        "(2007)", "#3", "✔ 5", "?5", "▲ 2", "— 3", "$5", "€5", "†1",
        // Digits glued to `:` or `/`.
        "20:00", "2:0:6:2", "116/272", "09:30", "0:0", "1:2:3:4", "123:45:6", "9/999", "12/05/2024",
        "12:30[1]", "12:30*", "1:30.5", "2024:01", "1:2 May",
        // Next to them, for the grammar.
        "1:", "1/", "1:a", "1 / 2", "1,234:5", "1.5:2", "1: 2", "12:", "12/", "1:-2", "1//2",
    ])
    func edgeShapes(_ text: String) {
        _ = QuickValueTests.compare([text, " \(text) ", "\(text)\u{A0}"])
    }

    /// Bytes that are not valid UTF-8 near the new shapes.
    @Test(arguments: [
        [0x3F, 0xC2], [0xC2], [0xE2, 0x80], [0x3F, 0xE2, 0x80], [0xE2, 0x9C], [0x31, 0x3A, 0x32, 0xC2],
        [0xFF, 0x3F], [0x3F, 0xE2, 0x80, 0xA0], [0x5B, 0xFF],
    ] as [[UInt8]])
    func invalidBytes(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buf in
            #expect(ValueParser.parse(buf, quick: true) == ValueParser.parse(buf, quick: false), "\(bytes)")
        }
    }

    @Test func decidesTheCommonRejections() {
        for (text, kind) in [("?", ValueKind.unparsed), ("✔", .text), ("20:00", .unparsed), ("116/272", .unparsed)] {
            var copy = text
            let plain = copy.withUTF8 { ValueParser.plainValue($0) }
            #expect(plain?.kind == kind, "\(text)")
        }
    }
}
