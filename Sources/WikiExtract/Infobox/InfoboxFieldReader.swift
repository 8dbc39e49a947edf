import Wikitext
import WikiModel
import WikiValues

/// Reads an infobox's fields by node id, straight from the source bytes.
///
/// Gives exactly what the `Template`/`Parameter` views give (`positionallyNumbered()`, `key`,
/// `rawValue`, `value`), without a `Node` per parameter, child lookup or string per step: keys
/// and raw values are trimmed slices of the source, and plain values (`SimpleText`) skip the
/// renderer, the others share one renderer. `InfoboxFastPathTests` holds it to the views over
/// the corpus.
struct InfoboxFieldReader {
    let document: WikitextDocument
    /// Reused across values (`reset` keeps its buffers). A field keeps only text and notes, so
    /// the templates met are not listed.
    private var renderer = PlainTextRenderer()
    /// Fields come in source order, so each key's line is a step or two from the last one.
    private var lines: LineIndex.Cursor
    /// How the wiki writes numbers, read once per page.
    private let numbers = NumberConvention.current

    init(document: WikitextDocument) {
        self.document = document
        self.lines = document.lines.cursor
        renderer.collectTemplates = false
    }

    /// The fields of template node `template`, in source order; positional parameters are keyed
    /// "1", "2" … as MediaWiki counts them.
    mutating func fields(of template: Int32) -> [Field] {
        var fields: [Field] = []
        var parameters = 0  // counted first: the array is sized once, not grown a field at a time
        var child = document.firstChild(of: template)
        while child >= 0 {
            if document.kind(of: child) == .parameter { parameters += 1 }
            child = document.nextSibling(of: child)
        }
        fields.reserveCapacity(parameters)
        var position = 0
        var parameter = document.firstChild(of: template)
        while parameter >= 0 {
            if document.kind(of: parameter) == .parameter {
                let name = document.firstChild(of: parameter, kind: .parameterName)
                if name < 0 { position += 1 }
                fields.append(field(parameter, key: name >= 0 ? key(name) : String(position)))
            }
            parameter = document.nextSibling(of: parameter)
        }
        return fields
    }

    /// One field: key as written (digits kept), trimmed raw wikitext, text, value, notes, line.
    private mutating func field(_ parameter: Int32, key: String) -> Field {
        let value = document.firstChild(of: parameter, kind: .parameterValue)
        let rendered = value >= 0 ? render(value) : RenderedText()
        // Lines kept, as in table cells: `{{plainlist}}` of three crew members is three lines,
        // not one run of names.
        let text = rendered.text
        // Named values are trimmed by the view and then again: one trim of the source does both.
        let raw = value >= 0 ? trimmed(document.range(of: value)) : ""
        return Field(key: key, group: NumberedKey.index(of: key), raw: raw, text: text,
                     value: ValueMapping.value(of: text, numbers: numbers), notes: rendered.notes,
                     line: lines.line(of: InfoboxExtractor.keyOffset(document.range(of: parameter), in: document)))
    }

    /// `PlainText.render` of a parameter value: its plain shortcut first, else the renderer
    /// (without `PlainText.render` trying the shortcut a second time).
    private mutating func render(_ value: Int32) -> RenderedText {
        if let text = SimpleText.render(value, in: document) { return RenderedText(text: text) }
        renderer.reset()
        renderer.render(value, in: document)
        return renderer.finish()
    }

    /// A parameter name as `textWithoutComments` reads it: a trimmed slice of the source unless
    /// a comment sits inside (rare; the view then). A lone text child holds no comment, so
    /// the subtree is searched only for other names.
    private func key(_ name: Int32) -> String {
        let first = document.firstChild(of: name)
        if first >= 0, document.kind(of: first) != .text || document.nextSibling(of: first) >= 0,
           document.contains(.comment, below: name) {
            return document.node(name).textWithoutComments
        }
        return trimmed(document.range(of: name))
    }

    /// The source bytes of `range` without surrounding ASCII whitespace, as a string.
    private func trimmed(_ range: Range<Int>) -> String {
        document.source.withUnsafeBufferPointer { source in
            var s = range.lowerBound, e = range.upperBound
            while s < e && Self.isSpace(source[s]) { s += 1 }
            while e > s && Self.isSpace(source[e - 1]) { e -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: source[s..<e]), as: UTF8.self)
        }
    }

    /// Space, tab, newline, carriage return, form feed: what `trimmedText` and
    /// `trimmingWikiWhitespace` trim.
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C
    }
}
