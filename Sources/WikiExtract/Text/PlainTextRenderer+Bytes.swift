import WikiModel

/// Finishing a rendering as bytes: for a table cell, whose text goes into its store's byte
/// buffer and whose value is parsed from bytes, a string of the text would be made only to be
/// copied and freed.
extension PlainTextRenderer {
    /// Like ``finish()``, but the folded text stays in `out` and the links in `linkSpans` and
    /// `linkBytes` (read them before the next `reset`); hands over the notes. The bytes are those
    /// of `finish().text`, the links those of `finish().links`.
    mutating func finishBytes() -> [Note] {
        TextFolding.foldText(inPlace: out)
        var notes: [Note] = []
        // Handed over, not copied; an empty list stays as it is (nothing for `reset` to do).
        if !result.notes.isEmpty { swap(&notes, &result.notes) }
        return notes
    }
}
