/// The sections of a page flattened once in document order, for many "which section is this
/// offset in?" questions without rebuilding the heading tree each time.
public struct SectionIndex: Sendable {
    private var ranges: [Range<Int>] = []
    private var titles: [String] = []

    /// The sections of `document` in heading order (pre-order of the heading tree, so starts
    /// are sorted): each runs to the next heading of the same or a higher level. Built from the
    /// section headings directly, without the tree of `sections`.
    public init(_ document: WikitextDocument) {
        var open: [(index: Int, level: UInt16)] = []
        for h in document.sectionHeadingIDs() {
            let heading = document.nodes[Int(h)]
            let start = Int(heading.start)
            while let last = open.last, last.level >= heading.aux {
                ranges[last.index] = ranges[last.index].lowerBound..<start
                open.removeLast()
            }
            open.append((ranges.count, heading.aux))
            ranges.append(start..<document.source.count)
            let title = document.firstChild(of: h, kind: .headingTitle)
            titles.append(title >= 0 ? document.node(title).trimmedText : "")
        }
    }

    /// The title of the deepest section containing `offset`, or nil in the lead. In pre-order,
    /// the last section starting at or before the offset that still contains it is the deepest.
    public func innermostTitle(at offset: Int) -> String? {
        Self.innermost(ranges, at: offset).map { titles[$0] }
    }

    /// The index of the deepest of `ranges` (sections in pre-order) containing `offset`, or nil.
    public static func innermost(_ ranges: [Range<Int>], at offset: Int) -> Int? {
        var lo = 0, hi = ranges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ranges[mid].lowerBound <= offset { lo = mid + 1 } else { hi = mid }
        }
        var i = lo - 1
        while i >= 0 {
            if ranges[i].contains(offset) { return i }
            i -= 1
        }
        return nil
    }
}

extension WikitextDocument {
    /// True when the page uses the template with this name (compared normalized, so
    /// `infobox_election` finds `{{Infobox election}}`).
    public func usesTemplate(named name: String) -> Bool {
        let wanted = Template.normalize(name)
        return nodes(of: .template).contains { Template($0)?.normalizedName == wanted }
    }
}
