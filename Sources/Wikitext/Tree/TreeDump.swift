extension WikitextDocument {
    /// A readable outline of the tree: one line per node with its kind, line:column and a
    /// short excerpt, indented by depth. Used by `wikiconv parse`.
    public func dump(maxExcerpt: Int = 40) -> String {
        var lines: [String] = []
        var work: [(Int32, Int)] = [(0, 0)]
        while let (id, depth) = work.popLast() {
            let node = self.node(id)
            var line = String(repeating: "  ", count: depth) + "\(node.kind)"
            if node.kind == .heading || node.kind == .formatting || node.kind == .listMarker { line += "(\(node.aux))" }
            if node.kind == .template, let flavor = TemplateFlavor(rawValue: UInt16(node.aux)), flavor != .template {
                line += "(\(flavor))"
            }
            if !node.flags.isEmpty { line += " \(describe(node.flags))" }
            line += " @\(node.location)"
            if node.kind != .document {
                var excerpt = node.text
                if excerpt.count > maxExcerpt { excerpt = String(excerpt.prefix(maxExcerpt)) + "…" }
                line += " " + quoted(excerpt)
            }
            lines.append(line)
            let children = Array(node.children)
            for child in children.reversed() { work.append((child.id, depth + 1)) }
        }
        return lines.joined(separator: "\n")
    }

    private func describe(_ flags: NodeFlags) -> String {
        var names: [String] = []
        if flags.contains(.selfClosing) { names.append("selfClosing") }
        if flags.contains(.unclosed) { names.append("unclosed") }
        if flags.contains(.closingOnly) { names.append("closingOnly") }
        if flags.contains(.header) { names.append("header") }
        if flags.contains(.implicit) { names.append("implicit") }
        if flags.contains(.opaque) { names.append("opaque") }
        if flags.contains(.unterminated) { names.append("unterminated") }
        return "[" + names.joined(separator: ",") + "]"
    }

    private func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
