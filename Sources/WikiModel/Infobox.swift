/// One infobox template (`{{Infobox election …}}`) with its fields in source order.
public struct Infobox: Codable, Sendable, Equatable {
    /// The template name as written, e.g. `Infobox election`.
    public var template: String
    /// The 1-based line where the template starts.
    public var line: Int
    /// Every parameter in source order (duplicates kept, so they can be reported).
    public var fields: [Field]
    /// Numbered parameters (`party1`, `leader1`, …) gathered per index, in index order.
    public var groups: [FieldGroup]

    /// Creates an infobox.
    public init(template: String, line: Int, fields: [Field] = [], groups: [FieldGroup] = []) {
        self.template = template
        self.line = line
        self.fields = fields
        self.groups = groups
    }
}
