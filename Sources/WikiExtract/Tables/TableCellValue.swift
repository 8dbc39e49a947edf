import WikiModel
import WikiValues

/// Maps the value parser's result onto the model's `Value` for table cells.
///
/// A small private mapping kept in the Tables folder because WikiExtract had no shared
/// TypedValue → Value mapping when tables were written; replace it with the shared one when
/// that lands.
enum TableCellValue {
    /// The typed value of a cell's plain text.
    static func of(_ text: String) -> Value {
        if text.isEmpty { return Value(kind: .empty, status: .exact) }
        let typed = ValueParser.parse(text)
        let kind = Value.Kind(rawValue: typed.kind.rawValue) ?? .unparsed
        let status: Value.Status?
        switch typed.status {
        case .exact: status = .exact
        case .partial: status = .partial
        case .none: status = nil
        }
        return Value(kind: kind, number: typed.number, low: typed.low, high: typed.high,
                     unit: typed.unit, iso: typed.iso, status: status)
    }
}
