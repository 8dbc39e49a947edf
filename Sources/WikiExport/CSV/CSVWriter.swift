/// Writes CSV as RFC 4180 describes it, with one deliberate choice: records end with `\n` (LF),
/// not CRLF, because that is what Unix tools, `git diff` and pandas expect, and every RFC 4180
/// reader (Python's `csv`, pandas, spreadsheets) accepts it.
///
/// - UTF-8, no byte-order mark.
/// - The first record is the header; every record has exactly the header's number of fields.
/// - A field is quoted when it contains `,`, `"`, CR or LF, or starts or ends with a space
///   (some readers trim unquoted spaces); a `"` inside is doubled. Newlines inside a quoted
///   field are kept as written.
///
/// ```swift
/// var csv = CSVWriter(header: ["party", "votes"])
/// try csv.writeRow(["PTI", "18457567"])
/// try AtomicFile.write(csv.bytes, to: "contest_rows.csv")
/// ```
public struct CSVWriter {
    /// A record that does not fit the header.
    public struct WidthError: Error, CustomStringConvertible, Sendable {
        /// The 1-based record number (the header is record 1).
        public var record: Int
        /// How many fields the record had.
        public var fields: Int
        /// How many the header has.
        public var expected: Int

        /// A message naming the record and both widths.
        public var description: String { "CSV record \(record) has \(fields) fields, the header has \(expected)" }
    }

    /// The output so far.
    public var bytes: [UInt8] = []
    /// The number of fields per record (the header's).
    public let width: Int
    /// Records written, header included.
    public private(set) var records = 0

    /// Starts a CSV document with its header record.
    public init(header: [String], capacity: Int = 1 << 16) {
        width = header.count
        bytes.reserveCapacity(capacity)
        appendRecord(header)
    }

    /// Appends one record. Short records are padded with empty fields; a record with more fields
    /// than the header throws `WidthError` and writes nothing, so the output stays rectangular.
    public mutating func writeRow(_ fields: [String]) throws {
        guard fields.count <= width else {
            throw WidthError(record: records + 1, fields: fields.count, expected: width)
        }
        appendRecord(fields)
    }

    /// Appends one record of `count` fields, field `i` being `field(i)`, without building an
    /// array of them first; `count` must not exceed `width` (short records are padded).
    mutating func writeRow(count: Int, _ field: (Int) -> String) {
        writeRow(count: count) { column, put in field(column).withUTF8Bytes(put) }
    }

    /// ``writeRow(count:_:)`` for fields given as UTF-8 bytes: `field(i, put)` calls `put` once
    /// with field `i`'s bytes (a table cell's text, read from its store with no string made).
    mutating func writeRow(count: Int, bytes field: (Int, (UnsafeBufferPointer<UInt8>) -> Void) -> Void) {
        precondition(count <= width, "CSVWriter: record wider than the header")
        appendRecord(count: count, field)
    }

    /// Writes the buffered bytes to `sink` and empties the buffer (for long streams of records).
    public mutating func flush(to sink: any ByteSink) throws {
        try sink.write(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    private mutating func appendRecord(_ fields: [String]) {
        appendRecord(count: fields.count) { column, put in fields[column].withUTF8Bytes(put) }
    }

    private mutating func appendRecord(count: Int, _ field: (Int, (UnsafeBufferPointer<UInt8>) -> Void) -> Void) {
        let start = bytes.count
        for column in 0..<max(width, count) {
            if column > 0 { bytes.append(UInt8(ascii: ",")) }
            if column < count { field(column) { appendField($0) } }
        }
        // A lone empty field would be a blank line, which readers skip: quote it.
        if width == 1 && bytes.count == start {
            bytes.append(UInt8(ascii: "\""))
            bytes.append(UInt8(ascii: "\""))
        }
        bytes.append(UInt8(ascii: "\n"))
        records += 1
    }

    private mutating func appendField(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard Self.needsQuotes(utf8) else { return bytes.append(contentsOf: utf8) }
        bytes.append(UInt8(ascii: "\""))
        for byte in utf8 {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func needsQuotes(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = utf8.first, let last = utf8.last else { return false }
        if first == UInt8(ascii: " ") || last == UInt8(ascii: " ") { return true }
        for byte in utf8 where byte <= UInt8(ascii: ",") {  // one compare for most bytes
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D { return true }
        }
        return false
    }
}
