/// A footnote taken out of a value or cell: `<ref>`, `{{efn}}`, `{{refn}}` or `{{sfn}}`.
public struct Note: Codable, Sendable, Equatable {
    /// Which footnote construct it was.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// `<ref>…</ref>` or `<ref name=… />`.
        case ref
        /// `{{efn|…}}` (explanatory footnote).
        case efn
        /// `{{refn|…}}`.
        case refn
        /// `{{sfn|…}}` (short citation).
        case sfn
    }

    /// Which footnote construct it was.
    public var kind: Kind
    /// The footnote's `name=`, or nil.
    public var name: String?
    /// The footnote rendered to plain text (empty for a bare reuse like `<ref name=a/>`).
    public var text: String
    /// The footnote's wikitext as written.
    public var raw: String

    /// Creates a note.
    public init(kind: Kind, name: String? = nil, text: String, raw: String) {
        self.kind = kind
        self.name = name
        self.text = text
        self.raw = raw
    }
}
