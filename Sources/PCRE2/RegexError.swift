import CPCRE2

/// A pattern that PCRE2 refused to compile.
public struct RegexError: Error, Sendable, Equatable, CustomStringConvertible {
    /// PCRE2's error code (a positive compile error number).
    public let code: Int32
    /// PCRE2's own message, e.g. "missing closing parenthesis".
    public let message: String
    /// Byte offset in the pattern where PCRE2 stopped.
    public let offset: Int
    /// The pattern as given.
    public let pattern: String

    /// Code, offset, pattern and message in one line.
    public var description: String {
        "regex error \(code) at offset \(offset) in \(pattern.debugDescription): \(message)"
    }

    init(code: Int32, offset: Int, pattern: String) {
        self.code = code
        self.offset = offset
        self.pattern = pattern
        self.message = RegexError.message(for: code)
    }

    /// PCRE2's text for an error code (compile or match error).
    static func message(for code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let written = buffer.withUnsafeMutableBufferPointer { out in
            pcre2_get_error_message_8(code, out.baseAddress, out.count)
        }
        guard written > 0 else { return "unknown PCRE2 error \(code)" }
        return String(decoding: buffer[0..<Int(written)], as: UTF8.self)
    }
}
