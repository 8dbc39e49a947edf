/// A wikilink found in a cell: `[[Pakistan Tehreek-e-Insaf|PTI]]`.
public struct Link: Codable, Sendable, Equatable {
    /// The page linked to, as written: `Pakistan Tehreek-e-Insaf`.
    public var target: String
    /// The label shown: `PTI` (the target when there is no label).
    public var text: String

    /// Creates a link.
    public init(target: String, text: String) {
        self.target = target
        self.text = text
    }
}

/// A link held as two byte ranges of a buffer (a renderer's scratch bytes): its target and its
/// shown text, each UTF-8. The same range for both means the text is the target (`[[Imran
/// Khan]]`). Plain data, so a renderer records links and a ``CellStore/Builder`` copies them
/// with no string, array or retain per link.
public struct LinkSpan: Sendable, Equatable {
    public var targetStart: Int32, targetEnd: Int32
    public var textStart: Int32, textEnd: Int32

    /// A link whose target is `target` and whose text is `text` (offsets into one buffer).
    @inlinable
    public init(target: Range<Int>, text: Range<Int>) {
        targetStart = Int32(truncatingIfNeeded: target.lowerBound)
        targetEnd = Int32(truncatingIfNeeded: target.upperBound)
        textStart = Int32(truncatingIfNeeded: text.lowerBound)
        textEnd = Int32(truncatingIfNeeded: text.upperBound)
    }

    @inlinable public var target: Range<Int> { Int(targetStart)..<Int(targetEnd) }
    @inlinable public var text: Range<Int> { Int(textStart)..<Int(textEnd) }
    /// True when the shown text is the target's bytes (one range for both).
    @inlinable public var textIsTarget: Bool { textStart == targetStart && textEnd == targetEnd }

    /// The link as strings, from the buffer its ranges point into.
    public func link(in bytes: UnsafeBufferPointer<UInt8>) -> Link {
        let target = String(decoding: UnsafeBufferPointer(rebasing: bytes[self.target]), as: UTF8.self)
        return Link(target: target,
                    text: textIsTarget ? target : String(decoding: UnsafeBufferPointer(rebasing: bytes[text]), as: UTF8.self))
    }
}
