import QuoteAttribution
/// A quote as the scorer sees it: span with marks, and the speaker string.
public struct ScoredQuote: Sendable {
    public var text: String
    public var start: Int?
    public var end: Int?
    public var speaker: String?
    /// Other names of the gold speaker; empty for predictions.
    public var aliases: [String]

    public init(text: String, start: Int?, end: Int?, speaker: String?, aliases: [String]) {
        self.text = text
        self.start = start
        self.end = end
        self.speaker = speaker
        self.aliases = aliases
    }
}

/// One article's quotes, gold or predicted.
public struct ScoredArticle: Sendable {
    public var id: String
    public var quotes: [ScoredQuote]

    public init(id: String, quotes: [ScoredQuote]) {
        self.id = id
        self.quotes = quotes
    }
}
