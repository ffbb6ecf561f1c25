/// One token of news text with its position, so every later stage can point back
/// into the clean text exactly (offsets are Unicode code points, end exclusive).
public struct Token: Sendable, Equatable, Hashable {
    /// The token's characters, exactly as in the text.
    public let text: String
    /// Code-point index of the first scalar.
    public let start: Int
    /// Code-point index one past the last scalar.
    public let end: Int

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}
