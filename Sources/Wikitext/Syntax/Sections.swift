/// A section of a page: its heading and everything up to the next heading of the same or
/// a higher level.
public struct Section: Sendable {
    /// The heading's level (2 for `==`); 0 for the lead before the first heading.
    public let level: Int
    /// The heading title's text, trimmed, as written (markup included).
    public let title: String
    /// The heading node, nil for the lead.
    public let heading: Node?
    /// Bytes from the heading's start to the section's end (subsections included).
    public let range: Range<Int>
    /// Subsections, in order.
    public var children: [Section]
}

extension WikitextDocument {
    /// The heading tree. Headings inside templates, extension tags and tables do not open
    /// sections; the lead (before the first heading) is the root with level 0.
    public var sections: Section {
        let headings = sectionHeadings()
        var stack: [Section] = [Section(level: 0, title: "", heading: nil, range: 0..<source.count, children: [])]
        func close(at end: Int) {
            var done = stack.removeLast()
            done = Section(level: done.level, title: done.title, heading: done.heading,
                           range: done.range.lowerBound..<end, children: done.children)
            stack[stack.count - 1].children.append(done)
        }
        for h in headings {
            while stack.count > 1 && stack[stack.count - 1].level >= h.aux { close(at: h.range.lowerBound) }
            let title = h.child(.headingTitle)?.trimmedText ?? ""
            stack.append(Section(level: h.aux, title: title, heading: h, range: h.range.lowerBound..<source.count, children: []))
        }
        while stack.count > 1 { close(at: source.count) }
        return stack[0]
    }

    /// The headings that open sections, in source order: those at the top level of the page
    /// or inside the body of an HTML tag, not inside templates, tables or extension tags.
    func sectionHeadings() -> [Node] { sectionHeadingIDs().map { node($0) } }

    /// The ids of the headings that open sections (see `sectionHeadings()`), in source order,
    /// found by walking the arena: a page's top level has thousands of nodes, and walking them
    /// as `Node` views would cost a child array each.
    public func sectionHeadingIDs() -> [Int32] {
        var found: [Int32] = []
        var work: [Int32] = [0]
        while let id = work.popLast() {
            var child = firstChild(of: id)
            while child >= 0 {
                switch kind(of: child) {
                case .heading: found.append(child)
                case .tag where !flags(of: child).contains(.opaque): work.append(child)
                case .tagBody: work.append(child)
                default: break
                }
                child = nextSibling(of: child)
            }
        }
        // Headings inside tags were found after the top-level ones that follow those tags.
        found.sort { nodes[Int($0)].start < nodes[Int($1)].start }
        return found
    }

    /// The titles of the sections containing a byte offset, outermost first. It builds the
    /// heading tree: for many lookups on one page use `SectionIndex`.
    public func sectionPath(at offset: Int) -> [String] {
        var path: [String] = []
        var current = sections
        while let next = current.children.first(where: { $0.range.contains(offset) }) {
            path.append(next.title)
            current = next
        }
        return path
    }
}
