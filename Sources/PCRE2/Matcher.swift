import CPCRE2

/// Reusable match data for one ``Regex``: create one per thread (or per loop) to avoid an
/// allocation per call. It is not copyable and must not be shared between threads; the
/// ``Regex`` it belongs to may be.
public struct Matcher: ~Copyable {
    /// The pattern this matcher runs.
    public let regex: Regex
    private let data: OpaquePointer
    // Copied out of `regex` so the per-match path touches no class references.
    private let code: OpaquePointer
    private let ovector: UnsafeMutablePointer<Int>
    private let captureCount: Int
    private let names: GroupNames?
    private let utf: Bool
    private let matchInvalidUTF: Bool
    private let jit: Bool

    /// Allocates match data sized for `regex`'s groups.
    public init(_ regex: Regex) {
        self.regex = regex
        self.code = regex.code
        // Only fails on out-of-memory, where there is nothing sensible left to do.
        self.data = pcre2_match_data_create_from_pattern_8(regex.code, nil)!
        self.ovector = pcre2_get_ovector_pointer_8(data)!
        self.captureCount = regex.captureCount
        self.names = regex.names.numbers.isEmpty ? nil : regex.names
        self.utf = regex.options.contains(.utf)
        self.matchInvalidUTF = regex.options.contains(.matchInvalidUTF)
        self.jit = regex.isJIT
    }

    deinit { pcre2_match_data_free_8(data) }

    /// The first match at or after byte `offset`, or `nil` (also for an offset outside the
    /// subject, invalid UTF-8 under `.utf`, or a PCRE2 resource limit).
    ///
    /// `trusted: true` promises the subject is valid UTF-8 (a Swift `String` always is) and
    /// skips PCRE2's UTF check; an offset inside a code point is still rejected.
    public func firstMatch(in subject: UnsafeBufferPointer<UInt8>, from offset: Int = 0,
                           trusted: Bool = false) -> Match? {
        find(in: subject, from: offset, trusted: trusted) ? makeMatch() : nil
    }

    /// Allocation-free matching: true when the pattern matches at or after `offset`; read the
    /// groups with ``range(_:)`` until the next call. Same rules as ``firstMatch(in:from:trusted:)``.
    public func find(in subject: UnsafeBufferPointer<UInt8>, from offset: Int = 0, trusted: Bool = false) -> Bool {
        guard offset >= 0, offset <= subject.count else { return false }
        let check = !trusted || (offset < subject.count && subject[offset] & 0xC0 == 0x80)
        return exec(subject, offset, checked: check) > 0
    }

    /// Group `index` (0 = whole match) of the last successful ``find(in:from:trusted:)``;
    /// nil when the group did not take part or does not exist.
    public func range(_ index: Int) -> Range<Int>? {
        guard index >= 0, index <= captureCount else { return nil }
        let a = ovector[2 * index], b = ovector[2 * index + 1]
        let unset = cpcre2_unset()
        return a == unset || b == unset ? nil : (a <= b ? a..<b : b..<b)
    }

    /// Calls `body` with each non-overlapping match from byte `offset` on, left to right;
    /// `body` returns false to stop early.
    ///
    /// The subject is UTF-checked at most once, up front (invalid UTF-8 gives no matches);
    /// every call then passes `PCRE2_NO_UTF_CHECK`, which keeps the loop linear (PCRE2
    /// re-checking the rest of the subject on every call is quadratic).
    public func forEachMatch(in subject: UnsafeBufferPointer<UInt8>, from offset: Int = 0,
                             trusted: Bool = false, _ body: (Match) throws -> Bool) rethrows {
        guard offset >= 0, offset <= subject.count else { return }
        var start = offset
        var checked = !trusted || (offset < subject.count && subject[offset] & 0xC0 == 0x80)
        if checked, utf, !matchInvalidUTF {
            // One fast check up front instead of PCRE2's slower one on the first call.
            guard UTF8Validation.isValid(subject),
                  offset == subject.count || subject[offset] & 0xC0 != 0x80 else { return }
            checked = false
        }
        while start <= subject.count {
            guard exec(subject, start, checked: checked) > 0 else { return }
            checked = false
            let m = makeMatch()
            guard try body(m) else { return }
            if m.range.upperBound > m.range.lowerBound {
                start = m.range.upperBound
            } else {
                // Empty match: step one code point so the next start is a character boundary,
                // which NO_UTF_CHECK requires.
                start = m.range.upperBound + 1
                if utf {
                    while start < subject.count, subject[start] & 0xC0 == 0x80 { start += 1 }
                }
            }
        }
    }

    /// Runs one match; returns PCRE2's result code (> 0 on a match).
    @inline(__always)
    private func exec(_ subject: UnsafeBufferPointer<UInt8>, _ offset: Int, checked: Bool) -> Int32 {
        let base = subject.baseAddress ?? Regex.emptySubject
        var rc: Int32
        if jit, !checked {
            // The JIT fast path skips pcre2_match's argument checks; it never checks UTF.
            rc = pcre2_jit_match_8(code, base, subject.count, offset, 0, data, nil)
        } else {
            rc = pcre2_match_8(code, base, subject.count, offset, checked ? 0 : UInt32(PCRE2_NO_UTF_CHECK), data, nil)
        }
        if rc == PCRE2_ERROR_JIT_STACKLIMIT {
            // The JIT stack (32 KB by default) is too small for this subject; the interpreter
            // uses the heap and gives the same answer.
            rc = pcre2_match_8(code, base, subject.count, offset, UInt32(PCRE2_NO_UTF_CHECK | PCRE2_NO_JIT), data, nil)
        }
        return rc
    }

    /// Copies the ovector of the last successful match into a ``Match``.
    @inline(__always)
    private func makeMatch() -> Match {
        let ov = ovector
        let unset = cpcre2_unset()
        var groups: [Range<Int>?] = []
        if captureCount > 0 {
            groups.reserveCapacity(captureCount)
            for i in 1...captureCount {
                let a = ov[2 * i], b = ov[2 * i + 1]
                // Unset groups are PCRE2_UNSET; \K tricks can put a start after its end.
                groups.append(a == unset || b == unset ? nil : (a <= b ? a..<b : b..<b))
            }
        }
        let a = ov[0], b = ov[1]
        return Match(range: a <= b ? a..<b : b..<b, groups: groups, names: names)
    }
}
