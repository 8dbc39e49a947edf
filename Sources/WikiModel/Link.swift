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
