/// The sections of a page flattened once in document order, for many "which section is this
/// offset in?" questions without rebuilding the heading tree each time.
public struct SectionIndex: Sendable {
    private var ranges: [Range<Int>] = []
    private var titles: [String] = []

    /// Flattens the heading tree of `document` (pre-order, so starts are sorted).
    public init(_ document: WikitextDocument) {
        var work = document.sections.children.reversed().map { $0 }
        while let section = work.popLast() {
            ranges.append(section.range)
            titles.append(section.title)
            work += section.children.reversed()
        }
    }

    /// The title of the deepest section containing `offset`, or nil in the lead. In pre-order,
    /// the last section starting at or before the offset that still contains it is the deepest.
    public func innermostTitle(at offset: Int) -> String? {
        var lo = 0, hi = ranges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ranges[mid].lowerBound <= offset { lo = mid + 1 } else { hi = mid }
        }
        var i = lo - 1
        while i >= 0 {
            if ranges[i].contains(offset) { return titles[i] }
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
