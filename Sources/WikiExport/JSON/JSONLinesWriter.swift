import WikiModel

/// Writes articles as JSON Lines (compact JSON, one article per line, `\n` after each) to a
/// sink, buffering about 64 KB between writes.
///
/// ```swift
/// let file = try AtomicFile(path: "Output/articles.jsonl")
/// let lines = JSONLinesWriter(sink: file)
/// for article in articles { try lines.write(article) }
/// try lines.flush()
/// try file.commit()
/// ```
public final class JSONLinesWriter {
    private let sink: any ByteSink
    private var json = JSONWriter(style: .compact, capacity: 1 << 17)
    private let flushThreshold: Int

    /// Creates a writer that flushes to `sink` whenever its buffer passes `flushThreshold` bytes.
    public init(sink: any ByteSink, flushThreshold: Int = 1 << 16) {
        self.sink = sink
        self.flushThreshold = flushThreshold
    }

    /// Appends one article as one line.
    public func write(_ article: Article) throws {
        ArticleJSON.write(article, to: &json)
        json.appendRaw(UInt8(ascii: "\n"))
        if json.count >= flushThreshold { try flush() }
    }

    /// Writes out whatever is buffered.
    public func flush() throws {
        guard json.count > 0 else { return }
        try json.withBytes { try sink.write($0) }
        json.reset()
    }
}

extension ArticleJSON {
    /// Writes one article as a pretty JSON file (ending with a newline), atomically.
    public static func save(_ article: Article, to path: String, style: JSONWriter.Style = .pretty) throws {
        var bytes = encode(article, style: style)
        bytes.append(UInt8(ascii: "\n"))
        try AtomicFile.write(bytes, to: path)
    }
}
