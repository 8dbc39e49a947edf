/// A cell's JSON shape: the members that have their default (`rowspan`/`colspan` 1, no
/// attributes, no `styleParty`, no links, no notes) are left out, and read back as the default.
extension Cell: Codable {
    private enum Key: String, CodingKey {
        case text, raw, header, origin, rowspan, colspan, line, attributes, styleParty, links, value, notes
    }

    /// Encodes the cell, leaving out members that have their default.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(text, forKey: .text)
        try c.encode(raw, forKey: .raw)
        try c.encode(header, forKey: .header)
        try c.encode(origin, forKey: .origin)
        if rowspan != 1 { try c.encode(rowspan, forKey: .rowspan) }
        if colspan != 1 { try c.encode(colspan, forKey: .colspan) }
        try c.encode(line, forKey: .line)
        if !attributes.isEmpty { try c.encode(attributes, forKey: .attributes) }
        try c.encodeIfPresent(styleParty, forKey: .styleParty)
        if content.hasLinks { try c.encode(links, forKey: .links) }  // strings made once, when present
        try c.encode(value, forKey: .value)
        if !notes.isEmpty { try c.encode(notes, forKey: .notes) }
    }

    /// Decodes a cell; a member left out takes its default.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        self.init(text: try c.decode(String.self, forKey: .text),
                  raw: try c.decode(String.self, forKey: .raw),
                  header: try c.decode(Bool.self, forKey: .header),
                  origin: try c.decode(GridPosition.self, forKey: .origin),
                  rowspan: try c.decodeIfPresent(Int.self, forKey: .rowspan) ?? 1,
                  colspan: try c.decodeIfPresent(Int.self, forKey: .colspan) ?? 1,
                  line: try c.decode(Int.self, forKey: .line),
                  attributes: try c.decodeIfPresent(OrderedPairs<String>.self, forKey: .attributes) ?? OrderedPairs(),
                  styleParty: try c.decodeIfPresent(String.self, forKey: .styleParty),
                  links: try c.decodeIfPresent([Link].self, forKey: .links) ?? [],
                  value: try c.decode(Value.self, forKey: .value),
                  notes: try c.decodeIfPresent([Note].self, forKey: .notes) ?? [])
    }
}
