import Glibc
import PCRE2

/// What input text is checked for before it is converted: binary data, which is not wikitext,
/// and ill-formed UTF-8, which MediaWiki never stores and which the outputs (JSON, CSV,
/// SQLite text) cannot carry.
///
/// The parser itself takes any bytes and prints them back unchanged (`wikiconv parse` keeps
/// them so); converting reads each ill-formed sequence as U+FFFD, as MediaWiki does with text
/// it is given, and says where.
enum SourceText {
    /// What was found in a text.
    enum Problem: Equatable {
        /// A NUL byte (no text file holds one) at `offset`, on `line`.
        case binary(line: Int, offset: Int)
        /// UTF-16 text (it starts with a byte-order mark): wikitext comes as UTF-8.
        case utf16
        /// Ill-formed UTF-8, first at `line` and character `column` (both 1-based) with `byte`; in
        /// all, `places` sequences were read as U+FFFD.
        case invalidUTF8(line: Int, column: Int, byte: UInt8, places: Int)

        /// The 1-based line of the problem (a UTF-16 mark is on the first).
        var line: Int {
            switch self {
            case .binary(let line, _), .invalidUTF8(let line, _, _, _): line
            case .utf16: 1
            }
        }

        /// The 1-based column, for ill-formed UTF-8 only.
        var column: Int? {
            if case .invalidUTF8(_, let column, _, _) = self { column } else { nil }
        }

        /// The one-line report for a file: `path:line[:column]: what`.
        func message(file path: String) -> String {
            "\(path):\(line)\(column.map { ":\($0)" } ?? ""): \(detail)"
        }

        /// `message(file:)`, ending in `; skipped` for a text that is not converted.
        func report(file path: String) -> String {
            message(file: path) + (skips ? "; skipped" : "")
        }

        /// The one-line report for a dump page: `path: page "T" (id N), line L[, column C]: what`.
        func message(dump path: String, title: String, id: Int) -> String {
            let title = String(title.map { $0.isNewline ? " " : $0 })
            // A UTF-16 mark concerns the whole text: no line named.
            let place = self == .utf16 ? "" : ", line \(line)" + (column.map { ", column \($0)" } ?? "")
            return "\(path): page \"\(title)\" (id \(id))\(place): \(detail)"
        }

        /// What was found and what was done about it.
        var detail: String {
            switch self {
            case .binary(_, let offset):
                return "binary data (a NUL byte at byte \(offset + 1)), not wikitext"
            case .utf16:
                return "UTF-16 text (a byte-order mark), not UTF-8: convert it first (iconv -f UTF-16 -t UTF-8)"
            case .invalidUTF8(_, _, let byte, let places):
                let all = places == 1 ? "" : " (\(places) places in all)"
                return "invalid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true))), read as U+FFFD\(all)"
            }
        }

        /// True for a text that is not converted at all.
        var skips: Bool {
            switch self {
            case .binary, .utf16: return true
            case .invalidUTF8: return false
            }
        }
    }

    /// `bytes` as they are converted, and what was wrong with them, if anything. Well-formed
    /// text (nearly all) costs one fast pass and comes back as it is; binary data comes back
    /// unchanged with its problem (the caller skips it); ill-formed UTF-8 comes back repaired.
    static func checked(_ bytes: [UInt8]) -> (bytes: [UInt8], problem: Problem?) {
        let (nul, valid) = bytes.withUnsafeBufferPointer { buffer -> (Int?, Bool) in
            guard let base = buffer.baseAddress else { return (nil, true) }
            if let hit = memchr(base, 0, buffer.count) {
                return (base.distance(to: hit.assumingMemoryBound(to: UInt8.self)), false)
            }
            return (nil, UTF8Validation.isValid(buffer))
        }
        // A UTF-16 byte-order mark (FF FE or FE FF, never UTF-8) names the encoding.
        if bytes.count >= 2, (bytes[0], bytes[1]) == (0xFF, 0xFE) || (bytes[0], bytes[1]) == (0xFE, 0xFF) {
            return (bytes, .utf16)
        }
        if let nul { return (bytes, .binary(line: line(of: nul, in: bytes), offset: nul)) }
        if valid { return (bytes, nil) }
        return repaired(bytes)
    }

    /// `bytes` with each maximal ill-formed subsequence replaced by U+FFFD (the Unicode
    /// standard's recommended practice, which `String(decoding:as:)` follows too).
    static func repaired(_ bytes: [UInt8]) -> (bytes: [UInt8], problem: Problem?) {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        var first: (offset: Int, byte: UInt8)?
        var places = 0
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                out.append(contentsOf: encoded)
                offset += encoded.count
            case .error(let length):
                if first == nil { first = (offset, bytes[offset]) }
                places += 1
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                offset += length
            case .emptyInput:
                break loop
            }
        }
        guard let first else { return (bytes, nil) }
        let line = line(of: first.offset, in: bytes)
        let lineStart = bytes[..<first.offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        // The column in characters, as editors count: the line before the first error is well-formed.
        let column = bytes[lineStart..<first.offset].reduce(1) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
        return (out, .invalidUTF8(line: line, column: column, byte: first.byte, places: places))
    }

    /// The 1-based line of byte `offset`.
    private static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        bytes[..<offset].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
    }
}
