/// A table's JSON shape: `rawRows` refers to the grid instead of repeating cells. A written
/// cell that the grid holds at its origin is the array `[row, col, rowspan, colspan]` (spans as
/// written); one the grid does not hold is written in full.
extension Table {
    private enum Key: String, CodingKey {
        case index, section, caption, line, attributes, headerRows, columns, rows, rowInfo, rawRows, parent
    }

    /// One entry of `rawRows` in JSON: a reference into the grid, or a whole cell.
    private enum WrittenCell: Codable {
        case reference(row: Int, col: Int, rowspan: Int, colspan: Int)
        case cell(Cell)

        func encode(to encoder: any Encoder) throws {
            switch self {
            case let .reference(row, col, rowspan, colspan):
                var c = encoder.unkeyedContainer()
                for n in [row, col, rowspan, colspan] { try c.encode(n) }
            case let .cell(cell):
                try cell.encode(to: encoder)
            }
        }

        init(from decoder: any Decoder) throws {
            if var c = try? decoder.unkeyedContainer() {
                self = .reference(row: try c.decode(Int.self), col: try c.decode(Int.self),
                                  rowspan: try c.decode(Int.self), colspan: try c.decode(Int.self))
            } else {
                self = .cell(try Cell(from: decoder))
            }
        }
    }

    /// Encodes the table, `rawRows` as references where the grid holds the cell.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(index, forKey: .index)
        try c.encode(section, forKey: .section)
        try c.encode(caption, forKey: .caption)
        try c.encode(line, forKey: .line)
        try c.encode(attributes, forKey: .attributes)
        try c.encode(headerRows, forKey: .headerRows)
        try c.encode(columns, forKey: .columns)
        try c.encode(rows, forKey: .rows)
        try c.encode(rowInfo, forKey: .rowInfo)
        let written = rawRows.indices.map { r in
            rawRows[r].indices.map { i in
                guard let shown = writtenReference(row: r, at: i) else { return WrittenCell.cell(rawRows[r][i]) }
                return WrittenCell.reference(row: shown.origin.row, col: shown.origin.col,
                                             rowspan: shown.rowspan, colspan: shown.colspan)
            }
        }
        try c.encode(written, forKey: .rawRows)
        try c.encode(parent, forKey: .parent)
    }

    /// Decodes a table, resolving `rawRows` references against the grid.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        self.init(index: try c.decode(Int.self, forKey: .index),
                  section: try c.decode(String?.self, forKey: .section),
                  caption: try c.decode(String?.self, forKey: .caption),
                  line: try c.decode(Int.self, forKey: .line),
                  attributes: try c.decode(OrderedPairs<String>.self, forKey: .attributes),
                  headerRows: try c.decode(Int.self, forKey: .headerRows),
                  columns: try c.decode([String].self, forKey: .columns),
                  rows: try c.decode([[Cell]].self, forKey: .rows),
                  rowInfo: try c.decode([RowInfo].self, forKey: .rowInfo),
                  parent: try c.decode(Parent?.self, forKey: .parent))
        let written = try c.decode([[WrittenCell]].self, forKey: .rawRows)
        rawRows = WrittenRows(try written.map { row in
            try row.map { entry in
                switch entry {
                case let .cell(cell):
                    return cell
                case let .reference(row, col, rowspan, colspan):
                    guard let cell = writtenCell(row: row, col: col, rowspan: rowspan, colspan: colspan) else {
                        throw DecodingError.dataCorruptedError(forKey: .rawRows, in: c,
                                                               debugDescription: "rawRows refers to [\(row), \(col)], outside the grid")
                    }
                    return cell
                }
            }
        })
    }
}
