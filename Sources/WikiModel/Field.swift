/// One infobox parameter: its raw wikitext, its plain text and its typed value, side by side.
public struct Field: Codable, Sendable, Equatable {
    /// The parameter name as written (trimmed), digits kept: `seats1`.
    public var key: String
    /// The numbered group this field belongs to (`seats1` → 1), or nil.
    public var group: Int?
    /// The value's wikitext as written (trimmed).
    public var raw: String
    /// The value rendered to plain text, footnotes removed.
    public var text: String
    /// The typed value parsed from `text`.
    public var value: Value
    /// Footnotes taken out of the value (`<ref>`, `{{efn}}`, …).
    public var notes: [Note]
    /// The 1-based line where the parameter starts.
    public var line: Int

    /// Creates a field.
    public init(key: String, group: Int? = nil, raw: String, text: String, value: Value = Value(kind: .text),
                notes: [Note] = [], line: Int) {
        self.key = key
        self.group = group
        self.raw = raw
        self.text = text
        self.value = value
        self.notes = notes
        self.line = line
    }
}
