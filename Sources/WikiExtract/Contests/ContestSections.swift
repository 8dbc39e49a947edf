import Wikitext

/// The innermost section title at an offset, as `SectionIndex.innermostTitle(at:)` gives it,
/// built by node id and only on the first question: most templates a page has are no
/// election template, and a page without one never asks. Titles are rendered when asked for.
struct ContestSections {
    private let document: WikitextDocument
    private var built = false
    private var headings: [Int32] = []
    private var ranges: [Range<Int>] = []
    private var titles: [String?] = []

    init(_ document: WikitextDocument) { self.document = document }

    /// The title of the deepest section containing `offset`, or nil in the lead.
    mutating func innermostTitle(at offset: Int) -> String? {
        if !built { build() }
        return SectionIndex.innermost(ranges, at: offset).map { title($0) }
    }

    private mutating func title(_ i: Int) -> String {
        if let title = titles[i] { return title }
        let title = document.node(headings[i]).child(.headingTitle)?.trimmedText ?? ""
        titles[i] = title
        return title
    }

    /// The headings found as `sectionHeadings()` finds them (top level, and inside tags that
    /// are not opaque), with each section running to the next heading of the same or a higher level.
    private mutating func build() {
        built = true
        var found: [Int32] = []
        var work: [Int32] = [0]
        while let node = work.popLast() {
            var child = document.firstChild(of: node)
            while child >= 0 {
                switch document.kind(of: child) {
                case .heading: found.append(child)
                case .tag where !document.flags(of: child).contains(.opaque): work.append(child)
                case .tagBody: work.append(child)
                default: break
                }
                child = document.nextSibling(of: child)
            }
        }
        found.sort { document.range(of: $0).lowerBound < document.range(of: $1).lowerBound }
        var open: [(index: Int, level: Int)] = []
        for h in found {
            let level = document.node(h).aux
            let start = document.range(of: h).lowerBound
            while let last = open.last, last.level >= level {
                ranges[last.index] = ranges[last.index].lowerBound..<start
                open.removeLast()
            }
            open.append((ranges.count, level))
            ranges.append(start..<document.source.count)
        }
        headings = found
        titles = Array(repeating: nil, count: found.count)
    }
}
