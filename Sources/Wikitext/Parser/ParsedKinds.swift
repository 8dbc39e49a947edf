/// The template and table nodes of a page, noted by the parser as it makes them: the lists
/// extractors ask for first (tables, the template census, contests), which would otherwise
/// each cost a scan of every node of the page.
///
/// Every node made with kind `template` or `table` is noted (no node takes either kind
/// later). Some of them end as something else or leave the tree (`{{{` becomes an argument, a
/// template whose name is no title dissolves into text), so ``settle(_:)`` keeps exactly what
/// a scan of the final arena keeps: the nodes of that kind with a parent, in source order.
/// `KindSearchTests` holds the lists to a walk of the tree.
struct ParsedKinds: Sendable {
    var templates: [Int32] = []
    var tables: [Int32] = []

    /// Drops the nodes that left the tree and puts the rest in source order.
    mutating func settle(_ arena: UnsafeBufferPointer<RawNode>) {
        templates = Self.settled(templates, kind: .template, arena)
        tables = Self.settled(tables, kind: .table, arena)
    }

    private static func settled(_ ids: [Int32], kind: NodeKind, _ arena: UnsafeBufferPointer<RawNode>) -> [Int32] {
        var kept = ids
        kept.removeAll { arena[Int($0)].kind != kind || arena[Int($0)].parent < 0 }
        return sourceOrdered(kept, arena)
    }

    /// `ids` in source pre-order, (start, id) order. Constructs are created when they open,
    /// so creation order almost always is that order already (a template opened around one
    /// that just closed, `{{{{a}}|b}}`, is the exception).
    static func sourceOrdered(_ ids: [Int32], _ arena: UnsafeBufferPointer<RawNode>) -> [Int32] {
        var ids = ids
        for j in ids.indices.dropFirst() where (arena[Int(ids[j - 1])].start, ids[j - 1]) > (arena[Int(ids[j])].start, ids[j]) {
            ids.sort { (arena[Int($0)].start, $0) < (arena[Int($1)].start, $1) }
            break
        }
        return ids
    }
}
