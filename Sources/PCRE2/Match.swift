/// One match of a ``Regex``: byte ranges into the subject, never copies of it.
///
/// Offsets are UTF-8 byte offsets, also for `String` subjects (use ``string(_:in:)``
/// to get the text back).
public struct Match: Sendable, Equatable {
    /// The whole match (group 0).
    public let range: Range<Int>
    /// Capture groups 1…n, in order; `nil` for a group that did not take part.
    public let groups: [Range<Int>?]
    /// Group names of the pattern, shared with the ``Regex`` (not part of equality);
    /// nil when it has none, so unnamed patterns pay no reference count per match.
    let names: GroupNames?

    init(range: Range<Int>, groups: [Range<Int>?], names: GroupNames?) {
        self.range = range
        self.groups = groups
        self.names = names
    }

    /// Group `index`: 0 is the whole match, 1…n the capture groups; `nil` when out of range or unset.
    public subscript(index: Int) -> Range<Int>? {
        if index == 0 { return range }
        guard index > 0, index <= groups.count else { return nil }
        return groups[index - 1]
    }

    /// The named group `name`; `nil` when there is no such group or it did not take part.
    /// With duplicate names, the first set group of that name.
    public subscript(name: String) -> Range<Int>? {
        guard let numbers = names?.numbers[name] else { return nil }
        for number in numbers { if let r = self[number] { return r } }
        return nil
    }

    /// The text of group `index` (0 = whole match) in the `String` the match was made on.
    public func string(_ index: Int = 0, in subject: String) -> String? {
        self[index].flatMap { Match.slice($0, of: subject) }
    }

    /// The text of the named group `name` in the `String` the match was made on.
    public func string(_ name: String, in subject: String) -> String? {
        self[name].flatMap { Match.slice($0, of: subject) }
    }

    /// The bytes of group `index` in a byte subject.
    public func bytes(_ index: Int = 0, in subject: [UInt8]) -> ArraySlice<UInt8>? {
        guard let r = self[index], r.upperBound <= subject.count else { return nil }
        return subject[r]
    }

    /// Two matches are equal when their ranges are.
    public static func == (a: Match, b: Match) -> Bool {
        a.range == b.range && a.groups == b.groups
    }

    private static func slice(_ r: Range<Int>, of s: String) -> String? {
        let utf8 = s.utf8
        guard r.upperBound <= utf8.count else { return nil }
        let lo = utf8.index(utf8.startIndex, offsetBy: r.lowerBound)
        let hi = utf8.index(lo, offsetBy: r.count)
        return String(decoding: utf8[lo..<hi], as: UTF8.self)
    }
}

/// Name → group numbers, built once per pattern and shared by its matches.
final class GroupNames: Sendable {
    /// Several numbers only with ``RegexOptions/dupNames``.
    let numbers: [String: [Int]]
    init(_ numbers: [String: [Int]]) { self.numbers = numbers }
    static let none = GroupNames([:])
}
