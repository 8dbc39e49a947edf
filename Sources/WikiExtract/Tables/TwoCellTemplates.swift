import Wikitext

/// Templates that write two table cells where the source writes one:
/// - `{{Party name with colour|Labour Party (UK)}}`: a cell coloured for the party, then a
///   cell with its name (the header above them spans two columns: `! colspan=2 | Party`);
/// - `{{bartable|87.5|%|2}}`: the number, then a cell drawing its bar;
/// - `{{convert|172|oilbbl|0|disp=table}}` (or `disp=tablecen`): the value, then the
///   converted value, the units being in the header.
///
/// MediaWiki expands templates before it splits a row into cells, so the page draws two cells;
/// the parser splits cells first and sees one. Read as one, every cell after it in the row
/// moves a column to the left, under the wrong header (wtf_wikipedia#344's "one off").
/// ``TableCellReader`` reads such a cell as the two the page draws.
enum TwoCellTemplates {
    /// Which of the two cells shows the template's rendered text.
    enum Shown {
        case first, second
    }

    /// A cell content's two-cell template, and how its two cells read.
    struct Split {
        /// The template node.
        let template: Int32
        /// The cell that shows the template's text: the value (bartable, convert) or the
        /// party's name (the colour cell shows nothing).
        let shown: Shown
        /// The party whose colour fills the first cell (party templates only).
        let party: String?
    }

    /// What a two-cell template writes.
    private enum Family {
        case numberThenBar, valueThenConverted, colourThenName
    }

    /// The names (lower case, as `TemplateName` folds blanks and `_`) and what each writes.
    private static let names: [(name: [UInt8], family: Family)] = {
        let spelled: [(String, Family)] = [
            ("bartable", .numberThenBar), ("convert", .valueThenConverted), ("cvt", .valueThenConverted),
            ("party name with colour", .colourThenName), ("party name with color", .colourThenName),
            ("full party name with colour", .colourThenName), ("full party name with color", .colourThenName),
        ]
        return spelled.map { (Array($0.0.utf8), $0.1) }
    }()

    /// The first template among the direct children of the cell content `id` that writes two
    /// cells, or nil. Asked of every cell whose content is not plain text, so a name is
    /// compared as bytes (folded into `scratch`), with no string made.
    static func split(_ document: WikitextDocument, content id: Int32, scratch: inout [UInt8]) -> Split? {
        var child = document.firstChild(of: id)
        while child >= 0 {
            if document.kind(of: child) == .template, mayBeNamed(child, document) {
                TemplateName.normalizedBytes(of: child, in: document, into: &scratch)
                if let family = family(of: scratch), let split = split(document, template: child, family) { return split }
            }
            child = document.nextSibling(of: child)
        }
        return nil
    }

    /// Which two-letter starts (`a`–`z` × `a`–`z`, at `first * 26 + second`) begin one of
    /// `names` or a `Template:` prefix: a table, not a hashed set, for the check every cell's
    /// templates take.
    private static let leadingPairs: [Bool] = {
        var pairs = [Bool](repeating: false, count: 26 * 26)
        for name in names.map(\.name) + [Array("te".utf8)] { pairs[Int(name[0] - 0x61) * 26 + Int(name[1] - 0x61)] = true }
        return pairs
    }()

    /// False when the template's name cannot be one of `names`: its first two letters are none
    /// of theirs (`leadingPairs`). Most templates in cells (flags, sort keys, footnotes) stop
    /// here, before their name is folded.
    @inline(__always)
    private static func mayBeNamed(_ id: Int32, _ document: WikitextDocument) -> Bool {
        guard let range = TemplateName.plainNameRange(of: id, in: document) else { return true }
        return document.source.withUnsafeBufferPointer { source in
            var i = range.lowerBound
            while i < range.upperBound, source[i] == 0x20 || source[i] == 0x5F || source[i] == 0x09 || source[i] == 0x0A { i += 1 }
            guard i + 1 < range.upperBound else { return false }
            let a = TemplateName.lower(source[i]) &- 0x61, b = TemplateName.lower(source[i + 1]) &- 0x61
            return a < 26 && b < 26 && leadingPairs[Int(a) * 26 + Int(b)]
        }
    }

    /// The family a folded name belongs to, ASCII letters in any case.
    private static func family(of name: [UInt8]) -> Family? {
        for entry in names where entry.name.count == name.count {
            if zip(entry.name, name).allSatisfy({ $0 == TemplateName.lower($1) }) { return entry.family }
        }
        return nil
    }

    private static func split(_ document: WikitextDocument, template id: Int32, _ family: Family) -> Split? {
        switch family {
        case .numberThenBar:
            return Split(template: id, shown: .first, party: nil)
        case .valueThenConverted:
            guard displaysAsTable(TemplateCall(document: document, id: id, key: "convert", subpage: nil)) else { return nil }
            return Split(template: id, shown: .first, party: nil)
        case .colourThenName:
            let party = PartyTemplates.partyName(TemplateCall(document: document, id: id, key: "", subpage: nil))
            return Split(template: id, shown: .second, party: party.isEmpty ? nil : party)
        }
    }

    /// True for a `{{convert}}` given `disp=table` or `disp=tablecen`.
    static func displaysAsTable(_ call: TemplateCall) -> Bool {
        guard let display = call.named("disp") else { return false }
        let value = call.raw(display).lowercased()
        return value == "table" || value == "tablecen"
    }
}
