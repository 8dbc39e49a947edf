import Foundation
import TestSupport
import Testing
@testable import WikiValues

/// The quick shapes (``QuickValue``) must give exactly what the full grammar gives. They are
/// compared over real texts: every rendered cell and field in the committed `Output/json`, and
/// every cell-like piece of the wikitext in `Corpus/` and `../shared/corpus`, each also with the
/// signs and `%` the quick path reads.
@Suite struct QuickValueTests {
    /// Rendered cell and field texts of `Corpus/`, from the committed JSON output.
    static func renderedTexts() throws -> [String] {
        let folder = Fixtures.repoRoot.appendingPathComponent("Output/json")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        var texts: [String] = []
        for name in names {
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent(name)))
            collectTexts(json, into: &texts)
        }
        return texts
    }

    /// `text` members of objects that also carry a `value`: cells and infobox fields.
    private static func collectTexts(_ json: Any, into texts: inout [String]) {
        if let object = json as? [String: Any] {
            if object["value"] != nil, let text = object["text"] as? String { texts.append(text) }
            for member in object.values { collectTexts(member, into: &texts) }
        } else if let array = json as? [Any] {
            for member in array { collectTexts(member, into: &texts) }
        }
    }

    /// Cell-like pieces of wikitext: lines split at the table and template separators.
    static func wikitextPieces(_ files: [URL]) throws -> [String] {
        var pieces: [String] = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for line in text.split(separator: "\n") {
                for piece in line.split(whereSeparator: { "|!=".contains($0) }) where piece.utf8.count <= 80 {
                    pieces.append(piece.trimmingCharacters(in: .whitespaces))
                }
            }
        }
        return pieces
    }

    static func sharedFiles() throws -> [URL] {
        var files: [URL] = []
        for folder in ["corpus/articles", "corpus/elections"] {
            let url = try Fixtures.shared(folder)
            let names = try FileManager.default.contentsOfDirectory(atPath: url.path)
            files += names.filter { $0.hasSuffix(".wikitext") }.sorted().map { url.appendingPathComponent($0) }
        }
        #expect(!files.isEmpty, "no wikitext in ../shared/corpus")
        return files
    }

    /// Each text as written and with the signs and `%` that the quick path reads.
    static func variants(_ texts: [String]) -> Set<String> {
        var all = Set<String>()
        for text in texts {
            all.insert(text)
            for sign in ["+", "−", "-", "–", "‒"] { all.insert(sign + text) }
            all.insert(text + "%")
        }
        return all
    }

    /// Compares both ways over `texts`; returns how many the quick path decided itself.
    static func compare(_ texts: Set<String>) -> Int {
        var decided = 0
        for text in texts {
            var copy = text
            copy.withUTF8 { bytes in
                let quick = ValueParser.parse(bytes, quick: true)
                let full = ValueParser.parse(bytes, quick: false)
                #expect(quick == full, "\(text.debugDescription)")
                // Bit-identical numbers too (== would let -0 pass for 0).
                #expect(quick.number?.bitPattern == full.number?.bitPattern, "\(text.debugDescription)")
                let t = ByteText(bytes)
                let (lo, hi) = t.trimmed(0, t.count)
                if lo < hi, QuickValue.value(t, lo, hi) != nil { decided += 1 }
                // A quick range is what the grammar reads, for text the quick shapes leave to it.
                if let range = ValueParser.quickRange(bytes) {
                    #expect(ValueParser.plainValue(bytes) == nil, "\(text.debugDescription)")
                    #expect(full == TypedValue(kind: .range, low: range.low, high: range.high, status: .exact),
                            "\(text.debugDescription)")
                    #expect(full.low?.bitPattern == range.low.bitPattern && full.high?.bitPattern == range.high.bitPattern,
                            "\(text.debugDescription)")
                }
            }
        }
        return decided
    }

    /// The gates' letter masks are constants; they must be the masks of their letters.
    @Test func letterMasksAreTheirLetters() {
        #expect(Prefix.qualifierInitials == Suffix.letterMask("acefolmnrsu", base: 0x61))
        #expect(Suffix.lowercaseStarts == Suffix.letterMask("abcfhklmnprst", base: 0x61))
        #expect(Suffix.uppercaseStarts == Suffix.letterMask("ABCEGIJLMNPRSTU", base: 0x41))
    }

    @Test func agreesOnCorpusOutput() throws {
        let texts = try Self.renderedTexts()
        #expect(texts.count > 10_000)
        let decided = Self.compare(Self.variants(texts))
        #expect(decided > 10_000, "the quick path decided only \(decided) texts")
        let ranges = texts.filter { text in
            var copy = text
            return copy.withUTF8 { ValueParser.quickRange($0) } != nil
        }.count
        #expect(ranges > 100, "the quick range decided only \(ranges) texts")
    }

    @Test func agreesOnCorpusWikitext() throws {
        let decided = Self.compare(Self.variants(try Self.wikitextPieces(Fixtures.corpusFiles())))
        #expect(decided > 10_000)
    }

    @Test func agreesOnSharedWikitext() throws {
        let decided = Self.compare(Self.variants(try Self.wikitextPieces(Self.sharedFiles())))
        #expect(decided > 10_000)
    }

    /// Shapes at the edge of the quick path, each handed to the grammar or decided the same way.
    @Test(arguments: [
        "0", "0.5", "00", "0,123", "012", "-0", "−0", "+0%", "1,23,456", "12,34", "1,2345", "1,234.5",
        "123456789012345", "1234567890123456", "0.000000000000001", "1500", "2100", "2101", "999",
        "-1500", "+1500", "1,500", "1500.0", "12.3%", "12.3%%", "5e3", "5.", ".5", "1 234", "1 234",
        "n/a", "N/A", "n.a.", "Nawaz Sharif", "May 2020", "Thu 5 May", "about 5", "US$5", "Rs 5",
        "Round 1[1]", "Text[a]", "Ñame 5", "– 5", "−", "-", "+", "▲5", "▼ 2", "‒3", "—3",
        // Dates (``QuickDate``) and shapes next to them that the grammar must decide.
        "February 8, 2024", "Feb 8 2024", "Feb. 8, 2024", "FEB 8", "Sept 5, 2010", "Sep 5", "Septem 5",
        "May 2020", "May 202", "May 20245", "May 20,2020", "May 20th", "May 8–9, 2024", "May 8 to 9",
        "February 30, 2024", "February 29", "February 29, 2023", "Februar 8", "Feb 8, 20244", "Feb8",
        "Thu 5 May", "Thursday, May 5", "Mayor 5", "8 February 2024", "08 Feb 2024", "8 Feb, 2024",
        "8 Feb 999", "8 Feb 99", "8 Feb", "0 Feb", "32 May", "123 Feb", "8 Febr", "8–9 February 2024",
        "8th February", "2024-02-08", "2024-13-01", "2024-02-30", "2024-2-08", "2024-02-088",
        "0000-01-01", "1 January 0999",
        // Ranges (``QuickRange``) and shapes next to them that the grammar must decide.
        "11–4", "1-6", "1 – 6", "1 -6", "1\t-\t6", "2010–14", "2010–11", "1999–00", "1999–05", "1999–005", "2099–01",
        "2100–01", "999–00", "05–10", "5–05", "0–0", "0-3", "12–34–56", "1–2%", "1–2 pp", "1–2 seats", "1,000–2,000",
        "1.5–2", "1–2.5", "1–2e3", "1e3–2", "1 to 2", "1—2", "1―2", "1−2", "1‒2", "1 – 6", "1 –6", "1–",
        "–6", "218-0844014", "2010-11-12", "2010-11", "1234567890123456–1", "1–1234567890123456",
        "123456789012345–123456789012345", "8–9 February 2024", "1–6[a]", "1–6*", "1st–2nd", "3–0 (a.e.t.)",
    ])
    func edgeShapes(_ text: String) {
        _ = Self.compare([text, " \(text) ", "\(text)\u{A0}"])  // it checks each text itself
    }
}
