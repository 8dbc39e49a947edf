/// Citations (`{{cite web}}`, `{{cite news}}` …) sit inside `<ref>`s: they give a footnote its
/// text, `Title. Work. Date.`, so a note reads as more than an empty string.
enum CitationTemplates {
    static let citation: TemplateRenderer = { call, out in
        // The three parts' aliases in one walk over the parameters.
        let (title, work, date) = withUnsafeTemporaryAllocation(of: Int32.self, capacity: keys.count) { last in
            call.lastValues(keys, into: last)
            return (call.first(in: last, titleKeys), call.first(in: last, workKeys), call.first(in: last, dateKeys))
        }
        out.compute([title, work, date], sentences)
    }

    /// The aliases of the three parts, in order of preference, back to back (bytes made once),
    /// and where each part's aliases sit among them.
    static let keys = ParameterKeys(["title", "trans-title", "chapter", "script-title",
                                     "website", "work", "newspaper", "magazine", "journal", "publisher",
                                     "periodical", "agency", "encyclopedia", "via",
                                     "date", "year"])
    static let titleKeys = 0..<4
    static let workKeys = 4..<14
    static let dateKeys = 14..<16

    /// The non-empty parts, each ending with a period (added unless it has one), joined by
    /// spaces: `Title. Work. Date.`. Written as bytes into one string (the parts are strings,
    /// so well-formed).
    @Sendable static func sentences(_ parts: [String]) -> String {
        var total = 0
        for part in parts { total += part.utf8.count + 2 }
        guard total > 2 * parts.count else { return "" }
        return String(unsafeUninitializedCapacity: total) { buffer in
            var n = 0
            for var part in parts where !part.isEmpty {
                if n > 0 { buffer[n] = 0x20; n += 1 }
                let period = endsWithPeriod(part)
                part.withUTF8 { bytes in
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[n...]).initialize(from: bytes)
                    n += bytes.count
                }
                if !period { buffer[n] = 0x2E; n += 1 }
            }
            return n
        }
    }

    /// `part.hasSuffix(".")`, read from the last bytes: a last character `.` is the byte 0x2E,
    /// and after an ASCII byte that byte is a character of its own. Only a `.` after other
    /// text (which may join it into one character) asks the string.
    static func endsWithPeriod(_ part: String) -> Bool {
        var part = part
        let quick: Bool? = part.withUTF8 { bytes in
            guard let last = bytes.last, last == 0x2E else { return false }
            return bytes.count == 1 || bytes[bytes.count - 2] < 0x80 ? true : nil
        }
        return quick ?? part.hasSuffix(".")
    }

    static let entries: [([String], TemplateRenderer)] = [
        (["cite web", "cite news", "cite book", "cite journal", "cite magazine", "cite press release",
          "cite report", "cite encyclopedia", "cite av media", "cite conference", "cite thesis", "cite tweet",
          "cite episode", "cite interview", "cite map", "cite speech", "cite document", "cite podcast",
          "cite arxiv", "cite video", "cite newsgroup", "cite mailing list", "cite serial", "cite sign",
          "cite techreport", "cite court", "cite act", "cite dictionary", "cite periodical", "citation",
          "cite", "vcite web", "vcite news", "cite wikisource", "cite gnis", "cite nrhp", "cite legislation"],
         citation),
    ]
}
