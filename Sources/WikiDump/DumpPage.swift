/// One page of a dump: its identity and the text of its latest revision.
public struct DumpPage: Sendable, Hashable {
    /// The title as displayed, with its namespace prefix (`Category:Foo`), entities decoded.
    public var title: String
    /// The namespace number (`<ns>`): 0 for articles, 10 for templates, 14 for categories, ...
    public var namespace: Int
    /// The page id (`<id>` of the page).
    public var id: Int
    /// The target of `<redirect title="…"/>`, nil when the page is not a redirect.
    public var redirect: String?
    /// The id of the latest revision, nil when the page has none.
    public var revisionID: Int?
    /// The latest revision's timestamp as written (ISO 8601, `2021-04-27T13:53:16Z`).
    public var timestamp: String?
    /// The wikitext of the latest revision as UTF-8, entities decoded. Empty for `<text/>`.
    public var text: [UInt8]
    /// True when the revision text was removed (`<text deleted="deleted"/>`).
    public var textDeleted: Bool
    /// Byte offset of `<page>` in the decompressed XML (for error messages).
    public var offset: Int
    /// How far into the file (compressed bytes for bzip2) the reader was when the page was
    /// complete; the reader works in blocks, so this runs ahead of the page by up to a few MB.
    public var compressedOffset: Int

    /// Creates a page; the reader fills every field.
    public init(title: String, namespace: Int, id: Int, redirect: String? = nil, revisionID: Int? = nil,
                timestamp: String? = nil, text: [UInt8], textDeleted: Bool = false,
                offset: Int = 0, compressedOffset: Int = 0) {
        self.title = title
        self.namespace = namespace
        self.id = id
        self.redirect = redirect
        self.revisionID = revisionID
        self.timestamp = timestamp
        self.text = text
        self.textDeleted = textDeleted
        self.offset = offset
        self.compressedOffset = compressedOffset
    }

    /// True when the page is a redirect.
    public var isRedirect: Bool { redirect != nil }
}

/// How far a reader has got, for a progress bar.
public struct DumpProgress: Sendable, Equatable {
    /// Decompressed XML bytes read so far.
    public var bytes: Int
    /// Bytes read from the file so far (compressed bytes for bzip2).
    public var compressedBytes: Int
    /// The size of the file, nil when reading from a pipe.
    public var totalCompressedBytes: Int?
    /// Pages delivered so far (after filters).
    public var pages: Int

    /// Fraction done (0...1), nil when the total is unknown.
    public var fraction: Double? {
        guard let t = totalCompressedBytes, t > 0 else { return nil }
        return min(1, Double(compressedBytes) / Double(t))
    }
}

/// Totals from a benchmark pass over a dump.
public struct DumpCounts: Sendable, Equatable {
    /// Decompressed XML bytes.
    public var bytes: Int
    /// Bytes read from the file.
    public var compressedBytes: Int
    /// Pages seen (0 for `decompressOnly`).
    public var pages: Int
    /// Bytes of revision text, decoded (0 for `decompressOnly`).
    public var textBytes: Int
}

/// What kind of input a reader detected.
public enum DumpInputKind: Sendable, Equatable {
    /// Uncompressed XML.
    case xml
    /// bzip2, read as one sequence of (possibly concatenated) streams.
    case bzip2
    /// A multistream bzip2 dump read in parallel through its index: `streams` byte ranges
    /// (one per distinct index offset, plus the `<siteinfo>` header) on `jobs` threads.
    case multistream(streams: Int, jobs: Int)
}
