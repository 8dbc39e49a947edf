import WikiModel

/// Finishing a rendering as bytes: for a table cell, whose text goes into its store's byte
/// buffer and whose value is parsed from bytes, a string of the text would be made only to be
/// copied and freed.
extension PlainTextRenderer {
    /// Like ``finish()``, but the folded text stays in `out` (read it before the next `reset`);
    /// hands over the links and notes. The bytes are those of `finish().text`.
    mutating func finishBytes() -> (links: [Link], notes: [Note]) {
        TextFolding.foldText(inPlace: &out)
        var links: [Link] = [], notes: [Note] = []
        // Handed over, not copied; an empty list stays as it is (nothing for `reset` to do).
        if !result.links.isEmpty { swap(&links, &result.links) }
        if !result.notes.isEmpty { swap(&notes, &result.notes) }
        return (links, notes)
    }
}
