import WikiModel

/// Writes the CSV output of a batch of articles into a directory:
///
/// - `<article>/table-<n>.csv`: each table's body rows under its derived column names, where
///   `<article>` is the title made safe as a folder name (`directoryName(for:)`);
/// - `infobox_fields.csv`, `contests.csv`, `contest_rows.csv`: long-form records of every article.
///
/// Every file is written through `AtomicFile`. The long-form files are streamed and appear
/// when `finish()` is called; an exporter dropped without it leaves only the table files.
public final class CSVExporter {
    /// The output directory.
    public let directory: String
    private var streams: [(file: AtomicFile, csv: CSVWriter)] = []

    /// Starts the long-form files in `directory` (created if missing).
    public init(directory: String) throws {
        self.directory = directory
        for (name, header) in [("infobox_fields.csv", ArticleCSV.infoboxFieldsHeader),
                               ("contests.csv", ArticleCSV.contestsHeader),
                               ("contest_rows.csv", ArticleCSV.contestRowsHeader)] {
            streams.append((try AtomicFile(path: directory + "/" + name), CSVWriter(header: header)))
        }
    }

    /// Writes the article's table files and adds its long-form records.
    public func write(_ article: Article) throws {
        let folder = directory + "/" + Self.directoryName(for: article.title)
        for table in article.tables {
            try AtomicFile.write(ArticleCSV.table(table).bytes, to: folder + "/table-\(table.index).csv")
        }
        let records = [ArticleCSV.infoboxFieldRows(article), ArticleCSV.contestRows(article),
                       ArticleCSV.contestRowRows(article)]
        for (index, rows) in records.enumerated() {
            for row in rows { try streams[index].csv.writeRow(row) }
            if streams[index].csv.bytes.count >= 1 << 16 { try streams[index].csv.flush(to: streams[index].file) }
        }
    }

    /// Writes out and renames the long-form files.
    public func finish() throws {
        for index in streams.indices {
            try streams[index].csv.flush(to: streams[index].file)
            try streams[index].file.commit()
        }
    }

    /// A file-system-safe folder name for a title, stable across runs: spaces become `_` (as in
    /// wiki URLs); `/`, `\`, `%`, control characters and a leading `.` are percent-encoded; a
    /// name longer than 200 bytes is cut and given a hash of the full title.
    public static func directoryName(for title: String) -> String {
        var bytes: [UInt8] = []
        for (index, byte) in title.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: " "): bytes.append(UInt8(ascii: "_"))
            case UInt8(ascii: "."): if index == 0 { percent(byte, into: &bytes) } else { bytes.append(byte) }
            case UInt8(ascii: "/"), UInt8(ascii: "\\"), UInt8(ascii: "%"), 0..<0x20, 0x7F: percent(byte, into: &bytes)
            default: bytes.append(byte)
            }
        }
        if bytes.isEmpty { return "_" }
        guard bytes.count > 200 else { return String(decoding: bytes, as: UTF8.self) }
        var cut = 180
        while cut > 0 && bytes[cut] & 0xC0 == 0x80 { cut -= 1 }  // not inside a UTF-8 sequence
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a: stable, unlike Hasher
        for byte in title.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return String(decoding: bytes[..<cut], as: UTF8.self) + "~" + String(hash, radix: 16)
    }

    private static func percent(_ byte: UInt8, into bytes: inout [UInt8]) {
        let hex = Array("0123456789ABCDEF".utf8)
        bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
    }
}
