/// An error reading a dump. Its `description` is one line naming the file and, where known,
/// the byte offset of the damage.
public struct DumpError: Error, Sendable, CustomStringConvertible, Equatable {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        /// The file does not exist.
        case notFound
        /// The path names a directory.
        case isDirectory
        /// The file exists but could not be opened or read (permissions, I/O error).
        case io
        /// The input is empty.
        case empty
        /// The input is not a MediaWiki XML export (neither bzip2 nor `<mediawiki>` XML).
        case notADump
        /// A bzip2 stream is damaged (bad magic, CRC or block data).
        case corruptBZ2
        /// The input ends inside a bzip2 stream.
        case truncatedBZ2
        /// The XML ends before `</page>` or `</mediawiki>`.
        case truncatedXML
        /// The XML is not well formed where the reader needs it to be.
        case malformedXML
        /// One `<page>` is complete but unusable (no `<title>`, a non-numeric `<id>`, ...).
        /// The reader has moved past it: calling `next()` again continues with the next page.
        case malformedPage
        /// One `<page>` is larger than `DumpOptions.maxPageBytes`, or its text is larger than
        /// `DumpOptions.maxTextBytes`. The page is skipped; reading goes on.
        case pageTooLarge
        /// Transforming one page took longer than its time budget (`PageBudget`); it is skipped.
        case pageOverBudget
        /// Transforming one page threw; it is skipped.
        case pageFailed
        /// The multistream index cannot be read or does not fit the dump.
        case badIndex
    }

    /// What went wrong.
    public let kind: Kind
    /// The file the error is about (`-` for standard input).
    public let path: String
    /// A short human explanation, without the path or offsets.
    public let message: String
    /// Byte offset in the decompressed XML where the problem was found, when known.
    public let offset: Int?
    /// Byte offset in the compressed file where the problem was found, when known.
    public let compressedOffset: Int?
    /// The title of the page concerned, when the error is about one page and it is known.
    public let title: String?
    /// The id of the page concerned, when known.
    public let pageID: Int?

    /// Creates an error; offsets, title and page id are filled in when they are known.
    public init(_ kind: Kind, path: String, _ message: String, offset: Int? = nil, compressedOffset: Int? = nil,
                title: String? = nil, pageID: Int? = nil) {
        self.kind = kind
        self.path = path
        self.message = message
        self.offset = offset
        self.compressedOffset = compressedOffset
        self.title = title
        self.pageID = pageID
    }

    /// True when reading can go on after this error (it concerns a single page).
    public var isRecoverable: Bool {
        kind == .malformedPage || kind == .pageTooLarge || kind == .pageOverBudget || kind == .pageFailed
    }

    /// One line: `path: page "Title" (id 12): message (at compressed byte N, XML byte M)`.
    public var description: String {
        var at: [String] = []
        if let c = compressedOffset { at.append("compressed byte \(c)") }
        if let o = offset { at.append("XML byte \(o)") }
        var page = ""
        if let title { page = "page \"\(String(title.map { $0.isNewline ? " " : $0 }))\"" }
        if let pageID { page += page.isEmpty ? "page id \(pageID)" : " (id \(pageID))" }
        let head = page.isEmpty ? "\(path): \(message)" : "\(path): \(page): \(message)"
        return at.isEmpty ? head : "\(head) (at \(at.joined(separator: ", ")))"
    }

    /// The same error with offsets filled in where they are still unknown.
    func located(offset: Int?, compressedOffset: Int?) -> DumpError {
        DumpError(kind, path: path, message, offset: self.offset ?? offset,
                  compressedOffset: self.compressedOffset ?? compressedOffset, title: title, pageID: pageID)
    }

    /// The same error naming its page, where that is still unknown.
    func about(title: String?, pageID: Int?, offset: Int? = nil) -> DumpError {
        DumpError(kind, path: path, message, offset: self.offset ?? offset, compressedOffset: compressedOffset,
                  title: self.title ?? title, pageID: self.pageID ?? pageID)
    }
}

extension DumpError {
    /// The same error with its XML offset moved by `delta` (a multistream chunk's start).
    func shifted(by delta: Int) -> DumpError {
        DumpError(kind, path: path, message, offset: offset.map { $0 + delta }, compressedOffset: compressedOffset,
                  title: title, pageID: pageID)
    }
}
