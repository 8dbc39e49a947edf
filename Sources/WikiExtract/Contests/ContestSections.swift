import Wikitext

/// The innermost section title at an offset, as `SectionIndex.innermostTitle(at:)` gives it,
/// with the index built only on the first question: most templates a page has are no
/// election template, and a page without one never asks.
struct ContestSections {
    private let document: WikitextDocument
    private var index: SectionIndex?

    init(_ document: WikitextDocument) { self.document = document }

    /// The title of the deepest section containing `offset`, or nil in the lead.
    mutating func innermostTitle(at offset: Int) -> String? {
        if index == nil { index = SectionIndex(document) }
        return index!.innermostTitle(at: offset)
    }
}
