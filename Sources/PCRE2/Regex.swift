import CPCRE2

/// A PCRE2 pattern, compiled once (JIT when available) and safe to share between threads.
///
/// The compiled code is immutable after `init`; every match call gets its own match data
/// (or uses a caller-owned ``Matcher``), so one `Regex` may be used from many threads at once.
///
/// ```swift
/// static let number = try! Regex(#"[0-9]{1,3}(?:,[0-9]{3})+"#)
/// for m in number.matches(in: text) { print(m.string(in: text)!) }
/// ```
public final class Regex: @unchecked Sendable {
    /// The pattern as given.
    public let pattern: String
    /// The options it was compiled with.
    public let options: RegexOptions
    /// Number of capture groups (not counting group 0).
    public let captureCount: Int
    /// True when PCRE2's JIT compiled the pattern; false means the interpreter runs it.
    public let isJIT: Bool
    /// Group names, each with its group number(s).
    public var groupNames: [String: [Int]] { names.numbers }

    let code: OpaquePointer
    let names: GroupNames

    /// Compiles `pattern`. Throws ``RegexError`` with PCRE2's message and the byte offset of the problem.
    ///
    /// The default options are `[.utf]`: the pattern and subjects are UTF-8 text.
    public init(_ pattern: String, options: RegexOptions = [.utf]) throws(RegexError) {
        var errorCode: Int32 = 0
        var errorOffset = 0
        var source = pattern
        let compiled = source.withUTF8 { p in
            // A nil base address is only allowed for a zero-terminated pattern, so use "".
            pcre2_compile_8(p.baseAddress ?? Regex.emptySubject, p.count, options.rawValue,
                            &errorCode, &errorOffset, nil)
        }
        guard let compiled else {
            throw RegexError(code: errorCode, offset: errorOffset, pattern: pattern)
        }
        self.code = compiled
        self.pattern = pattern
        self.options = options
        // JIT failure (no JIT support, out of executable memory) is not an error: the interpreter still works.
        self.isJIT = pcre2_jit_compile_8(compiled, UInt32(PCRE2_JIT_COMPLETE)) == 0
        self.captureCount = Int(Regex.info(compiled, PCRE2_INFO_CAPTURECOUNT))
        self.names = Regex.readNames(compiled)
    }

    deinit { pcre2_code_free_8(code) }

    /// The group number for `name`, via `pcre2_substring_number_from_name_8`.
    /// `nil` when there is no such group, or when the name is used by several groups.
    public func groupNumber(named name: String) -> Int? {
        let zeroTerminated = Array(name.utf8) + [0]  // PCRE2 wants a C string
        let rc = pcre2_substring_number_from_name_8(code, zeroTerminated)
        return rc > 0 ? Int(rc) : nil
    }

    /// Read from a non-null pointer when the subject buffer is empty (PCRE2 wants a pointer).
    nonisolated(unsafe) static let emptySubject: UnsafePointer<UInt8> = {
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        p.initialize(to: 0)
        return UnsafePointer(p)
    }()

    private static func info(_ code: OpaquePointer, _ what: Int32) -> UInt32 {
        var value: UInt32 = 0
        _ = pcre2_pattern_info_8(code, UInt32(what), &value)
        return value
    }

    /// Walks PCRE2's name table: entries of `entrySize` bytes, a 2-byte big-endian group
    /// number followed by the zero-terminated name.
    private static func readNames(_ code: OpaquePointer) -> GroupNames {
        let count = Int(info(code, PCRE2_INFO_NAMECOUNT))
        guard count > 0 else { return .none }
        let entrySize = Int(info(code, PCRE2_INFO_NAMEENTRYSIZE))
        var table: UnsafePointer<UInt8>? = nil
        _ = pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMETABLE), &table)
        guard let table else { return .none }
        var result: [String: [Int]] = [:]
        for i in 0..<count {
            let entry = table + i * entrySize
            let number = Int(entry[0]) << 8 | Int(entry[1])
            let name = String(cString: entry + 2)
            result[name, default: []].append(number)
        }
        return GroupNames(result)
    }
}
