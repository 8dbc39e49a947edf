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
        /// One `<page>` is larger than `DumpOptions.maxPageBytes`.
        case pageTooLarge
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

    /// Creates an error; `offset`/`compressedOffset` are filled in when they are known.
    public init(_ kind: Kind, path: String, _ message: String, offset: Int? = nil, compressedOffset: Int? = nil) {
        self.kind = kind
        self.path = path
        self.message = message
        self.offset = offset
        self.compressedOffset = compressedOffset
    }

    /// True when reading can go on after this error (a single malformed page).
    public var isRecoverable: Bool { kind == .malformedPage || kind == .pageTooLarge }

    /// One line: `path: message (at compressed byte N, XML byte M)`.
    public var description: String {
        var at: [String] = []
        if let c = compressedOffset { at.append("compressed byte \(c)") }
        if let o = offset { at.append("XML byte \(o)") }
        return at.isEmpty ? "\(path): \(message)" : "\(path): \(message) (at \(at.joined(separator: ", ")))"
    }

    /// The same error with offsets filled in where they are still unknown.
    func located(offset: Int?, compressedOffset: Int?) -> DumpError {
        DumpError(kind, path: path, message, offset: self.offset ?? offset,
                  compressedOffset: self.compressedOffset ?? compressedOffset)
    }
}

extension DumpError {
    /// The same error with its XML offset moved by `delta` (a multistream chunk's start).
    func shifted(by delta: Int) -> DumpError {
        DumpError(kind, path: path, message, offset: offset.map { $0 + delta }, compressedOffset: compressedOffset)
    }
}
